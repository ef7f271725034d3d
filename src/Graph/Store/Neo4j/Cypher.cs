using System.Collections.Frozen;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Every statement the Neo4j store sends. Values are always $parameters; labels and relationship
/// types cannot be, so they come only from <see cref="Label"/> and <see cref="RelType"/>, whose
/// switches are the whitelist. Written in the Cypher that Neo4j 3.1 and 5.x share (no elementId(),
/// no CALL {} subqueries, no EXISTS {} / COUNT {}); the graph model is described in README.md.
/// Every statement's cost grows with the size of one account (or the number of accounts), never with
/// a product of two sizes: docs/benchmarks.md has the PROFILE figures.
/// </summary>
internal static partial class Cypher
{
    // One statement for the whole map: one request on both protocols. Nodes and edges are collected in
    // one aggregation keyed by the account alone and projected afterwards: a list computed in the grouping
    // key (as before) was rebuilt for every edge row, nodes × edges (out of memory at 500 people). The
    // index hint keeps the node lookup on :Node(accountId) whatever the planner estimates (it chose a
    // scan of every :Node when the database was small). Order (seq) is restored by the reader.
    public const string ReadMap = """
        MATCH (a:Account {id: $id}) WHERE a.state IS NULL
        OPTIONAL MATCH (n:Node) USING INDEX n:Node(accountId) WHERE n.accountId = $id
        OPTIONAL MATCH (n)-[r]->(y:Node)
        WITH a, collect(DISTINCT n) AS ns,
             collect(CASE WHEN r IS NULL THEN NULL ELSE {props: properties(r), type: type(r), from: n.id, to: y.id} END) AS edges
        RETURN properties(a) AS account, [n IN ns | {props: properties(n), labels: labels(n)}] AS nodes, edges
        """;

    /// <summary>
    /// The map as it changed since version $since of the same account (same stamp): every node and edge
    /// written after it in full, every other one by its id only — a tenth of the text at 2,000 people,
    /// and a seventh of the time. Removed ones are those whose ids are missing. See <see cref="Neo4jRows.Merge"/>.
    /// </summary>
    public const string ReadChanges = """
        MATCH (a:Account {id: $id}) WHERE a.state IS NULL
        OPTIONAL MATCH (n:Node) USING INDEX n:Node(accountId) WHERE n.accountId = $id
        OPTIONAL MATCH (n)-[r]->(y:Node)
        WITH a, collect(DISTINCT n) AS ns,
             collect(CASE WHEN r IS NULL THEN NULL WHEN r.version > $since
                          THEN {props: properties(r), type: type(r), from: n.id, to: y.id} ELSE r.id END) AS edges
        RETURN properties(a) AS account, [n IN ns | CASE WHEN n.version > $since THEN {props: properties(n), labels: labels(n)} ELSE n.id END] AS nodes, edges
        """;

    // People and counterparts are counted on the account node by every write: counting them here cost a
    // lookup of every node of every account (an index scan per account at first), so the list slowed
    // down with the biggest account in the database.
    public const string ListAccounts = """
        MATCH (a:Account) WHERE a.state IS NULL
        RETURN properties(a) AS account, toLower(a.name) AS sortName, a.id AS id
        ORDER BY sortName, id
        """;

    /// <summary>Whether an id is taken, and by an account that a batched create or delete left half done.</summary>
    public const string AccountState = "MATCH (a:Account {id: $id}) RETURN a.state AS state, coalesce(a.touched, 0) < timestamp() - $staleMs AS stale";

    public const string CreateAccount = "CREATE (a:Account) SET a = $props";

    /// <summary>The first step of a batched create: the account, hidden (state 'creating') until <see cref="Activate"/>.</summary>
    public const string CreateHiddenAccount = "CREATE (a:Account) SET a = $props, a.touched = timestamp()";

    // The last eight commit tokens let a writer whose commit got no answer find out whether it happened.
    public const string UpdateAccount = "MATCH (a:Account {id: $id}) SET a += $props, a.commits = [$token] + coalesce(a.commits, [])[0..7]";

    /// <summary>
    /// Runs first in each transaction of a batched create: it holds the account's lock, says whether the
    /// account is still this create's (a stale create can be taken over; if not, the batch is rolled
    /// back), and keeps it from looking stale. A statement of its own: put in front of a batch (as it
    /// once was) it made 3.1 plan the batch's lookups as scans of the whole id index per row.
    /// </summary>
    public const string Guard = "MATCH (a:Account {id: $accountId}) WHERE a.stamp = $stamp AND a.state = 'creating' SET a.touched = timestamp() RETURN count(a) AS ours";

    public const string Activate = """
        MATCH (a:Account {id: $accountId}) WHERE a.stamp = $stamp AND a.state = 'creating'
        REMOVE a.state, a.touched SET a.commits = [$stamp] RETURN count(a) AS activated
        """;

    /// <summary>A batched create that fails hands its half-written account over to deletion, if it is still its own.</summary>
    public const string AbandonCreate = """
        MATCH (a:Account {id: $id}) WHERE a.stamp = $stamp AND a.state = 'creating'
        SET a.state = 'deleting', a.touched = timestamp() RETURN count(a) AS abandoned
        """;

    public const string MarkDeleting = "MATCH (a:Account {id: $id}) SET a.state = 'deleting', a.touched = timestamp()";

    /// <summary>A bounded bite of a delete: at most $limit nodes (with their relationships) per transaction.</summary>
    public const string DeleteSomeNodes = """
        MATCH (n:Node) USING INDEX n:Node(accountId) WHERE n.accountId = $accountId
        WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted
        """;

    public const string DeleteSomeKeys = """
        MATCH (k:EdgeKey) USING INDEX k:EdgeKey(accountId) WHERE k.accountId = $accountId
        WITH k LIMIT $limit DELETE k RETURN count(*) AS deleted
        """;

    // The account's documents go with it (memberships and links are relationships: DETACH takes them).
    public const string DeleteAccount = """
        MATCH (a:Account {id: $id})
        OPTIONAL MATCH (a)-[:HAS_DOCUMENT]->(d:AccountDocument)
        DETACH DELETE d, a
        RETURN count(DISTINCT a) AS deleted
        """;

    public const string CountAccounts = "MATCH (a:Account) RETURN count(a) AS accounts";

    public const string Components = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition";

    public const string UpdateNodes = "UNWIND $rows AS row MATCH (n:Node {id: row.id}) USING INDEX n:Node(id) WHERE n.accountId = $accountId SET n += row";

    public const string RemoveNodes = "UNWIND $ids AS nodeId MATCH (n:Node {id: nodeId}) USING INDEX n:Node(id) WHERE n.accountId = $accountId DETACH DELETE n";

    // Edges are found from their source node (unique index on :Node(id)) of this account, then by our id.
    // Every lookup by id names its index, and as a property map: the 3.1 planner, misled by small counts,
    // sometimes scanned the account's nodes through :Node(accountId) for each row (rows × nodes); and
    // given `WHERE x.id = row.from` with the hint it scanned the whole id index per row and hash-joined
    // (2,000 edges: 4,000,000 rows, 43 s). `{id: row.from}` with the hint is one unique seek per row.
    public const string UpdateEdges = """
        UNWIND $rows AS row MATCH (x:Node {id: row.from})-[r]->() USING INDEX x:Node(id) WHERE x.accountId = $accountId AND r.id = row.id
        SET r += row.props
        """;

    public const string RemoveEdges = """
        UNWIND $rows AS row MATCH (x:Node {id: row.from})-[r]->() USING INDEX x:Node(id) WHERE x.accountId = $accountId AND r.id = row.id
        OPTIONAL MATCH (k:EdgeKey {id: row.id}) USING INDEX k:EdgeKey(id) WHERE k.accountId = $accountId
        DELETE r, k
        """;

    /// <summary>CREATE, not MERGE: a node id taken anywhere fails the uniqueness constraint (a Conflict).</summary>
    public static readonly FrozenDictionary<NodeKind, string> CreateNodes = Enum.GetValues<NodeKind>().ToFrozenDictionary(
        k => k, k => $"UNWIND $rows AS row CREATE (n:Node:{Label(k)}) SET n = row RETURN count(n) AS written");

    /// <summary>
    /// Each relationship comes with an (:EdgeKey {id}) node: Neo4j before 5.7 cannot make a relationship
    /// property unique, a node property it can, so an edge id taken in any account fails the constraint.
    /// </summary>
    public static readonly FrozenDictionary<EdgeType, string> CreateEdges = Enum.GetValues<EdgeType>().ToFrozenDictionary(
        t => t, t => "UNWIND $rows AS row MATCH (x:Node {id: row.from}) USING INDEX x:Node(id) WHERE x.accountId = $accountId " +
                     "MATCH (y:Node {id: row.to}) USING INDEX y:Node(id) WHERE y.accountId = $accountId " +
                     $"CREATE (:EdgeKey {{id: row.id, accountId: $accountId}}) CREATE (x)-[r:{RelType(t)}]->(y) SET r = row.props RETURN count(r) AS written");

    /// <summary>
    /// A batched create's nodes come back with the server's own reference to each, and its relationships
    /// find their ends by it: a seek by node id, whatever the statistics say. Looked up by the id
    /// property, 3.1's cost planner sometimes scanned the whole id index per row instead (from a plan
    /// cached while the account was small, or statistics behind a batch of new nodes): a 1,000-row batch
    /// of a first big import ran past 15 s. 5.x names nodes by elementId; 3.x and 4.x only by id.
    /// </summary>
    public static readonly FrozenDictionary<NodeKind, string> CreateNodesKeyed = Enum.GetValues<NodeKind>().ToFrozenDictionary(
        k => k, k => $"UNWIND $rows AS row CREATE (n:Node:{Label(k)}) SET n = row RETURN row.id AS id, elementId(n) AS ref");

    public static readonly FrozenDictionary<NodeKind, string> CreateNodesKeyedBefore5 = Enum.GetValues<NodeKind>().ToFrozenDictionary(
        k => k, k => $"UNWIND $rows AS row CREATE (n:Node:{Label(k)}) SET n = row RETURN row.id AS id, id(n) AS ref");

    public static readonly FrozenDictionary<EdgeType, string> CreateEdgesByRef = Enum.GetValues<EdgeType>().ToFrozenDictionary(
        t => t, t => EdgesByRef(t, "elementId"));

    public static readonly FrozenDictionary<EdgeType, string> CreateEdgesByRefBefore5 = Enum.GetValues<EdgeType>().ToFrozenDictionary(
        t => t, t => EdgesByRef(t, "id"));

    private static string EdgesByRef(EdgeType type, string function) =>
        $"UNWIND $rows AS row MATCH (x) WHERE {function}(x) = row.fromRef MATCH (y) WHERE {function}(y) = row.toRef " +
        "WITH row, x, y WHERE x.accountId = $accountId AND y.accountId = $accountId " +
        $"CREATE (:EdgeKey {{id: row.id, accountId: $accountId}}) CREATE (x)-[r:{RelType(type)}]->(y) SET r = row.props RETURN count(r) AS written";

    /// <summary>The label a node kind carries next to :Node — the only way a label enters a statement.</summary>
    public static string Label(NodeKind kind) => kind switch
    {
        NodeKind.Person => "Person",
        NodeKind.Counterpart => "Counterpart",
        NodeKind.Function => "Function",
        NodeKind.Meeting => "Meeting",
        NodeKind.Concern => "Concern",
        NodeKind.Argument => "Argument",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a node kind the graph knows."),
    };

    /// <summary>The relationship type of an edge type — the only way a type enters a statement.</summary>
    public static string RelType(EdgeType type) => type switch
    {
        EdgeType.REPORTS_TO => "REPORTS_TO",
        EdgeType.INFLUENCES => "INFLUENCES",
        EdgeType.TALKS_WITH => "TALKS_WITH",
        EdgeType.WORKS_IN => "WORKS_IN",
        EdgeType.ATTENDED => "ATTENDED",
        EdgeType.RAISED => "RAISED",
        EdgeType.ANSWERS => "ANSWERS",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an edge type the graph knows."),
    };
}

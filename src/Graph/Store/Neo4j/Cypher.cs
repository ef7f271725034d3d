using System.Collections.Frozen;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Every statement the Neo4j store sends. Values are always $parameters; labels and relationship
/// types cannot be, so they come only from <see cref="Label"/> and <see cref="RelType"/>, whose
/// switches are the whitelist. Written in the Cypher that Neo4j 3.1 and 5.x share (no elementId(),
/// no CALL {} subqueries, no EXISTS {} / COUNT {}); the graph model is described in README.md.
/// </summary>
internal static class Cypher
{
    // Taking the account node's write lock first makes concurrent writers of one account queue up;
    // the reads that follow in the same transaction then see the latest committed map.
    public const string Lock = "MATCH (a:Account {id: $id}) SET a._lock = coalesce(a._lock, 0) + 1 RETURN a.version AS version";

    // One statement for the whole map: one request on both protocols, one consistent snapshot.
    // seq is the creation order, so nodes and edges come back in insertion order like SQLite's rowid.
    public const string ReadMap = """
        MATCH (a:Account {id: $id})
        OPTIONAL MATCH (n:Node {accountId: $id})
        WITH a, n ORDER BY n.seq
        WITH a, collect(n) AS ns
        OPTIONAL MATCH (x:Node {accountId: $id})-[r]->(y:Node)
        WITH a, ns, x, r, y ORDER BY r.seq
        RETURN properties(a) AS account,
               [n IN ns | {props: properties(n), labels: labels(n)}] AS nodes,
               collect(CASE WHEN r IS NULL THEN NULL ELSE {props: properties(r), type: type(r), from: x.id, to: y.id} END) AS edges
        """;

    public const string ListAccounts = $$"""
        MATCH (a:Account)
        OPTIONAL MATCH (n:Node {accountId: a.id})
        WITH a, sum(CASE WHEN n:{{nameof(NodeKind.Person)}} THEN 1 ELSE 0 END) AS people,
                sum(CASE WHEN n:{{nameof(NodeKind.Counterpart)}} THEN 1 ELSE 0 END) AS counterparts
        RETURN properties(a) AS account, people, counterparts, toLower(a.name) AS sortName, a.id AS id
        ORDER BY sortName, id
        """;

    public const string AccountExists = "MATCH (a:Account {id: $id}) RETURN count(a) AS n";

    public const string CreateAccount = "CREATE (a:Account) SET a = $props";

    public const string UpdateAccount = "MATCH (a:Account {id: $id}) SET a += $props";

    public const string DeleteNodesOfAccount = "MATCH (n:Node {accountId: $id}) DETACH DELETE n";

    public const string DeleteAccount = "MATCH (a:Account {id: $id}) DETACH DELETE a RETURN count(*) AS deleted";

    public const string CountAccounts = "MATCH (a:Account) RETURN count(a) AS accounts";

    public const string Components = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition";

    public const string UpdateNodes = "UNWIND $rows AS row MATCH (n:Node {id: row.id}) WHERE n.accountId = $accountId SET n += row";

    public const string RemoveNodes = "UNWIND $ids AS nodeId MATCH (n:Node {id: nodeId}) WHERE n.accountId = $accountId DETACH DELETE n";

    // Edges are found from their source node (unique index on :Node(id)), then by our id.
    public const string UpdateEdges = "UNWIND $rows AS row MATCH (:Node {id: row.from})-[r]->() WHERE r.id = row.id SET r += row.props";

    public const string RemoveEdges = "UNWIND $rows AS row MATCH (:Node {id: row.from})-[r]->() WHERE r.id = row.id DELETE r";

    /// <summary>CREATE, not MERGE: a node id taken anywhere fails the uniqueness constraint (a Conflict).</summary>
    public static readonly FrozenDictionary<NodeKind, string> CreateNodes = Enum.GetValues<NodeKind>().ToFrozenDictionary(
        k => k, k => $"UNWIND $rows AS row CREATE (n:Node:{Label(k)}) SET n = row");

    public static readonly FrozenDictionary<EdgeType, string> CreateEdges = Enum.GetValues<EdgeType>().ToFrozenDictionary(
        t => t, t => $"UNWIND $rows AS row MATCH (x:Node {{id: row.from}}), (y:Node {{id: row.to}}) " +
                     $"WHERE x.accountId = $accountId AND y.accountId = $accountId CREATE (x)-[r:{RelType(t)}]->(y) SET r = row.props");

    /// <summary>Schema for Neo4j 3.x and 4.x, where re-running is a no-op (3.x) or an "already exists" error we ignore (4.x).</summary>
    public static readonly string[] SchemaBefore5 =
    [
        "CREATE CONSTRAINT ON (a:Account) ASSERT a.id IS UNIQUE",
        "CREATE CONSTRAINT ON (n:Node) ASSERT n.id IS UNIQUE",
        "CREATE INDEX ON :Node(accountId)",
    ];

    public static readonly string[] Schema5 =
    [
        "CREATE CONSTRAINT salesops_account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE",
        "CREATE CONSTRAINT salesops_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX salesops_node_account IF NOT EXISTS FOR (n:Node) ON (n.accountId)",
    ];

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

namespace SalesOps.Graph.Store.Neo4j;

// The change log: per account one (:ChangeLog {accountId}) with its commits hung on it as unlabelled nodes,
// (:ChangeLog)-[:ENTRY]->({accountId, version, part: 0, at, byId, byName, kind, of, ops, prior, names, elements, parts}),
// and for a whole map too big for one property its further ops as ()-[:PART]->(:ChangePart {accountId, version, part,
// ops}); whole maps as (:Checkpoint {accountId, version, at, map}); a user's last visit as (:User)-[:VISITED {at,
// version}]->(:Account). Instants are ISO text that compares like the instant.
// A commit is no labelled node because Neo4j 3.1 keeps labels and schema indexes in Lucene: a labelled, indexed node
// cost a move 6–8 ms of its 7 ms, an unlabelled one 0.8 ms (docs/benchmarks.md). Its log is found by a unique seek.
internal static partial class Cypher
{
    private const string Log = "(l:ChangeLog {accountId: $accountId}) USING INDEX l:ChangeLog(accountId)";

    private const string Entries = $"MATCH {Log} MATCH (l)-[:ENTRY]->(c)";

    /// <summary>A commit, with the parts of a big one hung on it in order ($parts may be empty).</summary>
    public const string CreateChange = """
        MERGE (l:ChangeLog {accountId: $accountId}) CREATE (l)-[:ENTRY]->(c) SET c = $props
        WITH c UNWIND $parts AS part CREATE (c)-[:PART]->(p:ChangePart) SET p = part
        """;

    /// <summary>A commit's first part on its own (a batched create writes the others in further batches).</summary>
    public const string CreateChangeHead = "MERGE (l:ChangeLog {accountId: $accountId}) CREATE (l)-[:ENTRY]->(c) SET c = $props RETURN count(c) AS written";

    /// <summary>The ops of a big commit beyond the first part, hung on it in order (batched creates).</summary>
    public const string CreateChangeParts = $"""
        {Entries} WHERE c.version = $version AND c.part = 0
        UNWIND $rows AS part CREATE (c)-[:PART]->(p:ChangePart) SET p = part RETURN count(p) AS written
        """;

    /// <summary>Many small commits at once (an imported history), in bounded batches.</summary>
    public const string CreateChanges = "MERGE (l:ChangeLog {accountId: $accountId}) WITH l UNWIND $rows AS row CREATE (l)-[:ENTRY]->(c) SET c = row RETURN count(c) AS written";

    /// <summary>
    /// A bounded bite of the commits written before the log existed, as (:Change {accountId}) nodes: hung on their
    /// account's log, their label taken off. Run at start until it moves fewer than $limit.
    /// </summary>
    public const string MigrateChanges = """
        MATCH (c:Change) WITH c LIMIT $limit
        MERGE (l:ChangeLog {accountId: c.accountId}) CREATE (l)-[:ENTRY]->(c) REMOVE c:Change
        RETURN count(c) AS moved
        """;

    private const string ChangeFilter = $"""
        {Entries}
        WHERE c.part = 0
          AND ($after IS NULL OR c.version > $after) AND ($upTo IS NULL OR c.version <= $upTo)
          AND ($since IS NULL OR c.at >= $since) AND ($until IS NULL OR c.at < $until)
          AND ($user IS NULL OR c.byId = $user) AND ($notUser IS NULL OR c.byId IS NULL OR c.byId <> $notUser)
          AND ($element IS NULL OR $element IN coalesce(c.elements, []))

        """;

    private const string ChangeParts = """
        OPTIONAL MATCH (c)-[:PART]->(p:ChangePart)
        WITH c, p ORDER BY p.part
        WITH c, collect(p.ops) AS parts
        RETURN properties(c) AS change, parts
        """;

    // The direction of ORDER BY cannot be a parameter: one statement each way. A LIMIT is only sent when there is
    // one: 3.1 sizes the heap of ORDER BY … LIMIT by the limit ("Requested array size exceeds VM limit" for a huge one).
    public const string ChangesNewest = ChangeFilter + "WITH c ORDER BY c.version DESC LIMIT $limit\n" + ChangeParts + " ORDER BY c.version DESC";

    public const string ChangesOldest = ChangeFilter + "WITH c ORDER BY c.version LIMIT $limit\n" + ChangeParts + " ORDER BY c.version";

    public const string AllChangesNewest = ChangeFilter + "WITH c ORDER BY c.version DESC\n" + ChangeParts + " ORDER BY c.version DESC";

    public const string AllChangesOldest = ChangeFilter + "WITH c ORDER BY c.version\n" + ChangeParts + " ORDER BY c.version";

    public const string Checkpoint = """
        MATCH (k:Checkpoint) USING INDEX k:Checkpoint(accountId) WHERE k.accountId = $accountId AND k.version <= $version
        RETURN k.at AS at, k.map AS map ORDER BY k.version DESC LIMIT 1
        """;

    public const string CreateCheckpoint = "CREATE (k:Checkpoint) SET k = $props";

    /// <summary>Only for the commit it was computed from (same version and time), and only once per version.</summary>
    public const string SaveCheckpoint = $"""
        {Entries} WHERE c.version = $version AND c.at = $at AND c.part = 0
        OPTIONAL MATCH (k:Checkpoint) USING INDEX k:Checkpoint(accountId) WHERE k.accountId = $accountId AND k.version = $version
        WITH c, k WHERE k IS NULL
        CREATE (n:Checkpoint) SET n = $props
        """;

    /// <summary>Retention: a bounded bite of the commits up to a version (with their parts).</summary>
    public const string DeleteChangesUpTo = $"""
        {Entries} WHERE c.version <= $version
        WITH c LIMIT $limit OPTIONAL MATCH (c)-[:PART]->(p:ChangePart)
        DETACH DELETE c, p RETURN count(DISTINCT c) AS deleted
        """;

    public const string DeleteCheckpointsBefore = """
        MATCH (k:Checkpoint) USING INDEX k:Checkpoint(accountId) WHERE k.accountId = $accountId AND k.version < $version
        DELETE k RETURN count(*) AS deleted
        """;

    public const string CountChangesBefore = $"""
        {Entries} WHERE c.version < $version AND c.part = 0
        RETURN count(c) AS older
        """;

    /// <summary>A bounded bite of deleting an account's log: its commits with their parts, and the log itself once the bite took the last.</summary>
    public const string DeleteSomeChanges = $"""
        MATCH {Log} OPTIONAL MATCH (l)-[:ENTRY]->(c)
        WITH l, c LIMIT $limit OPTIONAL MATCH (c)-[:PART]->(p:ChangePart)
        DETACH DELETE c, p
        WITH l, count(DISTINCT c) AS deleted
        FOREACH (last IN CASE WHEN deleted < $limit THEN [l] ELSE [] END | DETACH DELETE last)
        RETURN deleted
        """;

    public const string DeleteSomeCheckpoints = """
        MATCH (k:Checkpoint) USING INDEX k:Checkpoint(accountId) WHERE k.accountId = $accountId
        WITH k LIMIT $limit DELETE k RETURN count(*) AS deleted
        """;

    public const string HasChanges = $"{Entries} RETURN count(c) AS changes";

    public const string SaveVisit = """
        MATCH (u:User {id: $user}) MATCH (a:Account {id: $account}) WHERE a.state IS NULL
        MERGE (u)-[v:VISITED]->(a) SET v.at = $at, v.version = $version
        """;

    public const string Visits = """
        MATCH (u:User {id: $user})-[v:VISITED]->(a:Account) WHERE a.state IS NULL
        RETURN a.id AS accountId, v.at AS at, v.version AS version ORDER BY accountId
        """;
}

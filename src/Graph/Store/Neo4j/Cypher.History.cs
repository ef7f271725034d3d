namespace SalesOps.Graph.Store.Neo4j;

// The change log: (:Change {accountId, version, part: 0, at, byId, byName, kind, of, ops, prior, names, elements, parts})
// per commit, and for a whole map too big for one property its further ops as (:Change)-[:PART]->(:ChangePart
// {accountId, version, part, ops}); whole maps as (:Checkpoint {accountId, version, at, map}); a user's last visit
// as (:User)-[:VISITED {at, version}]->(:Account). Instants are ISO text that compares like the instant.
internal static partial class Cypher
{
    /// <summary>A commit, with the parts of a big one hung on it in order ($parts may be empty).</summary>
    public const string CreateChange = "CREATE (c:Change) SET c = $props WITH c UNWIND $parts AS part CREATE (c)-[:PART]->(p:ChangePart) SET p = part";

    /// <summary>A commit's first part on its own (a batched create writes the others in further batches).</summary>
    public const string CreateChangeHead = "CREATE (c:Change) SET c = $props RETURN count(c) AS written";

    /// <summary>The ops of a big commit beyond the first part, hung on it in order (batched creates).</summary>
    public const string CreateChangeParts = """
        MATCH (c:Change) USING INDEX c:Change(accountId) WHERE c.accountId = $accountId AND c.version = $version AND c.part = 0
        UNWIND $rows AS part CREATE (c)-[:PART]->(p:ChangePart) SET p = part RETURN count(p) AS written
        """;

    /// <summary>Many small commits at once (an imported history), in bounded batches.</summary>
    public const string CreateChanges = "UNWIND $rows AS row CREATE (c:Change) SET c = row RETURN count(c) AS written";

    private const string ChangeFilter = """
        MATCH (c:Change) USING INDEX c:Change(accountId)
        WHERE c.accountId = $accountId AND c.part = 0
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
    public const string SaveCheckpoint = """
        MATCH (c:Change) USING INDEX c:Change(accountId) WHERE c.accountId = $accountId AND c.version = $version AND c.at = $at AND c.part = 0
        OPTIONAL MATCH (k:Checkpoint) USING INDEX k:Checkpoint(accountId) WHERE k.accountId = $accountId AND k.version = $version
        WITH c, k WHERE k IS NULL
        CREATE (n:Checkpoint) SET n = $props
        """;

    /// <summary>Retention: a bounded bite of the commits up to a version (with their parts).</summary>
    public const string DeleteChangesUpTo = """
        MATCH (c:Change) USING INDEX c:Change(accountId) WHERE c.accountId = $accountId AND c.version <= $version
        WITH c LIMIT $limit OPTIONAL MATCH (c)-[:PART]->(p:ChangePart)
        DETACH DELETE c, p RETURN count(DISTINCT c) AS deleted
        """;

    public const string DeleteCheckpointsBefore = """
        MATCH (k:Checkpoint) USING INDEX k:Checkpoint(accountId) WHERE k.accountId = $accountId AND k.version < $version
        DELETE k RETURN count(*) AS deleted
        """;

    public const string CountChangesBefore = """
        MATCH (c:Change) USING INDEX c:Change(accountId) WHERE c.accountId = $accountId AND c.version < $version AND c.part = 0
        RETURN count(c) AS older
        """;

    /// <summary>A bounded bite of deleting an account: its commits with their parts, and its checkpoints.</summary>
    public const string DeleteSomeChanges = """
        MATCH (c:Change) USING INDEX c:Change(accountId) WHERE c.accountId = $accountId
        WITH c LIMIT $limit OPTIONAL MATCH (c)-[:PART]->(p:ChangePart)
        DETACH DELETE c, p RETURN count(DISTINCT c) AS deleted
        """;

    public const string DeleteSomeCheckpoints = """
        MATCH (k:Checkpoint) USING INDEX k:Checkpoint(accountId) WHERE k.accountId = $accountId
        WITH k LIMIT $limit DELETE k RETURN count(*) AS deleted
        """;

    public const string HasChanges = "MATCH (c:Change) USING INDEX c:Change(accountId) WHERE c.accountId = $id RETURN count(c) AS changes";

    public const string SaveVisit = """
        MATCH (u:User {id: $user}) MATCH (a:Account {id: $account}) WHERE a.state IS NULL
        MERGE (u)-[v:VISITED]->(a) SET v.at = $at, v.version = $version
        """;

    public const string Visits = """
        MATCH (u:User {id: $user})-[v:VISITED]->(a:Account) WHERE a.state IS NULL
        RETURN a.id AS accountId, v.at AS at, v.version AS version ORDER BY accountId
        """;
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>The schema and the data migration <see cref="Neo4jServer"/> runs at start-up.</summary>
internal static partial class Cypher
{
    /// <summary>
    /// What the data on an account node was last brought up to: 2 = people and counterpart counts,
    /// a stamp, and an :EdgeKey for every relationship; 3 = a change log (a base commit when it had none).
    /// </summary>
    public const long DataVersion = 3;

    /// <summary>Schema for Neo4j 3.x and 4.x, where re-running is a no-op (3.x) or an "already exists" error we ignore (4.x).</summary>
    public static readonly string[] SchemaBefore5 =
    [
        "CREATE CONSTRAINT ON (a:Account) ASSERT a.id IS UNIQUE",
        "CREATE CONSTRAINT ON (n:Node) ASSERT n.id IS UNIQUE",
        "CREATE INDEX ON :Node(accountId)",
        "CREATE CONSTRAINT ON (k:EdgeKey) ASSERT k.id IS UNIQUE",
        "CREATE INDEX ON :EdgeKey(accountId)",
        "CREATE CONSTRAINT ON (l:ChangeLog) ASSERT l.accountId IS UNIQUE",
        "CREATE INDEX ON :Checkpoint(accountId)",
    ];

    public static readonly string[] Schema5 =
    [
        "CREATE CONSTRAINT salesops_account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE",
        "CREATE CONSTRAINT salesops_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
        "CREATE INDEX salesops_node_account IF NOT EXISTS FOR (n:Node) ON (n.accountId)",
        "CREATE CONSTRAINT salesops_edge_key IF NOT EXISTS FOR (k:EdgeKey) REQUIRE k.id IS UNIQUE",
        "CREATE INDEX salesops_edge_key_account IF NOT EXISTS FOR (k:EdgeKey) ON (k.accountId)",
        "CREATE CONSTRAINT salesops_change_log IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.accountId IS UNIQUE",
        "CREATE INDEX salesops_checkpoint_account IF NOT EXISTS FOR (k:Checkpoint) ON (k.accountId)",
    ];

    public const string AccountsToMigrate = "MATCH (a:Account) WHERE a.state IS NULL AND coalesce(a.dataVersion, 0) < $dataVersion RETURN a.id AS id";

    /// <summary>Accounts written before the counts, or loaded from a Cypher script: count once, per account.</summary>
    public const string MigrateCounts = $$"""
        MATCH (a:Account {id: $id})
        OPTIONAL MATCH (n:Node) USING INDEX n:Node(accountId) WHERE n.accountId = $id
        WITH a, sum(CASE WHEN n:{{nameof(NodeKind.Person)}} THEN 1 ELSE 0 END) AS people,
                sum(CASE WHEN n:{{nameof(NodeKind.Counterpart)}} THEN 1 ELSE 0 END) AS counterparts
        SET a.people = people, a.counterparts = counterparts, a.stamp = coalesce(a.stamp, $stamp), a.dataVersion = $dataVersion
        """;

    /// <summary>MERGE: a key that is already there (an edge id used twice across accounts before the keys existed) is left as it is.</summary>
    public const string MigrateKeys = """
        MATCH (x:Node) USING INDEX x:Node(accountId) WHERE x.accountId = $id
        MATCH (x)-[r]->(:Node)
        MERGE (k:EdgeKey {id: r.id}) ON CREATE SET k.accountId = $id
        """;
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The statements of <see cref="Neo4jStore"/>'s access part (IAccessStore), kept apart from
/// <see cref="Cypher"/>. Same rules: every value a $parameter, labels and types fixed here, the Cypher
/// that Neo4j 3.1 and 5.x share. The graph model is in README.md ("Access"). A write that needs
/// something to exist matches it first and returns a count; zero means it was missing, and the store
/// then asks which, for the message.
/// </summary>
internal static class AccessCypher
{
    public const string User = "MATCH (u:User {id: $id}) RETURN properties(u) AS user";

    public const string UserByEmail = "MATCH (u:User {email: $email}) RETURN properties(u) AS user";

    public const string UserByExternalId = "MATCH (u:User {externalId: $externalId}) RETURN properties(u) AS user";

    public const string Users = "MATCH (u:User) RETURN properties(u) AS user";

    /// <summary>
    /// Writes only when no other user has the e-mail or external id. Two saves racing past the check
    /// are stopped by the uniqueness constraints; the store then reads <see cref="UserClash"/> for the message.
    /// </summary>
    public const string SaveUser = """
        OPTIONAL MATCH (e:User {email: $email}) WHERE e.id <> $id
        OPTIONAL MATCH (x:User {externalId: $externalId}) WHERE x.id <> $id
        WITH e, x WHERE e IS NULL AND x IS NULL
        MERGE (u:User {id: $id}) SET u = $props
        RETURN count(u) AS saved
        """;

    public const string UserClash = """
        OPTIONAL MATCH (e:User {email: $email}) WHERE e.id <> $id
        OPTIONAL MATCH (x:User {externalId: $externalId}) WHERE x.id <> $id
        RETURN count(e) AS email, count(x) AS externalId
        """;

    public const string UserExists = "OPTIONAL MATCH (u:User {id: $userId}) RETURN count(u) AS found";

    public const string AccountExists = "OPTIONAL MATCH (a:Account {id: $accountId}) RETURN count(a) AS found";

    public const string Team = "MATCH (u:User)-[m:MEMBER_OF]->(:Account {id: $accountId}) RETURN u.id AS userId, m.role AS role ORDER BY userId";

    public const string Memberships = "MATCH (:User {id: $userId})-[m:MEMBER_OF]->(a:Account) RETURN a.id AS accountId, m.role AS role ORDER BY accountId";

    // The membership hangs on the account node, so deleting the account (DETACH DELETE) takes it along.
    public const string SetMember = """
        MATCH (a:Account {id: $accountId}), (u:User {id: $userId})
        MERGE (u)-[m:MEMBER_OF]->(a) SET m.role = $role
        RETURN count(m) AS saved
        """;

    public const string RemoveMember = "MATCH (:User {id: $userId})-[m:MEMBER_OF]->(:Account {id: $accountId}) DELETE m RETURN count(*) AS removed";

    public const string CounterpartLinks = """
        MATCH (:User {id: $userId})-[:REPRESENTED_BY]->(c:Node)
        RETURN c.accountId AS accountId, c.id AS counterpartId ORDER BY accountId
        """;

    // The link points at the counterpart node itself: deleting the node or its account (DETACH DELETE)
    // takes the link along. One link per user and account: the old one goes first.
    public const string SetCounterpartLink = $$"""
        MATCH (u:User {id: $userId}), (c:Node:{{nameof(NodeKind.Counterpart)}} {id: $counterpartId})
        WHERE c.accountId = $accountId
        OPTIONAL MATCH (u)-[old:REPRESENTED_BY]->(o:Node) WHERE o.accountId = $accountId
        DELETE old
        MERGE (u)-[:REPRESENTED_BY]->(c)
        RETURN count(*) AS saved
        """;

    public const string RemoveCounterpartLink = """
        MATCH (:User {id: $userId})-[old:REPRESENTED_BY]->(o:Node) WHERE o.accountId = $accountId
        DELETE old
        """;

    /// <summary>MERGE on the whole pattern: an id that is another user's token cannot match, so creating it trips the id constraint (Conflict).</summary>
    public const string SaveToken = """
        MATCH (u:User {id: $userId})
        MERGE (u)-[:HAS_TOKEN]->(t:AccessToken {id: $id})
        SET t += $props
        RETURN count(t) AS saved
        """;

    public const string TokenByHash = "MATCH (u:User)-[:HAS_TOKEN]->(t:AccessToken {hash: $hash}) RETURN properties(t) AS token, u.id AS userId";

    public const string Tokens = """
        MATCH (u:User {id: $userId})-[:HAS_TOKEN]->(t:AccessToken)
        RETURN properties(t) AS token, u.id AS userId ORDER BY t.createdAt DESC, t.id
        """;

    public const string SaveLink = """
        MATCH (u:User {id: $userId})
        MERGE (u)-[:HAS_LINK]->(l:OneTimeLink {hash: $hash})
        SET l += $props
        RETURN count(l) AS saved
        """;

    /// <summary>
    /// One statement. Neo4j reads committed data without locking, so two uses could both see the link
    /// unused; writing _lock first takes the link's write lock, and the condition is read after it,
    /// when the other use has committed. The loser then finds usedAt set and returns no row.
    /// </summary>
    public const string PeekLink = """
        MATCH (u:User)-[:HAS_LINK]->(l:OneTimeLink {hash: $hash})
        WHERE l.usedAt IS NULL AND l.expiresAt > $now
        RETURN properties(l) AS link, u.id AS userId
        """;

    public const string Documents = """
        MATCH (:Account {id: $account})-[:HAS_DOCUMENT]->(d:AccountDocument {kind: $kind})
        RETURN properties(d) AS document ORDER BY d.name
        """;

    public const string Document = """
        MATCH (:Account {id: $account})-[:HAS_DOCUMENT]->(d:AccountDocument {kind: $kind, name: $name})
        RETURN properties(d) AS document
        """;

    public const string SaveDocument = """
        MATCH (a:Account {id: $account})
        MERGE (a)-[:HAS_DOCUMENT]->(d:AccountDocument {kind: $kind, name: $name})
        SET d = $props
        RETURN count(d) AS saved
        """;

    public const string DeleteDocument = """
        MATCH (:Account {id: $account})-[:HAS_DOCUMENT]->(d:AccountDocument {kind: $kind, name: $name})
        DETACH DELETE d
        RETURN count(*) AS deleted
        """;

    public const string UseLink = """
        MATCH (u:User)-[:HAS_LINK]->(l:OneTimeLink {hash: $hash})
        SET l._lock = coalesce(l._lock, 0) + 1
        WITH u, l WHERE l.usedAt IS NULL AND l.expiresAt > $now
        SET l.usedAt = $now
        RETURN properties(l) AS link, u.id AS userId
        """;

    /// <summary>3.x/4.x: re-running is a no-op (3.x) or an "already exists" error that is ignored (4.x).</summary>
    public static readonly string[] SchemaBefore5 =
    [
        "CREATE CONSTRAINT ON (u:User) ASSERT u.id IS UNIQUE",
        "CREATE CONSTRAINT ON (u:User) ASSERT u.email IS UNIQUE",
        "CREATE CONSTRAINT ON (u:User) ASSERT u.externalId IS UNIQUE",
        "CREATE CONSTRAINT ON (t:AccessToken) ASSERT t.id IS UNIQUE",
        "CREATE CONSTRAINT ON (t:AccessToken) ASSERT t.hash IS UNIQUE",
        "CREATE CONSTRAINT ON (l:OneTimeLink) ASSERT l.hash IS UNIQUE",
    ];

    public static readonly string[] Schema5 =
    [
        "CREATE CONSTRAINT salesops_user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE",
        "CREATE CONSTRAINT salesops_user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE",
        "CREATE CONSTRAINT salesops_user_external_id IF NOT EXISTS FOR (u:User) REQUIRE u.externalId IS UNIQUE",
        "CREATE CONSTRAINT salesops_token_id IF NOT EXISTS FOR (t:AccessToken) REQUIRE t.id IS UNIQUE",
        "CREATE CONSTRAINT salesops_token_hash IF NOT EXISTS FOR (t:AccessToken) REQUIRE t.hash IS UNIQUE",
        "CREATE CONSTRAINT salesops_link_hash IF NOT EXISTS FOR (l:OneTimeLink) REQUIRE l.hash IS UNIQUE",
    ];
}

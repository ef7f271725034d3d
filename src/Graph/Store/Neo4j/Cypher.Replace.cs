namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Replacing a big account (Neo4jStore.Replace.cs): the old account's copy is kept as hidden
/// (:ReplacedPart) nodes — its export document, in parts of text — until the new account stands;
/// a (:Replacement) node says which copy belongs to which account while the swap runs.
/// </summary>
internal static partial class Cypher
{
    /// <summary>One part of the copy: a batch of rows and which kind or type they are.</summary>
    public const string StagePart = """
        CREATE (p:ReplacedPart) SET p.accountId = $accountId, p.stamp = $stamp, p.part = $part, p.kind = $kind,
            p.rows = $rows, p.touched = timestamp()
        """;

    /// <summary>
    /// The commit point of a replace: the old account — still at the version that was copied, with the
    /// whole copy in place — is hidden for deletion, and the marker points at its copy. No row: something
    /// changed meanwhile, nothing was done.
    /// </summary>
    public const string MarkReplacing = """
        MATCH (a:Account {id: $id}) WHERE a.state IS NULL AND a.version = $version
        OPTIONAL MATCH (p:ReplacedPart {stamp: $stamp})
        WITH a, count(p) AS parts WHERE parts = $parts
        SET a.state = 'deleting', a.touched = timestamp()
        CREATE (r:Replacement) SET r.accountId = $id, r.stamp = $stamp, r.parts = $parts, r.touched = timestamp()
        RETURN count(r) AS marked
        """;

    /// <summary>After a commit point without an answer: whether it happened (1) or not (0).</summary>
    public const string Marked = "MATCH (r:Replacement {stamp: $stamp}) RETURN count(r) AS marked";

    public const string TouchReplacement = "MATCH (r:Replacement {accountId: $id, stamp: $stamp}) SET r.touched = timestamp()";

    /// <summary>Replacements whose process has not moved for a while (it stopped): to be finished by putting the old account back.</summary>
    public const string StaleReplacements = """
        MATCH (r:Replacement) WHERE coalesce(r.touched, 0) < timestamp() - $staleMs
        RETURN r.accountId AS id, r.stamp AS stamp, r.parts AS parts
        """;

    public const string ReadPart = "MATCH (p:ReplacedPart {stamp: $stamp, part: $part}) RETURN p.kind AS kind, p.rows AS rows";

    public const string DropReplacement = """
        MATCH (r:Replacement {accountId: $id, stamp: $stamp}) DELETE r
        WITH count(*) AS dropped
        MATCH (p:ReplacedPart {stamp: $stamp}) WITH p LIMIT $limit DELETE p RETURN count(*) AS deleted
        """;

    public const string DropParts = "MATCH (p:ReplacedPart {stamp: $stamp}) WITH p LIMIT $limit DELETE p RETURN count(*) AS deleted";

    /// <summary>Copies whose replace stopped before its commit point: nothing points at them.</summary>
    public const string DropOrphanParts = """
        MATCH (p:ReplacedPart) WHERE coalesce(p.touched, 0) < timestamp() - $staleMs
        OPTIONAL MATCH (r:Replacement {stamp: p.stamp})
        WITH p, r WHERE r IS NULL
        WITH p LIMIT $limit DELETE p RETURN count(*) AS deleted
        """;
}

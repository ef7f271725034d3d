namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The statements that take or look at an account's lock. Neo4j has no explicit lock in Cypher: a
/// write to the account node takes its write lock until the transaction ends, so writers of one
/// account queue on it.
/// </summary>
internal static partial class Cypher
{
    // Taking the account node's write lock first makes concurrent writers of one account queue up;
    // the reads that follow in the same transaction then see the latest committed map. An account that
    // is being created or deleted in batches (state set) is not there for readers and writers.
    public const string Lock = """
        MATCH (a:Account {id: $id}) WHERE a.state IS NULL SET a._lock = coalesce(a._lock, 0) + 1
        RETURN a.version AS version, a.stamp AS stamp
        """;

    /// <summary>Which snapshot of the account is current: enough to answer a read from <see cref="MapCache"/>.</summary>
    public const string Probe = "MATCH (a:Account {id: $id}) WHERE a.state IS NULL RETURN a.version AS version, a.stamp AS stamp";

    /// <summary>
    /// The lock of a change decided on a held map (<see cref="MapCache"/>): it goes first in the one
    /// request that also carries the writes and commits. Under the lock, the account must still be at
    /// $version of $stamp (the map the rules saw), and the commit's $token must not have been given up
    /// (<see cref="Committed"/>); if not — another process committed since, or the account is gone — the
    /// division fails (Neo.ClientError.Statement.ArithmeticError), so the whole request rolls back before
    /// any write, and the store reads the changes under the lock and decides again. Cypher of 3.1 and 5.x
    /// has no other way to fail a statement on a condition without a procedure library.
    /// </summary>
    public const string LockHeld = """
        OPTIONAL MATCH (a:Account {id: $id}) WHERE a.state IS NULL
        SET a._lock = coalesce(a._lock, 0) + 1
        RETURN 1 / CASE WHEN a.version = $version AND a.stamp = $stamp AND NOT $token IN coalesce(a.lost, []) THEN 1 ELSE 0 END AS held
        """;

    /// <summary>
    /// After an answer that never came: did the commit stamped <c>$token</c> happen? Waits for the account's
    /// lock, so a commit still running ends first. One that did not happen is given up for good: its token
    /// joins the account's last eight lost ones, which <see cref="LockHeld"/> refuses, so a request that
    /// reaches the server only now (a commit sent in one request cannot be rolled back) writes nothing.
    /// </summary>
    public const string Committed = """
        MATCH (a:Account {id: $id}) SET a._lock = coalesce(a._lock, 0) + 1
        WITH a, a.state IS NULL AND $token IN coalesce(a.commits, []) AS committed
        SET a.lost = CASE WHEN committed THEN a.lost ELSE [$token] + coalesce(a.lost, [])[0..7] END
        RETURN committed
        """;

    public const string LockAny = "MATCH (a:Account {id: $id}) SET a._lock = coalesce(a._lock, 0) + 1 RETURN a.state AS state";
}

using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Creating, changing and deleting. An account small enough for one batch is created in one
/// transaction; a bigger one is written hidden (state 'creating') in bounded transactions and shown by
/// a last one. A delete that does not fit one batch hides the account first. Every commit carries a
/// token kept on the account, so a commit whose answer never came is checked before anything is said.
/// </summary>
public sealed partial class Neo4jStore
{
    public Task<MapResult> CreateAccountAsync(AccountMap map, CancellationToken ct) => CreateAccountAsync(map, Author.Machine.As(ChangeKind.Create), ct);

    public Task<MapResult> CreateAccountAsync(AccountMap map, Author by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(by);
        var id = map.Account.Id;
        var commit = Commit.Whole(map, 1, by.Kind == ChangeKind.Import ? by : by.As(ChangeKind.Create), _clock.GetUtcNow());
        if (map.Nodes.Count + map.Edges.Count > _settings.BatchSize) return CreateInBatchesAsync(map, [commit], keepVersions: false, ct);
        return ExecuteAsync(async t =>
        {
            await ClearLeftoverAsync(t, id, ct);
            var token = NewToken();
            var (statements, nextSeq) = Neo4jWrites.Plan(map.Account with { Version = 1 }, commit.Ops, before: null, nextSeq: 0, token);
            statements.Add(Neo4jWrites.Change(commit, _settings.BatchSize));
            await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
            await CommitOrCheckAsync(t, tx, id, token, statements);
            var result = new MapResult(commit, AccountMap.Empty(id).Apply(commit));
            _cache.Put(id, new Snapshot(result.Map, nextSeq, token));
            return result;
        }, ct);
    }

    public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct) =>
        ChangeAsync(accountId, decide, Author.Machine, ct);

    public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(by);
        return OneWriterAsync(accountId, ct, () => ExecuteAsync(async t =>
        {
            try
            {
                return await ChangeOnceAsync(t, accountId, decide, by, trustHeld: true, ct);
            }
            catch (Neo4jException ex) when (ex.Code == HeldNoLonger)
            {
                // Another process committed since this one last read the map: refused under the lock, nothing written.
                return await ChangeOnceAsync(t, accountId, decide, by, trustHeld: false, ct);
            }
        }, ct));
    }

    /// <summary>Up to this many ops a change of a held map is committed in one request (its work is small and bounded).</summary>
    private const int OneRequestOps = 100;

    /// <summary>What <see cref="Cypher.LockHeld"/> fails with when the map the rules saw is no longer the account's.</summary>
    private const string HeldNoLonger = "Neo.ClientError.Statement.ArithmeticError";

    /// <summary>
    /// One change in one transaction. When this process holds a map of the account, the rules decide on it
    /// at once and one request carries the lock (which checks that the account is still at that version),
    /// the writes and the commit (a big change: an opened transaction and its commit). Otherwise, or when
    /// that check fails, the lock is taken first and the map (or its changes) read under it, then the
    /// commit: three requests.
    /// </summary>
    private async Task<MapResult> ChangeOnceAsync(INeo4jTransport t, string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by, bool trustHeld, CancellationToken ct)
    {
        if (trustHeld && _cache.Any(accountId) is { } held)
        {
            ct.ThrowIfCancellationRequested();
            var (planned, statements, token) = Plan(held, decide, by);
            statements.Insert(0, Statement.Of(Cypher.LockHeld, ("id", accountId), ("version", held.Map.Version), ("stamp", held.Stamp), ("token", token)));
            // A big change (a paste, a layout) goes in a transaction opened first, which a rollback can stop.
            await using (var opened = planned.Result.Commit.Ops.Count <= OneRequestOps ? null : await t.BeginAsync(_settings.WriteTimeout, ct))
                await CommitOrCheckAsync(t, opened, accountId, token, statements);
            _cache.Put(accountId, planned.Snapshot);
            return planned.Result;
        }
        await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
        // Lock first, then read: the snapshot the rules see is the one this transaction writes over.
        var snapshot = await LockAndReadAsync(tx, accountId, ct, changed: _cache.Holds(accountId))
            ?? throw GraphException.NotFound(Errors.Say("Account.NotFound", accountId));
        var (done, writes, stamp) = Plan(snapshot, decide, by);
        await CommitOrCheckAsync(t, tx, accountId, stamp, writes);
        _cache.Put(accountId, done.Snapshot);
        return done.Result;
    }

    /// <summary>The rules' decision on <paramref name="snapshot"/> as the statements that write it, its log entry (and now and then a checkpoint) included.</summary>
    private ((MapResult Result, Snapshot Snapshot), List<Statement> Statements, string Token) Plan(Snapshot snapshot, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by)
    {
        var map = snapshot.Map;
        var version = map.Version + 1;
        // A rule's GraphException leaves here unchanged: nothing was sent, or the open transaction rolls back.
        var ops = Commit.Stamp(decide(map), version);
        var account = ops.OfType<PutAccount>().LastOrDefault()?.Account ?? map.Account with { Version = version };
        var token = NewToken();
        var (statements, nextSeq) = Neo4jWrites.Plan(account, ops, map, snapshot.NextSeq, token);
        var commit = Commit.Made(map, version, ops, by, _clock.GetUtcNow());
        var result = new MapResult(commit, map.Apply(commit));
        statements.Add(Neo4jWrites.Change(commit, _settings.BatchSize));
        if (Checkpoints.Due(result.Map)) statements.Add(Statement.Of(Cypher.CreateCheckpoint, ("props", Neo4jRows.Checkpoint(new MapCheckpoint(result.Map, commit.At)))));
        return ((result, new Snapshot(result.Map, nextSeq, snapshot.Stamp)), statements, token);
    }

    public Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct) => OneWriterAsync(accountId, ct, () => ExecuteAsync(async t =>
    {
        _cache.Remove(accountId);
        bool done;
        await using (var tx = await t.BeginAsync(_settings.WriteTimeout, ct))
        {
            // The same lock order as a change (account first), so a delete and a change cannot deadlock.
            var bite = await tx.RunAsync([Statement.Of(Cypher.LockAny, ("id", accountId)), .. DeleteBite(accountId)], ct);
            if (bite[0].Rows.Count == 0) return false;
            done = Finished(bite, from: 1);
            // Small: gone in this one transaction. Big: hidden now, the rest in batches.
            await tx.CommitAsync([Statement.Of(done ? Cypher.DeleteAccount : Cypher.MarkDeleting, ("id", accountId))], ct);
        }
        if (!done) await PurgeAsync(t, accountId, ct);
        return true;
    }, ct));

    /// <summary>
    /// Commits; when no answer comes (timeout, connection lost) the commit may or may not have happened,
    /// so the account is asked under its lock — never re-run, which could write the change twice.
    /// </summary>
    /// <param name="tx">The open transaction to commit; null to run the statements and commit in one request
    /// (its first statement <see cref="Cypher.LockHeld"/>, which refuses a token given up below).</param>
    private async Task CommitOrCheckAsync(INeo4jTransport t, INeo4jTransaction? tx, string accountId, string token, List<Statement> statements)
    {
        try
        {
            // Not the caller's token: once the commit is on its way, giving up would only leave it unknown.
            if (tx is null) await t.RunAsync(statements, _settings.WriteTimeout, CancellationToken.None);
            else await tx.CommitAsync(statements, CancellationToken.None);
        }
        catch (GraphException ex) when (ex.Error == GraphError.Unavailable)
        {
            // Rolling back first: if the commit is still running, Neo4j stops it. One sent in one request cannot
            // be stopped: the check waits for the account's lock and gives its token up. Either way the answer is final.
            if (tx is not null) await tx.DisposeAsync();
            bool committed;
            try
            {
                var rows = (await t.RunAsync([Statement.Of(Cypher.Committed, ("id", accountId), ("token", token))], _settings.WriteTimeout, CancellationToken.None))[0].Rows;
                committed = rows.Count > 0 && rows[0]["committed"] is true;
            }
            catch (Exception check) when (check is GraphException or Neo4jException)
            {
                throw new GraphException(
                    $"{ex.Message} The change to '{accountId}' may or may not have been saved, and Neo4j cannot be asked now ({check.Message}); reload the map to see.", ex);
            }
            if (!committed) throw new GraphException($"{ex.Message} The change to '{accountId}' was not saved.", ex);
        }
    }

    private static string NewToken() => Guid.NewGuid().ToString("N");
}

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
    public Task<MapResult> CreateAccountAsync(AccountMap map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        var id = map.Account.Id;
        if (map.Nodes.Count + map.Edges.Count > _settings.BatchSize) return CreateInBatchesAsync(map, ct);
        return ExecuteAsync(async t =>
        {
            await ClearLeftoverAsync(t, id, ct);
            IReadOnlyList<MapOp> ops =
            [
                new PutAccount(map.Account), .. map.Nodes.Select(n => new PutNode(n)), .. map.Edges.Select(e => new PutEdge(e)),
            ];
            var commit = new Commit(id, 1, Commit.Stamp(ops, 1));
            var token = NewToken();
            await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
            await CommitOrCheckAsync(t, tx, id, token, Neo4jWrites.Plan(map.Account with { Version = 1 }, commit.Ops, before: null, nextSeq: 0, token));
            return new MapResult(commit, AccountMap.Empty(id).Apply(commit));
        }, ct);
    }

    public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return OneWriterAsync(accountId, ct, () => ExecuteAsync(async t =>
        {
            await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
            // Lock first, then read: the snapshot the rules see is the one this transaction writes over.
            var read = await tx.RunAsync([Statement.Of(Cypher.Lock, ("id", accountId)), Statement.Of(Cypher.ReadMap, ("id", accountId))], ct);
            var (map, nextSeq) = Neo4jRows.ReadSnapshot(read[1]) ?? throw GraphException.NotFound($"There is no account '{accountId}'.");
            var version = map.Version + 1;
            // A rule's GraphException leaves here unchanged; disposing the transaction rolls it back.
            var ops = Commit.Stamp(decide(map), version);
            var account = ops.OfType<PutAccount>().LastOrDefault()?.Account ?? map.Account with { Version = version };
            var token = NewToken();
            await CommitOrCheckAsync(t, tx, accountId, token, Neo4jWrites.Plan(account, ops, map, nextSeq, token));
            var commit = new Commit(accountId, version, ops);
            return new MapResult(commit, map.Apply(commit));
        }, ct));
    }

    public Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct) => OneWriterAsync(accountId, ct, () => ExecuteAsync(async t =>
    {
        var limit = (long)_settings.BatchSize;
        bool done;
        await using (var tx = await t.BeginAsync(_settings.WriteTimeout, ct))
        {
            // The same lock order as a change (account first), so a delete and a change cannot deadlock.
            var bite = await tx.RunAsync([Statement.Of(Cypher.LockAny, ("id", accountId)), .. DeleteBite(accountId)], ct);
            if (bite[0].Rows.Count == 0) return false;
            done = Deleted(bite[1]) < limit && Deleted(bite[2]) < limit;
            // Small: gone in this one transaction. Big: hidden now, the rest in batches.
            await tx.CommitAsync([Statement.Of(done ? Cypher.DeleteAccount : Cypher.MarkDeleting, ("id", accountId))], ct);
        }
        if (!done) await PurgeAsync(t, accountId, ct);
        return true;
    }, ct));

    private Task<MapResult> CreateInBatchesAsync(AccountMap map, CancellationToken ct) => ExecuteAsync(async t =>
    {
        var id = map.Account.Id;
        await _bulk.WaitAsync(ct);
        try
        {
            await ClearLeftoverAsync(t, id, ct);
            var stamp = NewToken();
            var (account, batches) = Neo4jWrites.Staged(map, stamp, _settings.BatchSize);
            await t.RunAsync([account], _settings.WriteTimeout, ct); // a taken id fails the constraint here: Conflict
            try
            {
                foreach (var (statement, rows) in batches)
                {
                    await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
                    if (Neo4jRows.Long((await tx.CommitAsync([statement], ct))[0].Rows[0], "written") != rows)
                        throw GraphException.Conflict($"The account '{id}' was taken over by another create while this one was writing it; nothing of this one is kept.");
                }
                await using var last = await t.BeginAsync(_settings.WriteTimeout, ct);
                await CommitOrCheckAsync(t, last, id, stamp, [Statement.Of(Cypher.Activate, ("accountId", id), ("stamp", stamp))]);
            }
            catch (Exception ex) when (ex is GraphException or Neo4jException or OperationCanceledException)
            {
                await AbandonAsync(t, id, stamp);
                throw;
            }
            IReadOnlyList<MapOp> ops = [new PutAccount(map.Account), .. map.Nodes.Select(n => new PutNode(n)), .. map.Edges.Select(e => new PutEdge(e))];
            var commit = new Commit(id, 1, Commit.Stamp(ops, 1));
            return new MapResult(commit, AccountMap.Empty(id).Apply(commit));
        }
        finally
        {
            _bulk.Release();
        }
    }, ct);

    /// <summary>
    /// Commits; when no answer comes (timeout, connection lost) the commit may or may not have happened,
    /// so the account is asked under its lock — never re-run, which could write the change twice.
    /// </summary>
    private async Task CommitOrCheckAsync(INeo4jTransport t, INeo4jTransaction tx, string accountId, string token, List<Statement> statements)
    {
        try
        {
            // Not the caller's token: once the commit is on its way, giving up would only leave it unknown.
            await tx.CommitAsync(statements, CancellationToken.None);
        }
        catch (GraphException ex) when (ex.Error == GraphError.Unavailable)
        {
            // Rolling back first: if the commit is still running, Neo4j stops it, and the answer below is final.
            await tx.DisposeAsync();
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

    /// <summary>Makes the id free if a create or delete that stopped half way left its account behind; a live account is a Conflict.</summary>
    private async Task ClearLeftoverAsync(INeo4jTransport t, string id, CancellationToken ct)
    {
        var staleMs = (long)(_settings.WriteTimeout * 2).TotalMilliseconds;
        var rows = (await t.RunAsync([Statement.Of(Cypher.AccountState, ("id", id), ("staleMs", staleMs))], _settings.ListTimeout, ct))[0].Rows;
        if (rows.Count == 0) return;
        var state = rows[0]["state"] as string;
        if (state is null) throw GraphException.Conflict($"An account with id '{id}' already exists.");
        if (state == "creating" && rows[0]["stale"] is not true)
            throw GraphException.Conflict($"The account '{id}' is being created right now.");
        await t.RunAsync([Statement.Of(Cypher.MarkDeleting, ("id", id))], _settings.WriteTimeout, ct);
        await PurgeAsync(t, id, ct);
    }

    /// <summary>Best effort, not cancellable: what a failed create wrote goes, if the account is still its own.</summary>
    private async Task AbandonAsync(INeo4jTransport t, string id, string stamp)
    {
        try
        {
            var rows = (await t.RunAsync([Statement.Of(Cypher.AbandonCreate, ("id", id), ("stamp", stamp))], _settings.WriteTimeout, CancellationToken.None))[0].Rows;
            if (Neo4jRows.Long(rows[0], "abandoned") > 0) await PurgeAsync(t, id, CancellationToken.None);
        }
        catch (Exception ex) when (ex is GraphException or Neo4jException)
        {
            // Left as 'deleting' or a stale 'creating': the next create of this id finishes the job.
        }
    }

    /// <summary>Deletes a hidden account's nodes, keys and then the account, one bounded transaction at a time.</summary>
    private async Task PurgeAsync(INeo4jTransport t, string id, CancellationToken ct)
    {
        var limit = (long)_settings.BatchSize;
        while (true)
        {
            await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
            var bite = await tx.CommitAsync(DeleteBite(id), ct);
            if (Deleted(bite[0]) < limit && Deleted(bite[1]) < limit) break;
        }
        await t.RunAsync([Statement.Of(Cypher.DeleteAccount, ("id", id))], _settings.WriteTimeout, ct);
    }

    private Statement[] DeleteBite(string id) =>
    [
        Statement.Of(Cypher.DeleteSomeNodes, ("accountId", id), ("limit", (long)_settings.BatchSize)),
        Statement.Of(Cypher.DeleteSomeKeys, ("accountId", id), ("limit", (long)_settings.BatchSize)),
    ];

    private static long Deleted(Neo4jResult result) => result.Rows.Count == 0 ? 0 : Neo4jRows.Long(result.Rows[0], "deleted") ?? 0;

    private static string NewToken() => Guid.NewGuid().ToString("N");
}

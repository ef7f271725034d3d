using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Big accounts in bounded transactions: a create writes the account hidden (state 'creating'), then
/// nodes and relationships a batch at a time, then shows it; a failed one hands what it wrote to
/// deletion. Deletes and leftovers go a batch at a time too. Each batch holds one of the server's
/// few HTTP threads briefly, so other readers and writers keep getting their turn.
/// </summary>
public sealed partial class Neo4jStore
{
    /// <param name="log">The account's change log: its creating commit, or an imported history.</param>
    /// <param name="keepVersions">An imported history: the map keeps the versions its replay gave it.</param>
    private Task<MapResult> CreateInBatchesAsync(AccountMap map, IReadOnlyList<Commit> log, bool keepVersions, CancellationToken ct) => ExecuteAsync(async t =>
    {
        var id = map.Account.Id;
        await _bulk.WaitAsync(ct);
        try
        {
            await ClearLeftoverAsync(t, id, ct);
            var stamp = NewToken();
            _version ??= await Neo4jServer.VersionAsync(t, _settings.ListTimeout, ct);
            var before5 = Neo4jServer.Major(_version) < 5;
            var (account, nodeBatches) = Neo4jWrites.Staged(map, stamp, _settings.BatchSize, before5, keepVersions);
            await t.RunAsync([account], _settings.WriteTimeout, ct); // a taken id fails the constraint here: Conflict
            try
            {
                var refs = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (statement, rows) in nodeBatches)
                    foreach (var row in await RunBatchAsync(t, id, stamp, statement, rows, ct))
                        refs[(string)row["id"]!] = row["ref"] as string ?? (object?)Neo4jRows.Long(row, "ref"); // elementId, or id() before 5
                foreach (var (statement, rows) in Neo4jWrites.StagedEdges(map, refs, _settings.BatchSize, before5, keepVersions))
                    await RunBatchAsync(t, id, stamp, statement, rows, ct);
                foreach (var (statement, rows) in Neo4jWrites.StagedChanges(id, log, _settings.BatchSize))
                    await RunBatchAsync(t, id, stamp, statement, rows, ct);
                await using var last = await t.BeginAsync(_settings.WriteTimeout, ct);
                await CommitOrCheckAsync(t, last, id, stamp, [Statement.Of(Cypher.Activate, ("accountId", id), ("stamp", stamp))]);
            }
            catch (Exception ex) when (ex is GraphException or Neo4jException or OperationCanceledException)
            {
                await AbandonAsync(t, id, stamp);
                throw;
            }
            var commit = keepVersions ? Commit.Whole(map, map.Version, Author.Machine, default, stamp: false) : log[0];
            var result = new MapResult(commit, keepVersions ? map : AccountMap.Empty(id).Apply(commit));
            _cache.Put(id, new Snapshot(result.Map, map.Nodes.Count + map.Edges.Count, stamp));
            return result;
        }
        finally
        {
            _bulk.Release();
        }
    }, ct);

    /// <summary>
    /// One batch in its own transaction, after <see cref="Cypher.Guard"/>: when the account is no longer
    /// this create's, or the batch wrote fewer rows than it carried, disposing the transaction rolls it back.
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunBatchAsync(
        INeo4jTransport t, string id, string stamp, Statement statement, int rows, CancellationToken ct)
    {
        await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
        var results = await tx.RunAsync([Statement.Of(Cypher.Guard, ("accountId", id), ("stamp", stamp)), statement], ct);
        var written = results[1].Columns.Contains("written") ? Neo4jRows.Long(results[1].Rows[0], "written") : results[1].Rows.Count;
        if (Neo4jRows.Long(results[0].Rows[0], "ours") != 1 || written != rows)
            throw GraphException.Conflict(Errors.Say("Store.TakenOver", id));
        await tx.CommitAsync([], ct);
        return results[1].Rows;
    }

    /// <summary>Makes the id free if a create or delete that stopped half way left its account behind; a live account is a Conflict.</summary>
    private async Task ClearLeftoverAsync(INeo4jTransport t, string id, CancellationToken ct)
    {
        var staleMs = (long)(_settings.WriteTimeout * 2).TotalMilliseconds;
        var rows = (await t.RunAsync([Statement.Of(Cypher.AccountState, ("id", id), ("staleMs", staleMs))], _settings.ListTimeout, ct))[0].Rows;
        if (rows.Count == 0) return;
        var state = rows[0]["state"] as string;
        if (state is null) throw GraphException.Conflict(Errors.Say("Store.AccountExists", id));
        if (state == "creating" && rows[0]["stale"] is not true)
            throw GraphException.Conflict(Errors.Say("Store.BeingCreated", id));
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
        while (true)
        {
            await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
            var bite = await tx.CommitAsync(DeleteBite(id), ct);
            if (Finished(bite)) break;
        }
        await t.RunAsync([Statement.Of(Cypher.DeleteAccount, ("id", id))], _settings.WriteTimeout, ct);
    }

    /// <summary>A bounded bite of an account: nodes, edge keys, commits, checkpoints (in that order of results).</summary>
    private Statement[] DeleteBite(string id) =>
    [
        Statement.Of(Cypher.DeleteSomeNodes, ("accountId", id), ("limit", (long)_settings.BatchSize)),
        Statement.Of(Cypher.DeleteSomeKeys, ("accountId", id), ("limit", (long)_settings.BatchSize)),
        Statement.Of(Cypher.DeleteSomeChanges, ("accountId", id), ("limit", (long)_settings.BatchSize)),
        Statement.Of(Cypher.DeleteSomeCheckpoints, ("accountId", id), ("limit", (long)_settings.BatchSize)),
    ];

    /// <summary>Whether a bite took less than a whole batch of everything: then nothing of the account is left.</summary>
    private bool Finished(IReadOnlyList<Neo4jResult> bite, int from = 0) => bite.Skip(from).All(r => Deleted(r) < _settings.BatchSize);

    private static long Deleted(Neo4jResult result) => result.Rows.Count == 0 ? 0 : Neo4jRows.Long(result.Rows[0], "deleted") ?? 0;
}

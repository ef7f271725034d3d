using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Reading maps. A map held in <see cref="MapCache"/> costs one probe of the account node while it is
/// unchanged. Otherwise the map is read under the account's lock (Neo4j reads committed data, not a
/// snapshot: an unlocked read could catch a commit half applied) — only what changed since the held
/// version when there is one, else whole — and kept.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task<AccountMap?> GetMapAsync(string accountId, CancellationToken ct)
    {
        if (_cache.Holds(accountId))
        {
            var probe = await ExecuteAsync(async t => (await t.RunAsync([Statement.Of(Cypher.Probe, ("id", accountId))], _settings.ListTimeout, ct))[0].Rows, ct);
            if (probe.Count == 0) return Keep(accountId, null)?.Map;
            if (_cache.Get(accountId, probe[0]["stamp"] as string, Neo4jRows.Long(probe[0], "version") ?? -1) is { } hit) return hit.Map;
        }
        if (_settings.MapCacheBytes == 0)
        {
            return await ExecuteAsync(async t =>
            {
                await using var tx = await t.BeginAsync(_settings.MapTimeout, ct);
                return Neo4jRows.ReadSnapshot((await tx.CommitAsync([Statement.Of(Cypher.ReadMap, ("id", accountId))], ct))[0])?.Map;
            }, ct);
        }
        var gate = Gate(accountId);
        await gate.WaitAsync(ct);
        Task? rollback = null;
        try
        {
            return await ExecuteAsync(async t =>
            {
                var tx = await t.BeginAsync(_settings.MapTimeout, ct);
                Snapshot? snapshot;
                try
                {
                    // The probe said the held map is old (if any is held): its changes go with the lock.
                    snapshot = await LockAndReadAsync(tx, accountId, ct, changed: true);
                }
                catch
                {
                    await tx.DisposeAsync();
                    throw;
                }
                // The lock was only taken to read: the rollback that releases it writes nothing the caller
                // waits for, so the map goes back a round trip sooner, and this process's next writer of
                // the account waits at the gate until the rollback has landed (one waiter on the lock, as ever).
                rollback = tx.DisposeAsync().AsTask();
                return snapshot?.Map;
            }, ct);
        }
        finally
        {
            if (rollback is null) gate.Release();
            else _ = ReleaseAfterAsync(gate, rollback);
        }
    }

    private static async Task ReleaseAfterAsync(SemaphoreSlim gate, Task rollback)
    {
        try
        {
            await rollback; // Neo4j's errors end in the transaction's DisposeAsync: the server rolls back on its own
        }
        finally
        {
            // Whatever the rollback's fate, the account's next writer must not wait for ever.
            try { gate.Release(); }
            catch (ObjectDisposedException) { /* the store was disposed meanwhile, and its gates with it */ }
        }
    }

    /// <summary>
    /// Takes the account's lock in <paramref name="tx"/> and returns its map: the one held for the version
    /// the lock reports, the held one completed with the changes since, or the whole map (sent with the
    /// lock in one request when nothing is held; so are the changes when <paramref name="changed"/> says
    /// the held map is known to be old). Null: no such account.
    /// </summary>
    private async Task<Snapshot?> LockAndReadAsync(INeo4jTransaction tx, string accountId, CancellationToken ct, bool changed = false)
    {
        var lockIt = Statement.Of(Cypher.Lock, ("id", accountId));
        var whole = Statement.Of(Cypher.ReadMap, ("id", accountId));
        var any = _cache.Any(accountId);
        Statement ChangesSince(Snapshot older) => Statement.Of(Cypher.ReadChanges, ("id", accountId), ("since", older.Map.Version));
        var results = await tx.RunAsync(any is null ? [lockIt, whole] : changed ? [lockIt, ChangesSince(any)] : [lockIt], ct);
        if (results[0].Rows.Count == 0) return Keep(accountId, null);
        if (any is null) return Keep(accountId, Neo4jRows.ReadSnapshot(results[1]));
        var (stamp, version) = (results[0].Rows[0]["stamp"] as string, Neo4jRows.Long(results[0].Rows[0], "version") ?? -1);
        if (_cache.Get(accountId, stamp, version) is { } held) return held;
        // Changes are only worth merging onto a map of the same account (stamp) at an older version.
        if (_cache.Older(accountId, stamp, version) is { } older)
        {
            var changes = results.Count > 1 && ReferenceEquals(older, any) ? results[1] : (await tx.RunAsync([ChangesSince(older)], ct))[0];
            if (Neo4jRows.Merge(older, changes) is { } merged) return Keep(accountId, merged);
        }
        return Keep(accountId, Neo4jRows.ReadSnapshot((await tx.RunAsync([whole], ct))[0]));
    }

    /// <summary>Keeps a snapshot read under the lock (or forgets the account when there is none); returns it.</summary>
    private Snapshot? Keep(string accountId, Snapshot? snapshot)
    {
        if (snapshot is null) _cache.Remove(accountId);
        else _cache.Put(accountId, snapshot);
        return snapshot;
    }
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Replacing an account. When the old account and the new one each fit one batch, it is one transaction:
/// the old one deleted and the new one written, committed together. A bigger one cannot be one
/// transaction here (batches keep a request short and the server's heap small, and ids are unique, so the
/// new nodes cannot be written beside the old ones), so it is made to look like one: a copy of the old
/// account is written first, hidden; one small transaction — the commit point — hides the old account and
/// marks the copy as its way back; then the old one is deleted and the new one written in batches, and the
/// copy dropped. A failure after the commit point puts the old account back from the copy at once; a
/// crash is finished by the next start of any instance (<see cref="RecoverReplacementsAsync"/>). Readers see
/// the old account, then no account while the swap runs, then the new one — or the old one again.
/// The change log goes as a delete takes it (with the old account; its copy carries it, so a way back
/// brings it back) and the new account's log is what a create writes: its first commit, or an imported
/// history (always in steps, as <see cref="CreateWithHistoryAsync"/> writes one in batches).
/// </summary>
public sealed partial class Neo4jStore
{
    public Task<MapResult> ReplaceAccountAsync(AccountMap map, CancellationToken ct) => ReplaceAccountAsync(map, Author.Machine.As(ChangeKind.Create), ct);

    public Task<MapResult> ReplaceAccountAsync(AccountMap map, Author by, CancellationToken ct) => ReplaceAsync(map, null, by, ct);

    public Task ReplaceWithHistoryAsync(AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct) =>
        ReplaceAsync(map, log ?? throw new ArgumentNullException(nameof(log)), Author.Machine, ct);

    /// <param name="log">An imported history, or null: then the new account's log is its creating commit by <paramref name="by"/>.</param>
    private async Task<MapResult> ReplaceAsync(AccountMap map, IReadOnlyList<Commit>? log, Author by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(by);
        var id = map.Account.Id;
        var created = log is null ? Commit.Whole(map, 1, by.Kind == ChangeKind.Import ? by : by.As(ChangeKind.Create), _clock.GetUtcNow()) : null;
        if (created is not null && await ReplaceInOneTransactionAsync(map, created, ct) is { } done) return done;
        for (var attempt = 1; ; attempt++)
        {
            if (await GetMapAsync(id, ct) is not { } old) return await CreateAsync(map, log, by, ct);
            if (await ReplaceInStepsAsync(map, old, log, by, ct) is { } result) return result;
            // The old account changed between reading it and the commit point: copy it again.
            if (attempt == 3) throw GraphException.Conflict(Errors.Say("Store.KeptChanging", id));
        }
    }

    /// <summary>The new account as a create writes it: its first commit (by <paramref name="by"/>), or an imported history.</summary>
    private Task<MapResult> CreateAsync(AccountMap map, IReadOnlyList<Commit>? log, Author by, CancellationToken ct) =>
        log is null ? CreateAccountAsync(map, by, ct) : CreateInBatchesAsync(map, log, keepVersions: true, ct);

    /// <summary>Null when the old account (or the new one) is too big for one transaction; nothing was written then.</summary>
    private Task<MapResult?> ReplaceInOneTransactionAsync(AccountMap map, Commit commit, CancellationToken ct)
    {
        var id = map.Account.Id;
        var limit = (long)_settings.BatchSize;
        if (map.Nodes.Count + map.Edges.Count > limit) return Task.FromResult<MapResult?>(null);
        return OneWriterAsync(id, ct, () => ExecuteAsync(async t =>
        {
            await using (var tx = await t.BeginAsync(_settings.WriteTimeout, ct))
            {
                var bite = await tx.RunAsync([Statement.Of(Cypher.LockAny, ("id", id)), .. DeleteBite(id)], ct);
                var live = bite[0].Rows.Count > 0 && bite[0].Rows[0]["state"] is null;
                // The bite took the old account's nodes, keys, log and checkpoints; all of it, or this is a big one.
                if (live && Finished(bite, from: 1))
                {
                    var token = NewToken();
                    var (statements, nextSeq) = Neo4jWrites.Plan(map.Account with { Version = 1 }, commit.Ops, before: null, nextSeq: 0, token);
                    // The new account's first commit in its log, in the same transaction, as a create writes it.
                    statements.Add(Neo4jWrites.Change(commit, _settings.BatchSize));
                    _cache.Remove(id);
                    await CommitOrCheckAsync(t, tx, id, token, [Statement.Of(Cypher.DeleteAccount, ("id", id)), .. statements]);
                    var result = new MapResult(commit, AccountMap.Empty(id).Apply(commit));
                    _cache.Put(id, new Snapshot(result.Map, nextSeq, token));
                    return (MapResult?)result;
                }
                if (live) return null; // big: rolled back, done in steps
            }
            // Nothing live under this id (none, or a batched create or delete left half done): a create.
            return await CreateAccountAsync(map, commit.By ?? Author.Machine.As(ChangeKind.Create), ct);
        }, ct));
    }

    /// <summary>Null when the old account changed after it was read (nothing done); else the new account, or the error after the old one was put back.</summary>
    private async Task<MapResult?> ReplaceInStepsAsync(AccountMap map, AccountMap old, IReadOnlyList<Commit>? log, Author by, CancellationToken ct)
    {
        var id = map.Account.Id;
        var stamp = NewToken();
        // The copy carries the old log up to the copied version: the commit point checks that version still stands.
        var copy = CopyOf(old, await ChangesAsync(id, new ChangeQuery { UpTo = old.Version, Oldest = true }, ct));
        bool marked;
        var unknown = false;
        try
        {
            await ExecuteAsync(async t =>
            {
                await DropPartsAsync(t, stamp); // a retried attempt starts over
                for (var part = 0; part < copy.Count; part++)
                {
                    await t.RunAsync([Statement.Of(Cypher.StagePart, ("accountId", id), ("stamp", stamp), ("part", (long)part), ("kind", "export"),
                        ("rows", copy[part]))], _settings.WriteTimeout, ct);
                }
                return true;
            }, ct);
            marked = await OneWriterAsync(id, ct, () => ExecuteAsync(async t =>
            {
                await using var tx = await t.BeginAsync(_settings.WriteTimeout, ct);
                // Marked already: a retried attempt whose first commit did get through.
                var first = await tx.RunAsync([Statement.Of(Cypher.LockAny, ("id", id)), Statement.Of(Cypher.Marked, ("stamp", stamp))], ct);
                if (Neo4jRows.Long(first[1].Rows[0], "marked") == 1) return true;
                try
                {
                    // Not the caller's token: once the commit point is on its way, giving up would only leave it unknown.
                    var rows = (await tx.CommitAsync([Statement.Of(Cypher.MarkReplacing, ("id", id), ("version", old.Version), ("stamp", stamp),
                        ("parts", (long)copy.Count))], CancellationToken.None))[0].Rows;
                    return rows.Count > 0 && Neo4jRows.Long(rows[0], "marked") == 1;
                }
                catch (GraphException ex) when (ex.Error == GraphError.Unavailable)
                {
                    // No answer: the old account may be hidden already with this copy as its only way back. Ask;
                    // should that fail too, the copy stays for the next start (a stale marker puts the old account back).
                    await tx.DisposeAsync();
                    unknown = true;
                    var marker = (await t.RunAsync([Statement.Of(Cypher.Marked, ("stamp", stamp))], _settings.WriteTimeout, CancellationToken.None))[0].Rows;
                    unknown = false;
                    return marker.Count > 0 && Neo4jRows.Long(marker[0], "marked") == 1;
                }
            }, ct));
        }
        catch (Exception ex) when (ex is GraphException or OperationCanceledException or Neo4jException)
        {
            if (!unknown) await DropCopyAsync(stamp);
            else throw new GraphException($"Replacing the account '{id}' may have begun, and Neo4j cannot be asked now ({ex.Message}); " +
                "the account is as it was or comes back as it was with the next start of the app.", ex);
            throw;
        }
        if (!marked)
        {
            await DropCopyAsync(stamp);
            return null;
        }

        // Past the commit point: the new account stands at the end, or the old one is put back.
        _cache.Remove(id);
        try
        {
            await ExecuteAsync(async t => { await PurgeAsync(t, id, ct); return true; }, ct);
            await ExecuteAsync(async t => (await t.RunAsync([Statement.Of(Cypher.TouchReplacement, ("id", id), ("stamp", stamp))], _settings.WriteTimeout, ct)).Count, ct);
            var result = await CreateAsync(map, log, by, ct);
            try
            {
                await ExecuteAsync(t => DropReplacementAsync(t, id, stamp), CancellationToken.None);
            }
            catch (GraphException)
            {
                // The new account stands; a start of the app finds the marker with it and drops the copy.
            }
            return result;
        }
        catch (Exception ex) when (ex is GraphException or Neo4jException or OperationCanceledException)
        {
            string outcome;
            try
            {
                await PutBackAsync(id, stamp, copy.Count);
                outcome = Errors.Say("Store.Replace.PutBack");
            }
            catch (GraphException again)
            {
                outcome = Errors.Say("Store.Replace.PutBackFailed", again.Message);
            }
            if (ex is OperationCanceledException) throw new OperationCanceledException(Errors.Say("Store.Replace.Cancelled", id, outcome), ex, ct);
            var error = ex as GraphException ?? Translate((Neo4jException)ex);
            throw new GraphException(error.Error, Errors.Say("Store.Replace.Failed", id, error.Message, outcome), error.Field, error.Current);
        }
    }
}

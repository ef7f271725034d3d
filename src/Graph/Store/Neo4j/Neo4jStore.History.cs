using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>The change log, checkpoints and visits (<see cref="Cypher"/>'s history statements); commits are written by the change itself.</summary>
public sealed partial class Neo4jStore : IHistoryStore
{
    public Task<IReadOnlyList<Commit>> ChangesAsync(string accountId, ChangeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = (query.Oldest, query.Limit is null) switch
        {
            (true, false) => Cypher.ChangesOldest,
            (false, false) => Cypher.ChangesNewest,
            (true, true) => Cypher.AllChangesOldest,
            _ => Cypher.AllChangesNewest,
        };
        var statement = Statement.Of(text,
            ("accountId", accountId), ("after", query.After), ("upTo", query.UpTo),
            ("since", query.Since is { } s ? StoredAccess.Time(s) : null), ("until", query.Until is { } u ? StoredAccess.Time(u) : null),
            ("user", query.UserId), ("notUser", query.NotUserId), ("element", query.ElementId), ("limit", (long)(query.Limit ?? 0)));
        return ExecuteAsync(async t =>
        {
            var rows = (await t.RunAsync([statement], _settings.MapTimeout, ct))[0].Rows;
            return (IReadOnlyList<Commit>)[.. rows.Select(r => Neo4jRows.ReadChange(accountId, r))];
        }, ct);
    }

    public Task<MapCheckpoint?> CheckpointAsync(string accountId, long version, CancellationToken ct) => ExecuteAsync(async t =>
    {
        var rows = (await t.RunAsync([Statement.Of(Cypher.Checkpoint, ("accountId", accountId), ("version", version))], _settings.MapTimeout, ct))[0].Rows;
        return rows.Count == 0 ? null
            : new MapCheckpoint(History.ChangeJson.ReadMap((string)rows[0]["map"]!), StoredAccess.ParseTime((string)rows[0]["at"]!));
    }, ct);

    public Task SaveCheckpointAsync(MapCheckpoint checkpoint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var statement = Statement.Of(Cypher.SaveCheckpoint, ("accountId", checkpoint.Map.Account.Id), ("version", checkpoint.Version),
            ("at", StoredAccess.Time(checkpoint.At)), ("props", Neo4jRows.Checkpoint(checkpoint)));
        return ExecuteAsync(t => t.RunAsync([statement], _settings.WriteTimeout, ct), ct);
    }

    public async Task CreateWithHistoryAsync(AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(log);
        // Always in batches: a long history does not fit one transaction.
        await CreateInBatchesAsync(map, log, keepVersions: true, ct);
    }

    public Task<bool> SquashAsync(Commit @base, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@base);
        var id = @base.AccountId;
        return OneWriterAsync(id, ct, () => ExecuteAsync(async t =>
        {
            await using var tx = await t.BeginAsync(_settings.WriteTimeout * 4, ct);
            var found = await tx.RunAsync([Statement.Of(Cypher.LockAny, ("id", id)),
                Statement.Of(Cypher.CountChangesBefore, ("accountId", id), ("version", @base.Version))], ct);
            if (found[0].Rows.Count == 0 || Neo4jRows.Long(found[1].Rows[0], "older") == 0) return false;
            var bite = Statement.Of(Cypher.DeleteChangesUpTo, ("accountId", id), ("version", @base.Version), ("limit", (long)_settings.BatchSize));
            while (Deleted((await tx.RunAsync([bite], ct))[0]) >= _settings.BatchSize) { }
            await tx.CommitAsync(
            [
                Statement.Of(Cypher.DeleteCheckpointsBefore, ("accountId", id), ("version", @base.Version)),
                Neo4jWrites.Change(@base, _settings.BatchSize),
            ], ct);
            return true;
        }, ct));
    }

    public Task SaveVisitAsync(Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var statement = Statement.Of(Cypher.SaveVisit, ("user", visit.UserId), ("account", visit.AccountId), ("at", StoredAccess.Time(visit.At)), ("version", visit.Version));
        return ExecuteAsync(t => t.RunAsync([statement], _settings.WriteTimeout, ct), ct);
    }

    public Task<IReadOnlyList<Visit>> VisitsAsync(string userId, CancellationToken ct) => ExecuteAsync(async t =>
    {
        var rows = (await t.RunAsync([Statement.Of(Cypher.Visits, ("user", userId))], _settings.ListTimeout, ct))[0].Rows;
        return (IReadOnlyList<Visit>)[.. rows.Select(r => new Visit(userId, (string)r["accountId"]!, StoredAccess.ParseTime((string)r["at"]!), Neo4jRows.Long(r, "version") ?? 0))];
    }, ct);
}

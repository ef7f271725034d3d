using SalesOps.Graph.Model;
using SalesOps.Graph.Store;

namespace SalesOps.Graph.History;

/// <summary>Which changes a history page shows: the newest first, at most <see cref="Limit"/>, older than <see cref="Before"/> for the next page.</summary>
public sealed record HistoryFilter
{
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public string? UserId { get; init; }
    public string? ElementId { get; init; }
    /// <summary>Only versions below this one (the page after one that ended there).</summary>
    public long? Before { get; init; }
    public int Limit { get; init; } = 100;
}

public sealed record HistoryPage(IReadOnlyList<HistoryEntry> Entries, bool More);

/// <summary>Two points of an account's history compared, with both maps (for the names of what is gone or new).</summary>
public sealed record MapComparison(MapDelta Delta, AccountMap From, AccountMap To)
{
    public string Name(string? id) => id is null ? "" : To.Find(id)?.Name ?? From.Find(id)?.Name ?? id;
}

/// <summary>
/// Reads an account's history from the change log: pages of changes, the map as of any version (the
/// latest checkpoint at or before it, plus the commits after that — never a replay from the start once a
/// checkpoint exists; a long replay leaves a checkpoint behind), two points compared, and retention.
/// </summary>
public sealed class HistoryReader(IGraphStore maps, IHistoryStore log)
{
    public async Task<HistoryPage> PageAsync(string accountId, HistoryFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var limit = Math.Clamp(filter.Limit, 1, 500);
        var commits = await log.ChangesAsync(accountId, new ChangeQuery
        {
            Since = filter.Since, Until = filter.Until, UserId = filter.UserId, ElementId = filter.ElementId,
            UpTo = filter.Before - 1, Limit = limit + 1,
        }, ct);
        if (commits.Count == 0) (await maps.GetMapAsync(accountId, ct)).OrNotFound(accountId);
        return new HistoryPage([.. commits.Take(limit).Select(ChangeStory.Of)], commits.Count > limit);
    }

    /// <summary>One commit, or NotFound.</summary>
    public async Task<Commit> CommitAsync(string accountId, long version, CancellationToken ct) =>
        (await log.ChangesAsync(accountId, new ChangeQuery { After = version - 1, UpTo = version }, ct)).SingleOrDefault()
        ?? throw GraphException.NotFound(Errors.Say("History.NoVersion", accountId, version));

    /// <summary>The map as it was right after <paramref name="version"/> (today's map for today's version or later).</summary>
    public async Task<AccountMap> AsOfAsync(string accountId, long version, CancellationToken ct)
    {
        if (version < 1) throw GraphException.Invalid(Errors.Say("History.VersionsStart", version), "asOf");
        // Today's version is the last commit's: asking for it (or later) is asking for today's map. The last
        // commit is one row; today's whole map is read only when it is the answer.
        if (await log.ChangesAsync(accountId, new ChangeQuery { Limit = 1 }, ct) is not [var last] || version >= last.Version)
            return (await maps.GetMapAsync(accountId, ct)).OrNotFound(accountId);
        var checkpoint = await log.CheckpointAsync(accountId, version, ct);
        var commits = await log.ChangesAsync(accountId, new ChangeQuery { After = checkpoint?.Version, UpTo = version, Oldest = true }, ct);
        // Without a checkpoint the log must start with a whole map: the creation, an import, or the base left by retention.
        if (checkpoint is null && commits is not [{ IsWhole: true }, ..])
            throw GraphException.NotFound(await StartsAsync(accountId, version, ct));
        var map = MapReplay.Of(accountId, checkpoint?.Map, commits);
        if (commits.Count > Checkpoints.Every) await log.SaveCheckpointAsync(new MapCheckpoint(map, commits[^1].At), ct);
        return map;
    }

    /// <summary>The last version committed before <paramref name="until"/>; NotFound when the account did not exist yet.</summary>
    public async Task<long> VersionAtAsync(string accountId, DateTimeOffset until, CancellationToken ct)
    {
        var last = await log.ChangesAsync(accountId, new ChangeQuery { Until = until, Limit = 1 }, ct);
        if (last.Count > 0) return last[0].Version;
        (await maps.GetMapAsync(accountId, ct)).OrNotFound(accountId);
        throw GraphException.NotFound(Errors.Say("History.NothingBefore", accountId, until));
    }

    /// <summary>
    /// The maps at two points and what differs. The later map is the earlier one plus the commits between
    /// them when there are fewer of those than a checkpoint's interval (one map read instead of two).
    /// </summary>
    public async Task<MapComparison> CompareAsync(string accountId, long from, long to, CancellationToken ct)
    {
        var (lo, hi) = (Math.Min(from, to), Math.Max(from, to));
        var a = await AsOfAsync(accountId, lo, ct);
        AccountMap b;
        if (hi == lo || hi <= a.Version) b = a;
        else if (hi - a.Version <= Checkpoints.Every)
            b = MapReplay.Of(accountId, a, await log.ChangesAsync(accountId, new ChangeQuery { After = a.Version, UpTo = hi, Oldest = true }, ct));
        else b = await AsOfAsync(accountId, hi, ct);
        return new MapComparison(MapDiff.Compare(a, b), a, b);
    }

    /// <summary>
    /// Retention: the commits made before <paramref name="cutoff"/> become one base commit, the map as it stood
    /// after the last of them. False when there was nothing to squash.
    /// </summary>
    public async Task<bool> SquashBeforeAsync(string accountId, DateTimeOffset cutoff, CancellationToken ct)
    {
        var last = await log.ChangesAsync(accountId, new ChangeQuery { Until = cutoff, Limit = 1 }, ct);
        if (last is not [var k] || (k.Kind == ChangeKind.Base && (await log.ChangesAsync(accountId, new ChangeQuery { UpTo = k.Version - 1, Limit = 1 }, ct)).Count == 0))
            return false;
        var map = await AsOfAsync(accountId, k.Version, ct);
        return await log.SquashAsync(Commit.Whole(map, k.Version, Author.Machine.As(ChangeKind.Base), k.At, stamp: false), ct);
    }

    private async Task<string> StartsAsync(string accountId, long version, CancellationToken ct)
    {
        var first = await log.ChangesAsync(accountId, new ChangeQuery { Oldest = true, Limit = 1 }, ct);
        return first is [var start]
            ? Errors.Say("History.Cleared", accountId, start.Version, version)
            : Errors.Say("History.None", accountId);
    }
}

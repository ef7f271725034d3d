using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store;

/// <summary>
/// Which commits of an account's change log to read. Bounds are optional and combine: versions after
/// <see cref="After"/> and up to <see cref="UpTo"/>, made at or after <see cref="Since"/> and before
/// <see cref="Until"/>, by one user (or by anyone but one), touching one element (a node, an edge, or the
/// nodes an edge joins). Newest first unless <see cref="Oldest"/>; at most <see cref="Limit"/>.
/// </summary>
public sealed record ChangeQuery
{
    public long? After { get; init; }
    public long? UpTo { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public string? UserId { get; init; }
    /// <summary>Commits by anyone else (the machine included).</summary>
    public string? NotUserId { get; init; }
    public string? ElementId { get; init; }
    public bool Oldest { get; init; }
    public int? Limit { get; init; }
}

/// <summary>A whole map kept at one version, so the map as of a later version is this plus the commits after it.</summary>
public sealed record MapCheckpoint(AccountMap Map, DateTimeOffset At)
{
    public long Version => Map.Version;
}

/// <summary>When a user last opened an account's map, and the version they saw.</summary>
public sealed record Visit(string UserId, string AccountId, DateTimeOffset At, long Version);

/// <summary>
/// The change log both stores keep next to the maps: every commit, append-only, written in the same
/// transaction as the change (<see cref="IGraphStore.ChangeAsync(string, Func{AccountMap, IReadOnlyList{MapOp}}, Author, CancellationToken)"/>)
/// and deleted with the account; checkpoints of whole maps; and each user's last visit of each account.
/// </summary>
public interface IHistoryStore
{
    Task<IReadOnlyList<Commit>> ChangesAsync(string accountId, ChangeQuery query, CancellationToken ct);

    /// <summary>The latest checkpoint at or before <paramref name="version"/>; null when there is none.</summary>
    Task<MapCheckpoint?> CheckpointAsync(string accountId, long version, CancellationToken ct);

    /// <summary>Keeps a checkpoint, if the account still has the commit it was computed for (same version and time); a second one of that version is ignored.</summary>
    Task SaveCheckpointAsync(MapCheckpoint checkpoint, CancellationToken ct);

    /// <summary>
    /// Writes a new account whose history is <paramref name="log"/> (an import): the map must be what the log
    /// replays to, elements stamped as the replay stamps them; the account's version is the last commit's.
    /// Conflict when the account exists.
    /// </summary>
    Task CreateWithHistoryAsync(AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct);

    /// <summary>
    /// <see cref="CreateWithHistoryAsync"/> in place of the account of the same id, as
    /// <see cref="IGraphStore.ReplaceAccountAsync(AccountMap, Author, CancellationToken)"/> replaces: the old
    /// account and its log go, the new one stands with <paramref name="log"/>, in one unit.
    /// </summary>
    Task ReplaceWithHistoryAsync(AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct);

    /// <summary>
    /// Retention: replaces every commit up to <paramref name="base"/>'s version with it (a whole map, kind Base)
    /// and drops the checkpoints before it. False when there was nothing older to replace.
    /// </summary>
    Task<bool> SquashAsync(Commit @base, CancellationToken ct);

    Task SaveVisitAsync(Visit visit, CancellationToken ct);

    /// <summary>A user's last visit of each account they opened, by account id.</summary>
    Task<IReadOnlyList<Visit>> VisitsAsync(string userId, CancellationToken ct);
}

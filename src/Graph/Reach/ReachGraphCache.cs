using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>
/// Keeps the projections of recently queried snapshots, keyed by (account id, version), least recently
/// used out first. A version names one snapshot of an account, so a cached graph never goes stale:
/// a change makes a new version and the old entry simply ages out. Bounded in estimated bytes
/// (<see cref="MemorySize"/>: the graph keeps its map's nodes and edges alive), not in entries, so a
/// few large accounts cannot hold as much as sixty-four of them would; a graph larger than the whole
/// bound is built and answered from, never kept.
/// </summary>
public sealed class ReachGraphCache
{
    /// <summary>64 MB: some fifty 500-person accounts, or thousands of buying centres.</summary>
    public const long DefaultMaxBytes = 64L << 20;

    private readonly SizedCache<(string AccountId, long Version), ReachGraph> _graphs;

    public ReachGraphCache(long maxBytes = DefaultMaxBytes, TimeProvider? clock = null) => _graphs = new(maxBytes, clock: clock);

    public long MaxBytes => _graphs.MaxBytes;

    /// <summary>The estimated bytes of the graphs held now; never above <see cref="MaxBytes"/>.</summary>
    public long Bytes => _graphs.Bytes;

    public int Count => _graphs.Count;

    public ReachGraph Get(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        // A sketched map (what-if) shares the account id but is no snapshot of it: never cached, never served a real one.
        if (map.Version < 0) return ReachGraph.Build(map);
        return _graphs.GetOrAdd((map.Account.Id, map.Version), () => (ReachGraph.Build(map), MemorySize.Of(map)));
    }

    /// <summary>Lets go of the graphs nobody queried within <paramref name="unusedFor"/> (an idle server keeps none of its last visitors').</summary>
    public int DropUnused(TimeSpan unusedFor) => _graphs.DropUnused(unusedFor);
}

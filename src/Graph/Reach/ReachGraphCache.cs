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

    private readonly Lock _gate = new();
    private readonly Dictionary<(string AccountId, long Version), LinkedListNode<(ReachGraph Graph, long Bytes)>> _entries = [];
    private readonly LinkedList<(ReachGraph Graph, long Bytes)> _recent = new();
    private long _bytes;

    public ReachGraphCache(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    /// <summary>The estimated bytes of the graphs held now; never above <see cref="MaxBytes"/>.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate) return _bytes;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    public ReachGraph Get(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        // A sketched map (what-if) shares the account id but is no snapshot of it: never cached, never served a real one.
        if (map.Version < 0) return ReachGraph.Build(map);
        var key = (map.Account.Id, map.Version);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                _recent.Remove(hit);
                _recent.AddFirst(hit);
                return hit.Value.Graph;
            }
        }

        // Built outside the lock so one large account does not stall queries on others; a rare
        // duplicate build for the same key is harmless because the result is identical.
        var graph = ReachGraph.Build(map);
        var bytes = MemorySize.Of(map);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var raced)) return raced.Value.Graph;
            if (bytes > MaxBytes) return graph;
            _entries[key] = _recent.AddFirst((graph, bytes));
            _bytes += bytes;
            while (_bytes > MaxBytes)
            {
                var (oldest, size) = _recent.Last!.Value;
                _recent.RemoveLast();
                _entries.Remove((oldest.AccountId, oldest.Version));
                _bytes -= size;
            }
            return graph;
        }
    }
}

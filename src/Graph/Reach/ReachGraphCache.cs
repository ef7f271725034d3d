using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>
/// Keeps the projections of recently queried snapshots, keyed by (account id, version), least recently
/// used out first. A version names one snapshot of an account, so a cached graph never goes stale:
/// a change makes a new version and the old entry simply ages out.
/// </summary>
public sealed class ReachGraphCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string AccountId, long Version), LinkedListNode<ReachGraph>> _entries = [];
    private readonly LinkedList<ReachGraph> _recent = new();

    public ReachGraphCache(int capacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

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
                return hit.Value;
            }
        }

        // Built outside the lock so one large account does not stall queries on others; a rare
        // duplicate build for the same key is harmless because the result is identical.
        var graph = ReachGraph.Build(map);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var raced)) return raced.Value;
            _entries[key] = _recent.AddFirst(graph);
            if (_entries.Count > Capacity)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _entries.Remove((oldest.Value.AccountId, oldest.Value.Version));
            }
            return graph;
        }
    }
}

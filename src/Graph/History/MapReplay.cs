using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

/// <summary>
/// Applies many commits to one map in place: a replay from a checkpoint costs the ops it applies, not
/// a copy of the map per commit (<see cref="AccountMap.Apply"/> copies). Order is kept as the stores
/// keep it: a put replaces in place or appends, a removal leaves a hole. A whole-map commit (create,
/// import, the base a retention leaves) starts over from nothing.
/// </summary>
public sealed class MapReplay : IMapView
{
    private readonly Ordered<Node> _nodes = new(n => n.Id);
    private readonly Ordered<Edge> _edges = new(e => e.Id);
    private Account _account;

    /// <param name="start">The map to go on from (a checkpoint); null: the empty map of <paramref name="accountId"/>.</param>
    public MapReplay(string accountId, AccountMap? start = null)
    {
        _account = start?.Account ?? AccountMap.Empty(accountId).Account;
        foreach (var n in start?.Nodes ?? []) _nodes.Put(n);
        foreach (var e in start?.Edges ?? []) _edges.Put(e);
    }

    public long Version => _account.Version;

    public Account Account => _account;

    public Node? Find(string nodeId) => _nodes.Get(nodeId);

    public Edge? FindEdge(string edgeId) => _edges.Get(edgeId);

    /// <summary>Applies a commit read from elsewhere (an imported log), first telling it what it touched as it was.</summary>
    public Commit Told(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var told = commit.IsWhole ? commit : Commit.Made(this, commit.Version, commit.Ops, commit.By ?? Author.Machine, commit.At);
        Apply(told);
        return told;
    }

    public void Apply(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IsWhole)
        {
            _nodes.Clear();
            _edges.Clear();
        }
        _account = _account with { Version = commit.Version };
        foreach (var op in commit.Ops)
        {
            switch (op)
            {
                case PutAccount a: _account = a.Account with { Version = commit.Version }; break;
                case PutNode n: _nodes.Put(n.Node); break;
                case PutEdge e: _edges.Put(e.Edge); break;
                case RemoveNode n: _nodes.Remove(n.NodeId); break;
                case RemoveEdge e: _edges.Remove(e.EdgeId); break;
            }
        }
    }

    public AccountMap ToMap() => new(_account, _nodes.ToList(), _edges.ToList());

    /// <summary>The map after <paramref name="commits"/> (oldest first) on top of <paramref name="start"/>.</summary>
    public static AccountMap Of(string accountId, AccountMap? start, IEnumerable<Commit> commits)
    {
        ArgumentNullException.ThrowIfNull(commits);
        var replay = new MapReplay(accountId, start);
        foreach (var c in commits) replay.Apply(c);
        return replay.ToMap();
    }

    private sealed class Ordered<T>(Func<T, string> id) where T : class
    {
        private readonly List<T?> _items = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private int _holes;

        public void Put(T item)
        {
            if (_index.TryGetValue(id(item), out var i)) _items[i] = item;
            else
            {
                _index[id(item)] = _items.Count;
                _items.Add(item);
            }
        }

        public T? Get(string key) => _index.TryGetValue(key, out var i) ? _items[i] : null;

        public void Remove(string key)
        {
            if (!_index.Remove(key, out var i)) return;
            _items[i] = null;
            // Many deletes would leave a list of holes; squeeze them out now and then.
            if (++_holes > 1024 && _holes > _items.Count / 2) Compact();
        }

        public void Clear()
        {
            _items.Clear();
            _index.Clear();
            _holes = 0;
        }

        public List<T> ToList() => [.. _items.OfType<T>()];

        private void Compact()
        {
            var kept = ToList();
            Clear();
            foreach (var item in kept) Put(item);
        }
    }
}

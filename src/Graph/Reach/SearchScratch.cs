namespace SalesOps.Graph.Reach;

/// <summary>A partial path: the node it ends at, the label it extends, the slot it took, its exact strength K and hops.</summary>
internal struct Label
{
    public long K;
    public int Node;
    public int Pred;
    public int Slot;
    public int Hops;
}

/// <summary>
/// Per-node state of one search. Fields are generation stamps (equal to the search's generation
/// means "set in this search"), so nothing is cleared between searches; one struct per node keeps
/// what the inner loop reads about a neighbour on one cache line.
/// </summary>
internal struct NodeMark
{
    public int Settled;
    public int Target;
    public int Blocked;
    public int Banned;
    public int First;
    public int MinHops;
    /// <summary>The bucket that last saw this node, and its best label there.</summary>
    public int Bucket;
    public int Rep;
    /// <summary>A label waiting in the heap for this node (stamp, strength, hops): anything it dominates need not be pushed.</summary>
    public int Pending;
    public int PendingHops;
    public long PendingK;
}

/// <summary>
/// Reusable working memory of one search: node marks, an append-only arena of labels and a binary
/// min-heap of exact integer keys. Labels with equal keys are taken out together as a bucket: a key
/// grows with every hop, so no label pushed while a bucket is processed can join it. Within a bucket
/// only labels at the same node compete (and targets, for the answer), so only those are compared
/// by node sequence — comparing every tie would walk label chains far more often.
/// </summary>
internal sealed class SearchScratch
{
    public readonly NodeMark[] Marks;
    public int Gen;
    public int BucketGen;
    public Label[] Labels = new Label[256];
    public int LabelCount;
    public int[] Bucket = new int[64];

    private long[] _keys = new long[256];
    private int[] _items = new int[256];
    private int _count;
    public SearchScratch(int nodes)
    {
        Marks = new NodeMark[nodes];
    }

    /// <summary>Starts a search: a fresh generation makes every stamp stale at once.</summary>
    public void Begin()
    {
        // A search takes fewer buckets than it has labels, far below the margin left here.
        if (Gen == int.MaxValue || BucketGen > int.MaxValue / 2)
        {
            Array.Clear(Marks);
            Gen = 0;
            BucketGen = 0;
        }
        Gen++;
        LabelCount = 0;
        _count = 0;
    }

    public int AddLabel(int node, int pred, int slot, long k, int hops)
    {
        if (LabelCount == Labels.Length) Array.Resize(ref Labels, LabelCount * 2);
        ref var l = ref Labels[LabelCount];
        l.Node = node;
        l.Pred = pred;
        l.Slot = slot;
        l.K = k;
        l.Hops = hops;
        return LabelCount++;
    }

    public bool IsEmpty => _count == 0;

    public void Push(long key, int label)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _items, _count * 2);
        }
        var keys = _keys;
        var items = _items;
        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (keys[parent] <= key) break;
            keys[i] = keys[parent];
            items[i] = items[parent];
            i = parent;
        }
        keys[i] = key;
        items[i] = label;
    }

    /// <summary>
    /// Moves every label with the smallest key into <see cref="Bucket"/> and returns how many; when
    /// there are several, marks each node's best label (by node sequence) as its representative.
    /// </summary>
    public int TakeBucket()
    {
        var key = _keys[0];
        var n = 0;
        do
        {
            if (n == Bucket.Length) Array.Resize(ref Bucket, n * 2);
            Bucket[n++] = _items[0];
            RemoveTop();
        } while (_count > 0 && _keys[0] == key);
        if (n == 1) return 1;

        var id = ++BucketGen;
        for (var i = 0; i < n; i++)
        {
            var label = Bucket[i];
            ref var mark = ref Marks[Labels[label].Node];
            if (mark.Bucket != id)
            {
                mark.Bucket = id;
                mark.Rep = label;
            }
            else if (CompareSequence(label, mark.Rep) < 0)
            {
                mark.Rep = label;
            }
        }
        return n;
    }

    private void RemoveTop()
    {
        var n = --_count;
        var key = _keys[n];
        var item = _items[n];
        var keys = _keys;
        var items = _items;
        var i = 0;
        while (true)
        {
            var child = (i << 1) + 1;
            if (child >= n) break;
            if (child + 1 < n && keys[child + 1] < keys[child]) child++;
            if (keys[child] >= key) break;
            keys[i] = keys[child];
            items[i] = items[child];
            i = child;
        }
        keys[i] = key;
        items[i] = item;
    }

    /// <summary>
    /// Orders two labels of equal hop count by their node sequences from the source. Walking back
    /// both chains until they meet, the last difference seen is the first one from the source.
    /// </summary>
    public int CompareSequence(int a, int b)
    {
        var labels = Labels;
        var result = 0;
        while (a != b && a >= 0 && b >= 0)
        {
            var na = labels[a].Node;
            var nb = labels[b].Node;
            if (na != nb) result = na < nb ? -1 : 1;
            a = labels[a].Pred;
            b = labels[b].Pred;
        }
        return result;
    }
}

namespace SalesOps.Graph.Reach;

/// <summary>
/// Reusable working memory of one search: per-node stamps (a generation number instead of clearing
/// arrays between searches), an append-only arena of labels (partial paths) and a binary min-heap
/// over them. Heap keys encode strength and hops exactly; equal keys fall back to comparing the
/// labels' node sequences from the source, which makes every result deterministic.
/// </summary>
internal sealed class SearchScratch
{
    public readonly int[] Settled;
    public readonly byte[] MinHops;
    public readonly int[] First;
    public readonly int[] Target;
    public readonly int[] Blocked;
    public readonly int[] Banned;
    public int Gen;

    public int[] LNode = new int[256];
    public int[] LPred = new int[256];
    public int[] LSlot = new int[256];
    public long[] LK = new long[256];
    public byte[] LH = new byte[256];
    public int Labels;

    private long[] _hKey = new long[256];
    private int[] _hLabel = new int[256];
    private int _hCount;

    public SearchScratch(int nodes)
    {
        Settled = new int[nodes];
        MinHops = new byte[nodes];
        First = new int[nodes];
        Target = new int[nodes];
        Blocked = new int[nodes];
        Banned = new int[nodes];
    }

    /// <summary>Starts a search: a fresh generation makes every stamp stale at once.</summary>
    public void Begin()
    {
        if (Gen == int.MaxValue)
        {
            Array.Clear(Settled);
            Array.Clear(Target);
            Array.Clear(Blocked);
            Array.Clear(Banned);
            Gen = 0;
        }
        Gen++;
        Labels = 0;
        _hCount = 0;
    }

    public int AddLabel(int node, int pred, int slot, long k, int hops)
    {
        if (Labels == LNode.Length)
        {
            var size = Labels * 2;
            Array.Resize(ref LNode, size);
            Array.Resize(ref LPred, size);
            Array.Resize(ref LSlot, size);
            Array.Resize(ref LK, size);
            Array.Resize(ref LH, size);
        }
        var l = Labels++;
        LNode[l] = node;
        LPred[l] = pred;
        LSlot[l] = slot;
        LK[l] = k;
        LH[l] = (byte)hops;
        return l;
    }

    public void Push(long key, int label)
    {
        if (_hCount == _hKey.Length)
        {
            Array.Resize(ref _hKey, _hCount * 2);
            Array.Resize(ref _hLabel, _hCount * 2);
        }
        var i = _hCount++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(key, label, _hKey[parent], _hLabel[parent])) break;
            _hKey[i] = _hKey[parent];
            _hLabel[i] = _hLabel[parent];
            i = parent;
        }
        _hKey[i] = key;
        _hLabel[i] = label;
    }

    public bool TryPop(out int label)
    {
        if (_hCount == 0)
        {
            label = -1;
            return false;
        }
        label = _hLabel[0];
        var n = --_hCount;
        var key = _hKey[n];
        var last = _hLabel[n];
        var i = 0;
        while (true)
        {
            var child = (i << 1) + 1;
            if (child >= n) break;
            if (child + 1 < n && Less(_hKey[child + 1], _hLabel[child + 1], _hKey[child], _hLabel[child])) child++;
            if (!Less(_hKey[child], _hLabel[child], key, last)) break;
            _hKey[i] = _hKey[child];
            _hLabel[i] = _hLabel[child];
            i = child;
        }
        _hKey[i] = key;
        _hLabel[i] = last;
        return true;
    }

    private bool Less(long ka, int la, long kb, int lb) => ka < kb || (ka == kb && CompareSequence(la, lb) < 0);

    /// <summary>
    /// Orders two labels of equal hop count by their node sequences from the source. Walking back
    /// both chains until they meet, the last difference seen is the first one from the source.
    /// </summary>
    public int CompareSequence(int a, int b)
    {
        var result = 0;
        while (a != b && a >= 0 && b >= 0)
        {
            var na = LNode[a];
            var nb = LNode[b];
            if (na != nb) result = na < nb ? -1 : 1;
            a = LPred[a];
            b = LPred[b];
        }
        return result;
    }
}

namespace SalesOps.Graph.Model;

/// <summary>
/// Values kept by key, least recently used out first, bounded by their estimated bytes (see
/// <see cref="MemorySize"/>) rather than by how many: one big account weighs as much as a hundred small
/// ones. A value larger than the whole bound is handed back, never kept. Thread-safe; the value is built
/// outside the lock, so one slow build does not stall lookups of other keys (a rare duplicate build for
/// the same key is harmless when, as here, the result is the same).
/// </summary>
public sealed class SizedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value, long Bytes)>> _entries;
    private readonly LinkedList<(TKey Key, TValue Value, long Bytes)> _recent = new();
    private long _bytes;

    public SizedCache(long maxBytes, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        MaxBytes = maxBytes;
        _entries = new(comparer);
    }

    public long MaxBytes { get; }

    /// <summary>The estimated bytes of the values held now; never above <see cref="MaxBytes"/>.</summary>
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

    /// <summary>The value held for <paramref name="key"/>, else the one <paramref name="build"/> makes, kept if it fits.</summary>
    public TValue GetOrAdd(TKey key, Func<(TValue Value, long Bytes)> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                _recent.Remove(hit);
                _recent.AddFirst(hit);
                return hit.Value.Value;
            }
        }
        var (value, bytes) = build();
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var raced)) return raced.Value.Value;
            if (bytes > MaxBytes) return value;
            _entries[key] = _recent.AddFirst((key, value, bytes));
            _bytes += bytes;
            while (_bytes > MaxBytes)
            {
                var oldest = _recent.Last!.Value;
                _recent.RemoveLast();
                _entries.Remove(oldest.Key);
                _bytes -= oldest.Bytes;
            }
            return value;
        }
    }
}

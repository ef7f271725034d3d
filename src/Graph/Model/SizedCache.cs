namespace SalesOps.Graph.Model;

/// <summary>
/// Values kept by key, least recently used out first, bounded by their estimated bytes (see
/// <see cref="MemorySize"/>) rather than by how many: one big account weighs as much as a hundred small
/// ones. A value larger than the whole bound is handed back, never kept. Thread-safe; the value is built
/// outside the lock, so one slow build does not stall lookups of other keys (a rare duplicate build for
/// the same key is harmless when, as here, the result is the same). <see cref="DropUnused"/> lets go of
/// what nobody asked for lately, so a server that went idle does not keep its last visitors' entries.
/// </summary>
public sealed class SizedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries;
    private readonly LinkedList<Entry> _recent = new(); // most recently used first
    private readonly TimeProvider _clock;
    private long _bytes;

    public SizedCache(long maxBytes, IEqualityComparer<TKey>? comparer = null, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        MaxBytes = maxBytes;
        _entries = new(comparer);
        _clock = clock ?? TimeProvider.System;
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
                hit.Value.Used = _clock.GetUtcNow();
                return hit.Value.Value;
            }
        }
        var (value, bytes) = build();
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var raced)) return raced.Value.Value;
            if (bytes > MaxBytes) return value;
            _entries[key] = _recent.AddFirst(new Entry(key, value, bytes) { Used = _clock.GetUtcNow() });
            _bytes += bytes;
            while (_bytes > MaxBytes)
            {
                DropOldest();
            }
            return value;
        }
    }

    /// <summary>Drops the entries nobody asked for within <paramref name="unusedFor"/>; returns how many went.</summary>
    public int DropUnused(TimeSpan unusedFor)
    {
        var cutoff = _clock.GetUtcNow() - unusedFor;
        var dropped = 0;
        lock (_gate)
        {
            // Least recently used last: the stale ones are a run at the end.
            while (_recent.Last is { } last && last.Value.Used <= cutoff)
            {
                DropOldest();
                dropped++;
            }
        }
        return dropped;
    }

    private void DropOldest()
    {
        var oldest = _recent.Last!.Value;
        _recent.RemoveLast();
        _entries.Remove(oldest.Key);
        _bytes -= oldest.Bytes;
    }

    private sealed class Entry(TKey key, TValue value, long bytes)
    {
        public TKey Key => key;

        public TValue Value => value;

        public long Bytes => bytes;

        public DateTimeOffset Used { get; set; }
    }
}

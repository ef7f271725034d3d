using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Whole maps this process has read under the account's lock or written itself, each valid for one
/// (stamp, version) of its account: every commit raises the version, and a new account of the same id
/// gets a new stamp. A read then costs one probe of the account node when nothing changed, instead of
/// sending the whole map again; anything else (a change by another process, a re-created account)
/// misses. Bounded by the estimated bytes held (<see cref="MemorySize"/>); the least recently used maps go first. Maps are immutable
/// snapshots (<see cref="AccountMap"/>), so sharing one between callers is safe.
/// </summary>
internal sealed class MapCache(long maxBytes)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _size;

    /// <summary>The estimated bytes of the maps held now; never above the bound.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock) return _size;
        }
    }
    private long _clock;

    /// <summary>The snapshot for exactly this stamp and version, or null.</summary>
    public Snapshot? Get(string accountId, string? stamp, long version)
    {
        lock (_lock)
        {
            if (stamp is null || !_entries.TryGetValue(accountId, out var e) || e.Snapshot.Stamp != stamp || e.Snapshot.Map.Version != version) return null;
            e.Used = ++_clock;
            return e.Snapshot;
        }
    }

    /// <summary>Whether any snapshot of the account is held (then a probe is worth its round trip).</summary>
    public bool Holds(string accountId)
    {
        lock (_lock) return _entries.ContainsKey(accountId);
    }

    /// <summary>Whatever snapshot of the account is held, of any version.</summary>
    public Snapshot? Any(string accountId)
    {
        lock (_lock) return _entries.TryGetValue(accountId, out var e) ? e.Snapshot : null;
    }

    /// <summary>The snapshot held for this stamp at an older version: the base a read of the changes since completes.</summary>
    public Snapshot? Older(string accountId, string? stamp, long version)
    {
        lock (_lock)
        {
            return stamp is not null && _entries.TryGetValue(accountId, out var e) && e.Snapshot.Stamp == stamp && e.Snapshot.Map.Version < version
                ? e.Snapshot
                : null;
        }
    }

    public void Put(string accountId, Snapshot snapshot)
    {
        if (snapshot.Stamp is null) return; // written before stamps: cannot tell a re-created account apart
        var size = MemorySize.Of(snapshot.Map);
        lock (_lock)
        {
            RemoveLocked(accountId);
            if (size > maxBytes) return;
            _entries[accountId] = new Entry(snapshot, size) { Used = ++_clock };
            _size += size;
            while (_size > maxBytes) RemoveLocked(_entries.MinBy(p => p.Value.Used).Key);
        }
    }

    public void Remove(string accountId)
    {
        lock (_lock) RemoveLocked(accountId);
    }

    private void RemoveLocked(string accountId)
    {
        if (_entries.Remove(accountId, out var old)) _size -= old.Size;
    }

    private sealed class Entry(Snapshot snapshot, long size)
    {
        public Snapshot Snapshot => snapshot;

        public long Size => size;

        public long Used { get; set; }
    }
}

/// <summary>A map as stored: with the account's creation counter and stamp.</summary>
internal sealed record Snapshot(AccountMap Map, long NextSeq, string? Stamp);

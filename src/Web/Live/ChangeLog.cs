namespace SalesOps.Web.Live;

/// <summary>
/// The last <see cref="Capacity"/> MapChanged messages of each account this instance has seen, so
/// a hub client that lost its connection for a moment catches up instead of reloading the map.
/// Filled by the forwarder before it sends, so a client that joined the group first and then asks
/// gets every change either here or live (possibly both: clients skip versions they have).
/// Memory is bounded: at most Capacity messages for each of the MaxAccounts most recently changed
/// accounts (a few kB a message: tens of MB at worst); an account pushed out, or deleted, is
/// forgotten and its clients reload instead.
/// </summary>
public sealed class ChangeLog(int capacity = ChangeLog.DefaultCapacity, int maxAccounts = ChangeLog.DefaultMaxAccounts)
{
    public const int DefaultCapacity = 500;
    public const int DefaultMaxAccounts = 100;

    private readonly Dictionary<string, SortedList<long, MapChanged>> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _touched = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _clock;

    public int Capacity => capacity;

    /// <summary>Adds a message; false when its version is already there (a duplicate delivery).</summary>
    public bool Add(MapChanged message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            if (!_accounts.TryGetValue(message.AccountId, out var list))
            {
                if (_accounts.Count >= maxAccounts) Remove(_touched.MinBy(t => t.Value).Key);
                _accounts[message.AccountId] = list = new SortedList<long, MapChanged>(capacity + 1);
            }
            _touched[message.AccountId] = ++_clock;
            if (list.ContainsKey(message.Version)) return false;
            // A late version older than everything kept is evicted at once, yet still sent live.
            list.Add(message.Version, message);
            if (list.Count > capacity) list.RemoveAt(0);
            return true;
        }
    }

    /// <summary>
    /// The messages after <paramref name="version"/>, oldest first, when they are all here; null
    /// when some are not (too far behind, or missed while Redis was away): reload the map then.
    /// The run may stop short of <paramref name="current"/> while the newest commits are still on
    /// their way; those arrive as MapChanged to a client that has joined.
    /// </summary>
    public IReadOnlyList<MapChanged>? Since(string accountId, long version, long current)
    {
        if (version >= current) return [];
        lock (_lock)
        {
            if (!_accounts.TryGetValue(accountId, out var list)) return null;
            var run = new List<MapChanged>();
            var expected = version + 1;
            foreach (var (v, m) in list)
            {
                if (v < expected) continue;
                if (v != expected) return null;
                run.Add(m);
                expected++;
            }
            return run.Count == 0 ? null : run;
        }
    }

    public void Forget(string accountId)
    {
        lock (_lock) Remove(accountId);
    }

    private void Remove(string accountId)
    {
        _accounts.Remove(accountId);
        _touched.Remove(accountId);
    }
}

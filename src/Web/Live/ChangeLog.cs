using System.Text.Json;

namespace SalesOps.Web.Live;

/// <summary>
/// The last <see cref="Capacity"/> MapChanged messages of each account this instance has seen, so
/// a hub client that lost its connection for a moment catches up instead of reloading the map.
/// Filled by the forwarder before it sends, so a client that joined the group first and then asks
/// gets every change either here or live (possibly both: clients skip versions they have).
/// Memory is bounded by count — at most Capacity messages for each of the MaxAccounts most recently
/// changed accounts — and by bytes: messages are counted at their JSON size, and past MaxBytes the
/// oldest messages of the least recently changed accounts go first (one commit of a big contacts
/// import is megabytes; counts alone allowed gigabytes). A message bigger than the whole budget is
/// sent live but not kept. What is pushed out, or deleted, is forgotten and its clients reload instead.
/// </summary>
public sealed class ChangeLog(int capacity = ChangeLog.DefaultCapacity, int maxAccounts = ChangeLog.DefaultMaxAccounts, long maxBytes = ChangeLog.DefaultMaxBytes)
{
    public const int DefaultCapacity = 500;
    public const int DefaultMaxAccounts = 100;
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly Dictionary<string, SortedList<long, MapChanged>> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _touched = new(StringComparer.Ordinal);
    private readonly Dictionary<MapChanged, long> _sizes = new(ReferenceEqualityComparer.Instance);
    private long _bytes;
    private readonly Lock _lock = new();
    private long _clock;

    public int Capacity => capacity;

    /// <summary>What the kept messages weigh, as JSON.</summary>
    public long Bytes
    {
        get { lock (_lock) return _bytes; }
    }

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
            var size = JsonSerializer.SerializeToUtf8Bytes(message, JsonSerializerOptions.Web).LongLength;
            if (size > maxBytes) return true;
            // A late version older than everything kept is evicted at once, yet still sent live.
            list.Add(message.Version, message);
            _sizes[message] = size;
            _bytes += size;
            if (list.Count > capacity) Drop(list);
            while (_bytes > maxBytes) Drop(_accounts[_touched.MinBy(t => t.Value).Key]);
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
        if (_accounts.Remove(accountId, out var list))
        {
            foreach (var m in list.Values) _bytes -= _sizes.Remove(m, out var size) ? size : 0;
        }
        _touched.Remove(accountId);
    }

    /// <summary>The account's oldest message goes; an account left with none is forgotten.</summary>
    private void Drop(SortedList<long, MapChanged> list)
    {
        var oldest = list.Values[0];
        list.RemoveAt(0);
        _bytes -= _sizes.Remove(oldest, out var size) ? size : 0;
        if (list.Count == 0) Remove(oldest.AccountId);
    }
}

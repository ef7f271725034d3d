namespace SalesOps.Web.Live;

/// <summary>
/// Puts each account's changes back into version order. Writers publish after their transaction
/// commits, outside the store's lock, so under concurrent writers version 8 can reach the feed a
/// moment before version 7. A commit that arrives early waits until the gap fills, or at most
/// <paramref name="holdBack"/>: a version that never comes (an instance died between commit and
/// publish, Redis dropped it) must not stall the map, and clients see the gap and catch up.
/// Times are milliseconds from any monotonic clock, passed in so the rules test without waiting.
/// Not thread-safe: the forwarder's single reader owns it.
/// </summary>
public sealed class VersionOrder(TimeSpan holdBack)
{
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.Ordinal);

    /// <summary>The commits that may go out now, in order. Includes late and duplicate ones (version ≤ the last sent): the caller tells them apart.</summary>
    public IReadOnlyList<MapChanged> Accept(MapChanged change, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!_accounts.TryGetValue(change.AccountId, out var a))
        {
            // The first commit seen for an account sets where its sequence starts.
            _accounts[change.AccountId] = new Account { Last = change.Version };
            return [change];
        }
        if (change.Version <= a.Last) return [change];
        if (change.Version > a.Last + 1)
        {
            if (a.Pending.Count == 0) a.WaitingSince = nowMs;
            a.Pending.TryAdd(change.Version, change);
            return [];
        }
        var ready = new List<MapChanged> { change };
        a.Last = change.Version;
        a.Drain(ready, nowMs);
        return ready;
    }

    /// <summary>Commits whose wait for an earlier version is over: sent with the gap left open.</summary>
    public IReadOnlyList<MapChanged> Expire(long nowMs)
    {
        List<MapChanged>? ready = null;
        foreach (var a in _accounts.Values)
        {
            if (a.Pending.Count == 0 || nowMs - a.WaitingSince < holdBack.TotalMilliseconds) continue;
            ready ??= [];
            var first = a.Pending.First().Value;
            a.Pending.Remove(first.Version);
            ready.Add(first);
            a.Last = first.Version;
            a.Drain(ready, nowMs);
        }
        return ready ?? [];
    }

    /// <summary>Milliseconds until the next <see cref="Expire"/> has work; null when nothing waits.</summary>
    public long? NextDueInMs(long nowMs)
    {
        var waiting = _accounts.Values.Where(a => a.Pending.Count > 0).Select(a => a.WaitingSince).DefaultIfEmpty(long.MaxValue).Min();
        return waiting == long.MaxValue ? null : Math.Max(0, waiting + (long)holdBack.TotalMilliseconds - nowMs);
    }

    public void Forget(string accountId) => _accounts.Remove(accountId);

    private sealed class Account
    {
        public long Last { get; set; }

        public long WaitingSince { get; set; }

        public SortedDictionary<long, MapChanged> Pending { get; } = new();

        /// <summary>Moves the pending commits that now follow on; a gap still open waits afresh.</summary>
        public void Drain(List<MapChanged> ready, long nowMs)
        {
            while (Pending.Remove(Last + 1, out var next))
            {
                ready.Add(next);
                Last = next.Version;
            }
            foreach (var stale in Pending.Keys.Where(v => v <= Last).ToList()) Pending.Remove(stale);
            if (Pending.Count > 0) WaitingSince = nowMs;
        }
    }
}

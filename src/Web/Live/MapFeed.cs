using System.Collections.Concurrent;

namespace SalesOps.Web.Live;

/// <summary>
/// This instance's fan-out of live events: open map pages subscribe to one account, the hub to
/// all. Subscribers are called on the publisher's thread and must marshal onto their own context
/// (Blazor: InvokeAsync). A failing subscriber is dropped, and the log says so; the others still get the event.
/// </summary>
public sealed partial class MapFeed(ILogger<MapFeed> log, Access.AccessDirectory? directory = null)
{
    private const string All = "*";
    private readonly ConcurrentDictionary<string, Subscription[]> _byAccount = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string accountId, Func<LiveEvent, Task> handler) => Add(accountId, handler);

    /// <summary>How many subscribers listen to one account here (pages that hold its map).</summary>
    public int Subscribers(string accountId) => _byAccount.GetValueOrDefault(accountId, []).Length;

    public IDisposable SubscribeAll(Func<LiveEvent, Task> handler) => Add(All, handler);

    public Task DeliverAsync(LiveEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Before anyone hears it: a page that checks again must not read what this instance knew before.
        if (e is AccessChanged a) directory?.Forget(a.UserId);
        // Services that watch every map (presence board, hub forwarder) hear it before the pages that read them.
        var subs = _byAccount.GetValueOrDefault(All, []).Concat(_byAccount.GetValueOrDefault(e.AccountId, []));
        return Task.WhenAll(subs.Select(async s =>
        {
            try { await s.Handler(e); }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                s.Dispose();
                LogDropped(log, ex, e.GetType().Name, e.AccountId, ex.Message);
            }
        }));
    }

    private Subscription Add(string key, Func<LiveEvent, Task> handler)
    {
        var sub = new Subscription(this, key, handler);
        _byAccount.AddOrUpdate(key, _ => [sub], (_, s) => [.. s, sub]);
        return sub;
    }

    private void Remove(Subscription sub) =>
        _byAccount.AddOrUpdate(sub.Key, _ => [], (_, s) => [.. s.Where(x => x != sub)]);

    [LoggerMessage(Level = LogLevel.Error, Message = "A live subscriber failed on {Event} for account {AccountId} and was dropped (it hears nothing more): {Reason}")]
    private static partial void LogDropped(ILogger log, Exception ex, string @event, string accountId, string reason);

    private sealed class Subscription(MapFeed feed, string key, Func<LiveEvent, Task> handler) : IDisposable
    {
        public string Key => key;

        public Func<LiveEvent, Task> Handler => handler;

        public void Dispose() => feed.Remove(this);
    }
}

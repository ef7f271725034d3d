using System.Collections.Concurrent;
using Mediator;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Live;

/// <summary>A committed change to an account map (or the account itself).</summary>
public sealed record MapChanged(Commit Commit) : INotification;

/// <summary>An account was deleted: viewers of its map leave it.</summary>
public sealed record AccountDeleted(string AccountId) : INotification;

/// <summary>
/// The in-process change feed: open map pages subscribe to one account and are called back
/// with every commit. Subscribers must marshal onto their own context (Blazor: InvokeAsync).
/// </summary>
public sealed class MapFeed
{
    private readonly ConcurrentDictionary<string, ImmutableSubscribers> _byAccount = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string accountId, Func<Commit?, Task> onChange)
    {
        var sub = new Subscription(this, accountId, onChange);
        _byAccount.AddOrUpdate(accountId, _ => new([sub]), (_, s) => new([.. s.Items, sub]));
        return sub;
    }

    /// <summary>Calls every subscriber of the commit's account; a failing subscriber does not stop the others.</summary>
    public Task PublishAsync(string accountId, Commit? commit)
    {
        if (!_byAccount.TryGetValue(accountId, out var subs)) return Task.CompletedTask;
        return Task.WhenAll(subs.Items.Select(async s =>
        {
            try { await s.OnChange(commit); }
            catch (Exception ex) when (ex is not OutOfMemoryException) { s.Dispose(); }
        }));
    }

    private void Remove(Subscription sub) =>
        _byAccount.AddOrUpdate(sub.AccountId, _ => new([]), (_, s) => new([.. s.Items.Where(x => x != sub)]));

    private sealed record ImmutableSubscribers(Subscription[] Items);

    private sealed class Subscription(MapFeed feed, string accountId, Func<Commit?, Task> onChange) : IDisposable
    {
        public string AccountId => accountId;

        public Func<Commit?, Task> OnChange => onChange;

        public void Dispose() => feed.Remove(this);
    }
}

public sealed class MapFeedHandler(MapFeed feed) : INotificationHandler<MapChanged>, INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(MapChanged notification, CancellationToken cancellationToken) =>
        await feed.PublishAsync(notification.Commit.AccountId, notification.Commit);

    /// <summary>A null commit tells viewers the account is gone.</summary>
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await feed.PublishAsync(notification.AccountId, null);
}

using Mediator;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Live;

/// <summary>
/// Carries live events to every app instance, where <see cref="MapFeed"/> hands them to local
/// viewers and hub clients. In-process by default; Redis pub/sub when instances are scaled out.
/// </summary>
public interface ILiveBus
{
    Task PublishAsync(LiveEvent e, CancellationToken ct);
}

/// <summary>One instance: publishing is delivering.</summary>
public sealed class InProcessBus(MapFeed feed) : ILiveBus
{
    public Task PublishAsync(LiveEvent e, CancellationToken ct) => feed.DeliverAsync(e);
}

/// <summary>A committed change to an account map (or the account itself).</summary>
public sealed record MapChanged(Commit Commit) : INotification;

/// <summary>An account was deleted.</summary>
public sealed record AccountDeleted(string AccountId) : INotification;

/// <summary>Commits become live events on the bus.</summary>
public sealed class LiveBusHandler(ILiveBus bus) : INotificationHandler<MapChanged>, INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(MapChanged notification, CancellationToken cancellationToken) =>
        await bus.PublishAsync(new Committed(notification.Commit), cancellationToken);

    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await bus.PublishAsync(new AccountGone(notification.AccountId), cancellationToken);
}

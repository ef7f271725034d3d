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

using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace SalesOps.Web.Live;

/// <summary>
/// Sends this instance's live events to its hub clients, each under its own name. Changes go out
/// in version order (see <see cref="VersionOrder"/>), each kept in the <see cref="ChangeLog"/> first;
/// deletions, drags and presence as they come, unbuffered (drags and presence are not stored and a
/// lost one is replaced by the next). The feed's publisher, a save, only enqueues: one
/// reader sends, so a group's connections get an account's messages in one order and a slow
/// client never holds up saving. A client that cannot take a message within
/// <see cref="SendTimeout"/> loses it (and catches up through its version gap).
/// </summary>
public sealed partial class HubForwarder(
    MapFeed feed, IHubContext<MapsHub> hub, ChangeLog log, HubConnections connections, Access.AccessDirectory directory, ILogger<HubForwarder> logger) : BackgroundService
{
    public static readonly TimeSpan HoldBack = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(5);
    private const int InboxCapacity = 100_000;

    private readonly VersionOrder _order = new(HoldBack);
    private Channel<LiveEvent>? _inbox;
    private IDisposable? _subscription;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Bounded so a stuck sender cannot eat the memory; a dropped event is a gap clients recover from.
        _inbox = Channel.CreateBounded<LiveEvent>(
            new BoundedChannelOptions(InboxCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite },
            e => LogDropped(logger, e.AccountId, InboxCapacity));
        // Subscribed before the server listens, so no commit made through it goes unforwarded.
        _subscription = feed.SubscribeAll(e =>
        {
            _ = _inbox.Writer.TryWrite(e);
            return Task.CompletedTask;
        });
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _inbox?.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _inbox!.Reader;
        while (await WaitAsync(reader, stoppingToken))
        {
            while (reader.TryRead(out var e)) await ForwardAsync(e, stoppingToken);
            foreach (var change in _order.Expire(Environment.TickCount64)) await SendChangeAsync(change, stoppingToken);
        }
    }

    /// <summary>Waits for an event, or until a held-back commit is due; false when stopping.</summary>
    private async Task<bool> WaitAsync(ChannelReader<LiveEvent> reader, CancellationToken stoppingToken)
    {
        using var due = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        if (_order.NextDueInMs(Environment.TickCount64) is { } ms) due.CancelAfter(TimeSpan.FromMilliseconds(ms));
        try { return await reader.WaitToReadAsync(due.Token); }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { return true; }
        catch (OperationCanceledException) { return false; }
    }

    private async Task ForwardAsync(LiveEvent e, CancellationToken ct)
    {
        switch (e)
        {
            case MapChanged c:
                foreach (var change in _order.Accept(c, Environment.TickCount64)) await SendChangeAsync(change, ct);
                break;
            case AccountDeleted d:
                _order.Forget(d.AccountId);
                log.Forget(d.AccountId);
                await SendAsync(d.AccountId, HubNames.AccountDeleted, d, ct);
                break;
            case NodeDragging d:
                await SendAsync(d.AccountId, HubNames.NodeDragging, d, ct);
                break;
            case Presence p:
                await SendAsync(p.AccountId, HubNames.Presence, p, ct);
                break;
            case AccessChanged a:
                await RevokeAsync(a, ct);
                break;
        }
    }

    /// <summary>The user's connections on that map leave its group at once when they may no longer see the account.</summary>
    private async Task RevokeAsync(AccessChanged a, CancellationToken ct)
    {
        var sees = await directory.VisibleToAsync(new Access.Caller(Access.CallerKind.User, a.UserId, ""), ct);
        if (sees(a.AccountId)) return;
        foreach (var connection in connections.Of(a.UserId, a.AccountId))
        {
            connections.Left(connection, a.AccountId);
            await hub.Groups.RemoveFromGroupAsync(connection, MapsHub.Group(a.AccountId), ct);
            await hub.Clients.Client(connection).SendAsync(HubNames.AccessRevoked, new { accountId = a.AccountId }, ct);
        }
    }

    private async Task SendChangeAsync(MapChanged change, CancellationToken ct)
    {
        if (log.Add(change)) await SendAsync(change.AccountId, HubNames.MapChanged, change, ct);
    }

    private async Task SendAsync(string accountId, string method, object message, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(SendTimeout);
        try
        {
            await hub.Clients.Group(MapsHub.Group(accountId)).SendAsync(method, message, timeout.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(logger, ex, method, accountId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Method} for account {AccountId} to hub clients")]
    private static partial void LogFailed(ILogger log, Exception ex, string method, string accountId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Live event for account {AccountId} dropped: {Capacity} events wait for hub clients already")]
    private static partial void LogDropped(ILogger log, string accountId, int capacity);
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StackExchange.Redis;

using SalesOps.Web.Contracts;

namespace SalesOps.Web.Live;

/// <summary>
/// Scale-out over Redis pub/sub: every instance publishes its live events to one channel and
/// delivers what the channel brings, its own events included, to its local <see cref="MapFeed"/>.
/// So each event reaches each instance's feed once, through the subscription.
///
/// Why our own channel and not only SignalR's Redis backplane: hub clients are not the only
/// listeners. Blazor Server circuits subscribe to MapFeed on whichever instance they live on, and
/// the backplane carries hub messages only. With the feed fed from Redis, every instance's
/// <see cref="HubForwarder"/> sends to its own hub groups, so no backplane is needed (adding one
/// would deliver every hub message twice).
///
/// Saving never waits for Redis or fails because of it: while the connection is down the event
/// goes to this instance's feed only (its viewers stay live; other instances' viewers see a
/// version gap and reload), and the multiplexer keeps reconnecting and resubscribes by itself.
/// </summary>
public sealed partial class RedisBus(string configuration, MapFeed feed, ILogger<RedisBus> log) : ILiveBus, IHostedService, IAsyncDisposable
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("salesops:live");

    /// <summary>
    /// The API's JSON with an "event" field that says which event it is, tolerant of fields it does
    /// not know: instances of two releases share the channel during a rollout.
    /// </summary>
    internal static readonly JsonSerializerOptions Wire = new(Json.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)))
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NameTheEvent } },
    };

    private static void NameTheEvent(JsonTypeInfo type)
    {
        if (type.Type != typeof(LiveEvent)) return;
        type.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "event",
            DerivedTypes =
            {
                new(typeof(MapChanged), "mapChanged"),
                new(typeof(AccountDeleted), "accountDeleted"),
                new(typeof(NodeDragging), "nodeDragging"),
                new(typeof(Presence), "presence"),
                new(typeof(AccessChanged), "accessChanged"),
            },
        };
    }

    private readonly CancellationTokenSource _stopping = new();
    private ConnectionMultiplexer? _redis;
    private volatile ChannelMessageQueue? _queue;
    private readonly Lock _gate = new();
    private Task? _stop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;            // start without Redis; connect when it comes
        options.BacklogPolicy = BacklogPolicy.FailFast; // while down, publishing fails at once instead of holding a save
        options.ClientName ??= "salesops";
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        _redis.ConnectionFailed += (_, e) => LogLost(log, e.Exception, e.EndPoint?.ToString() ?? "?", e.FailureType.ToString());
        _redis.ConnectionRestored += (_, e) => LogRestored(log, e.EndPoint?.ToString() ?? "?");
        // Normally subscribed before the server listens; with Redis away, the app starts anyway.
        var subscribed = KeepTryingToSubscribeAsync(_redis, _stopping.Token);
        await Task.WhenAny(subscribed, Task.Delay(options.ConnectTimeout, cancellationToken));
    }

    public async Task PublishAsync(LiveEvent e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (_redis is { IsConnected: true } redis && _queue is not null)
        {
            try
            {
                var payload = JsonSerializer.SerializeToUtf8Bytes(e, Wire);
                // Nobody listening (not even us, between reconnect and resubscribe): deliver here.
                if (await redis.GetSubscriber().PublishAsync(Channel, payload) > 0) return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
            {
                LogPublishFailed(log, ex, e.AccountId);
            }
        }
        await feed.DeliverAsync(e);
    }

    public Task StopAsync(CancellationToken cancellationToken) => StopOnceAsync();

    public async ValueTask DisposeAsync()
    {
        // The host may stop the bus before disposing it or (test hosts) dispose it first: stopping runs once, while the connection lives.
        await StopOnceAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>
    /// One stop, whoever asks first; a second caller waits for it to finish. Test hosts may dispose the bus
    /// while the host is still stopping it, and disposing must not close the connection under the unsubscribe.
    /// </summary>
    private Task StopOnceAsync()
    {
        lock (_gate) return _stop ??= StopCoreAsync();
    }

    private async Task StopCoreAsync()
    {
        await _stopping.CancelAsync();
        if (_queue is { } q)
        {
            try { await q.UnsubscribeAsync(); }
            catch (Exception ex) when (ex is RedisException or TimeoutException) { /* the connection closes next anyway */ }
        }
    }

    /// <summary>
    /// Subscribes once the subscription connection is up. After that the multiplexer restores the
    /// subscription by itself after every reconnect, so this runs only until the first success.
    /// </summary>
    private async Task KeepTryingToSubscribeAsync(ConnectionMultiplexer redis, CancellationToken ct)
    {
        var subscriber = redis.GetSubscriber();
        for (var failures = 0; !ct.IsCancellationRequested; failures++)
        {
            if (subscriber.IsConnected(Channel))
            {
                try
                {
                    var queue = await subscriber.SubscribeAsync(Channel);
                    queue.OnMessage(DeliverAsync); // one message at a time, in the order Redis sent them
                    _queue = queue;
                    return;
                }
                catch (Exception ex) when (ex is RedisException or TimeoutException)
                {
                    if (failures == 0) LogSubscribeFailed(log, ex, Channel.ToString());
                    // A failed SUBSCRIBE stays registered in the multiplexer; drop it so a retry does not deliver twice.
                    try { await subscriber.UnsubscribeAsync(Channel); }
                    catch (Exception again) when (again is RedisException or TimeoutException) { /* removed locally all the same */ }
                }
            }
            try { await Task.Delay(TimeSpan.FromMilliseconds(250), ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task DeliverAsync(ChannelMessage message)
    {
        LiveEvent? e;
        try
        {
            e = JsonSerializer.Deserialize<LiveEvent>((byte[])message.Message!, Wire);
        }
        catch (JsonException ex)
        {
            LogUnreadable(log, ex, message.Channel.ToString());
            return;
        }
        if (e is not null) await feed.DeliverAsync(e);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection to {EndPoint} lost ({Failure}); live changes reach this instance's viewers only until it is back")]
    private static partial void LogLost(ILogger log, Exception? ex, string endPoint, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection to {EndPoint} restored; live changes reach every instance again")]
    private static partial void LogRestored(ILogger log, string endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish a live event for account {AccountId} to Redis; delivered on this instance only")]
    private static partial void LogPublishFailed(ILogger log, Exception ex, string accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to Redis channel {Channel}; retrying until it works (this instance's own changes stay local meanwhile)")]
    private static partial void LogSubscribeFailed(ILogger log, Exception ex, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unreadable live event on Redis channel {Channel} skipped")]
    private static partial void LogUnreadable(ILogger log, Exception ex, string channel);
}

using System.Collections.Concurrent;
namespace SalesOps.Web.Live;

/// <summary>
/// Who is looking at which map, on every instance: viewers announce themselves on the live bus
/// (join, selection, a heartbeat, leave); this board keeps what it hears since start-up and
/// forgets viewers whose heartbeat stopped (a closed tab or a dead instance).
/// </summary>
public sealed class PresenceBoard(MapFeed feed, ILiveBus bus, TimeProvider clock) : IHostedService
{
    // A viewer is forgotten after three missed heartbeats: 15 s after their browser vanished without a word.
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);
    private static readonly string[] Palette = ["#d81b60", "#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41", "#3949ab"];
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Viewer>> _maps = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.SubscribeAll(e =>
        {
            if (e is Presence p)
            {
                var viewers = _maps.GetOrAdd(p.AccountId, _ => new(StringComparer.Ordinal));
                if (p.Left) viewers.TryRemove(p.Viewer.Id, out _);
                else viewers[p.Viewer.Id] = p.Viewer;
            }
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public static string ColourFor(string viewerId) => Palette[(int)((uint)StableHash(viewerId) % Palette.Length)];

    public Viewer NewViewer(string name)
    {
        var id = Graph.Model.Ids.New("v");
        return new Viewer(id, name, ColourFor(id), null, clock.GetUtcNow());
    }

    /// <summary>Everyone still present on the map, by name.</summary>
    public IReadOnlyList<Viewer> Viewers(string accountId)
    {
        var cutoff = clock.GetUtcNow() - Heartbeat * 3;
        return _maps.TryGetValue(accountId, out var v)
            ? [.. v.Values.Where(x => x.Seen >= cutoff).OrderBy(x => x.Name, StringComparer.CurrentCulture).ThenBy(x => x.Id, StringComparer.Ordinal)]
            : [];
    }

    public Task AnnounceAsync(string accountId, Viewer viewer, bool left = false) =>
        bus.PublishAsync(new Presence(accountId, viewer with { Seen = clock.GetUtcNow() }, left), CancellationToken.None);

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s) h = unchecked(h * 31 + c);
        return h;
    }
}

using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SalesOps.Web.Live;

/// <summary>
/// The presence of one browser's circuit: the maps it shows, announced with a heartbeat while the
/// browser is connected. When the connection drops (a closed tab, a dead browser, a lost network)
/// the circuit lingers on the server for a while, but its viewers leave the others' lists at once;
/// they come back if the browser reconnects.
/// </summary>
public sealed class CircuitPresence(PresenceBoard board) : CircuitHandler, IDisposable
{
    private readonly Dictionary<string, Func<Viewer>> _maps = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private Timer? _heartbeat;
    private bool _connected = true;

    /// <summary>Shows this circuit as a viewer of the map; <paramref name="viewer"/> gives the current name and selection.</summary>
    public void Join(string accountId, Func<Viewer> viewer)
    {
        lock (_lock)
        {
            _maps[accountId] = viewer;
            _heartbeat ??= new Timer(_ => AnnounceAll(left: false), null, PresenceBoard.Heartbeat, PresenceBoard.Heartbeat);
        }
        _ = board.AnnounceAsync(accountId, viewer());
    }

    public void Leave(string accountId)
    {
        Func<Viewer>? viewer;
        lock (_lock) _maps.Remove(accountId, out viewer);
        if (viewer is not null) _ = board.AnnounceAsync(accountId, viewer(), left: true);
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _connected = false;
        AnnounceAll(left: true);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _connected = true;
        AnnounceAll(left: false);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        AnnounceAll(left: true);
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _heartbeat?.Dispose();

    private void AnnounceAll(bool left)
    {
        // A heartbeat while the browser is away would keep a ghost on everyone else's list.
        if (!left && !_connected) return;
        KeyValuePair<string, Func<Viewer>>[] maps;
        lock (_lock) maps = [.. _maps];
        foreach (var (accountId, viewer) in maps) _ = board.AnnounceAsync(accountId, viewer(), left);
    }
}

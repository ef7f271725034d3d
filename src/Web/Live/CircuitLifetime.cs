using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SalesOps.Web.Live;

/// <summary>
/// Lets the heavy state of a circuit's pages go while its browser is away. Blazor keeps a dropped
/// circuit for minutes (DisconnectedCircuitRetentionPeriod) so a browser that comes back finds its
/// page; a map page there would hold its whole diagram all that time, and keep rebuilding it on every
/// live change. After a short grace (<see cref="GraceSetting"/>, 20 s unless set) the pages that hold
/// state here are told to release it, and to rebuild it from the store when the connection comes back.
/// </summary>
public sealed partial class CircuitLifetime(IConfiguration config, IdleTrim idle, ILogger<CircuitLifetime> log) : CircuitHandler, IDisposable
{
    /// <summary>Seconds a dropped connection may come back before the pages drop their state.</summary>
    public const string GraceSetting = "SALESOPS_MAP_RELEASE_SECONDS";

    private readonly Lock _lock = new();
    private readonly List<Holder> _holders = [];
    private Timer? _timer;
    private bool _released;
    private bool _counted; // among the server's connected browsers (IdleTrim)

    public TimeSpan Grace { get; } = int.TryParse(config?[GraceSetting], out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : TimeSpan.FromSeconds(20);

    /// <summary>Whether the browser is connected now; pages render nothing for a browser that is away (its batches would only pile up).</summary>
    public bool Connected { get; private set; } = true;

    /// <summary>
    /// A page's state to let go when the browser stays away: <paramref name="release"/> drops it,
    /// <paramref name="restore"/> (called whenever the browser is back) rebuilds it or catches up. Both are the page's own (it marshals onto its circuit).
    /// Disposing the result forgets the page.
    /// </summary>
    public IDisposable Hold(Func<Task> release, Func<Task> restore)
    {
        var holder = new Holder(this, release, restore);
        lock (_lock) _holders.Add(holder);
        return holder;
    }

    /// <summary>Every message from the browser tells <see cref="IdleTrim"/> the server is not quiet.</summary>
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            idle.Active();
            return next(context);
        };

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Connected = false;
            _timer?.Dispose();
            _timer = new Timer(_ => _ = ReleaseAsync(), null, Grace, Timeout.InfiniteTimeSpan);
        }
        Uncount();
        return Task.CompletedTask;
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Holder[] holders;
        lock (_lock)
        {
            Connected = true;
            _timer?.Dispose();
            _timer = null;
            if (_released) LogRestored(log, _holders.Count);
            _released = false;
            holders = [.. _holders];
            if (!_counted) idle.Connected();
            _counted = true;
        }
        foreach (var h in holders) await h.Restore();
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Dispose();
        Uncount();
        return Task.CompletedTask;
    }

    private void Uncount()
    {
        lock (_lock)
        {
            if (!_counted) return;
            _counted = false;
        }
        idle.Disconnected();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private async Task ReleaseAsync()
    {
        Holder[] holders;
        lock (_lock)
        {
            if (_timer is null || _released) return; // the connection came back just in time
            _released = true;
            holders = [.. _holders];
        }
        LogReleased(log, Grace.TotalSeconds, holders.Length);
        foreach (var h in holders)
        {
            try { await h.Release(); }
            catch (ObjectDisposedException) { /* the circuit closed meanwhile: nothing left to release */ }
        }
        idle.Released();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A browser away for {Seconds} s: {Pages} page(s) of its circuit released their state")]
    private static partial void LogReleased(ILogger log, double seconds, int pages);

    [LoggerMessage(Level = LogLevel.Information, Message = "A browser came back: {Pages} page(s) of its circuit rebuild their state")]
    private static partial void LogRestored(ILogger log, int pages);

    private void Forget(Holder holder)
    {
        lock (_lock) _holders.Remove(holder);
    }

    private sealed class Holder(CircuitLifetime owner, Func<Task> release, Func<Task> restore) : IDisposable
    {
        public Func<Task> Release => release;

        public Func<Task> Restore => restore;

        public void Dispose() => owner.Forget(this);
    }
}

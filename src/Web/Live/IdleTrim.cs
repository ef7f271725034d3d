using System.Runtime;
using System.Runtime.InteropServices;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Map;

namespace SalesOps.Web.Live;

/// <summary>
/// Gives memory back when nobody is looking (#20). While browsers are connected, the GC keeps the memory
/// it committed for the next burst; once the last connection has been gone for <see cref="After"/> (5 s
/// unless <see cref="Setting"/> says otherwise), the layouts and reach graphs nobody asked for in that
/// time are dropped and one aggressive, compacting collection returns the freed memory to the system —
/// the runtime's documented way for an app going idle. It runs again after pages let go of a departed
/// browser's state (<see cref="Released"/>), and never while a browser is connected, so no viewer waits on it.
/// </summary>
public sealed partial class IdleTrim(IConfiguration config, ReachGraphCache reach, ILogger<IdleTrim> log) : IDisposable
{
    /// <summary>Seconds without a connected browser before the server trims; below zero: never.</summary>
    public const string Setting = "SALESOPS_IDLE_TRIM_SECONDS";

    private readonly Lock _lock = new();
    private int _connected;
    private Timer? _timer;
    private int _trims;

    public TimeSpan After { get; } = int.TryParse(config?[Setting], out var s) ? TimeSpan.FromSeconds(s) : TimeSpan.FromSeconds(5);

    /// <summary>How many times the server has trimmed since it started.</summary>
    public int Trims => Volatile.Read(ref _trims);

    /// <summary>A browser connected (a circuit's connection is up).</summary>
    public void Connected()
    {
        lock (_lock)
        {
            _connected++;
            _timer?.Dispose();
            _timer = null;
        }
    }

    /// <summary>A browser's connection went down or its circuit ended.</summary>
    public void Disconnected()
    {
        lock (_lock)
        {
            _connected = Math.Max(0, _connected - 1);
            if (_connected == 0) Schedule();
        }
    }

    /// <summary>Pages of a departed browser let go of their state: worth giving back once more if nobody is here.</summary>
    public void Released()
    {
        lock (_lock)
        {
            if (_connected == 0) Schedule();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Schedule()
    {
        if (After < TimeSpan.Zero) return;
        _timer?.Dispose();
        _timer = new Timer(_ => Trim(), null, After, Timeout.InfiniteTimeSpan);
    }

    private void Trim()
    {
        lock (_lock)
        {
            if (_timer is null || _connected > 0) return; // someone came back just in time
            _timer.Dispose();
            _timer = null;
        }
        var before = GC.GetTotalMemory(forceFullCollection: false);
        var (layouts, graphs) = (Layouts.DropUnused(After), reach.DropUnused(After));
        // Aggressive: compacts everything, including the large object heap, and decommits what it freed.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Native.TrimMalloc();
        Interlocked.Increment(ref _trims);
        LogTrimmed(log, After.TotalSeconds, layouts, graphs, before >> 20, GC.GetTotalMemory(forceFullCollection: false) >> 20);
    }

    private static class Native
    {
        /// <summary>
        /// glibc keeps what native code freed (SQLite's page caches, the sockets' buffers, thread arenas) for reuse
        /// and returns it to the system only at the top of a heap; malloc_trim gives back every free page.
        /// </summary>
        public static void TrimMalloc()
        {
            if (!OperatingSystem.IsLinux()) return;
            try
            {
                _ = malloc_trim(0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (musl has no malloc_trim): nothing to trim this way.
            }
        }

        [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int malloc_trim(nuint pad);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No browser for {Seconds} s: dropped {Layouts} layout(s) and {Graphs} reach graph(s), heap {Before} MB -> {After} MB")]
    private static partial void LogTrimmed(ILogger log, double seconds, int layouts, int graphs, long before, long after);
}

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
/// browser's state (<see cref="Released"/>).
/// <para>
/// Browsers that are connected but quiet (people reading a map) get the collection too, without the cache drop:
/// once no browser has sent anything for <see cref="Quiet"/> (6 s unless <see cref="QuietSetting"/> says
/// otherwise), once per quiet spell. Each browser that opens a page makes the GC commit several times what the
/// page keeps; without this the server held on to it until the last browser left. Only when the process's
/// resident memory grew by <see cref="QuietGrowthBytes"/> since the last trim, and never sooner after the last trim
/// than fifty times what that one took, so trimming costs at most about 2 % of the server's time however big its heap.
/// </para>
/// </summary>
public sealed partial class IdleTrim(IConfiguration config, ReachGraphCache reach, ILogger<IdleTrim> log) : IDisposable
{
    /// <summary>Seconds without a connected browser before the server trims; below zero: never.</summary>
    public const string Setting = "SALESOPS_IDLE_TRIM_SECONDS";

    /// <summary>Seconds without a message from any connected browser before the server collects; below zero: never.</summary>
    public const string QuietSetting = "SALESOPS_QUIET_TRIM_SECONDS";

    /// <summary>How much the process's resident memory must have grown since the last trim for a quiet one to be worth its pause.</summary>
    public const long QuietGrowthBytes = 2 << 20;

    private readonly Lock _lock = new();
    private int _connected;
    private Timer? _timer;
    private int _trims;
    private int _quietTrims;
    private Timer? _quietTimer;
    private int _quietArmed; // 1 while the quiet timer is set or a quiet trim runs
    private long _lastActive; // Environment.TickCount64 of the last message from a browser
    private long _nextQuietAllowed; // Environment.TickCount64 before which no quiet trim runs
    private long _quietTrimmedTo; // the process's resident memory right after the last trim

    public TimeSpan After { get; } = int.TryParse(config?[Setting], out var s) ? TimeSpan.FromSeconds(s) : TimeSpan.FromSeconds(5);

    /// <summary>How long no connected browser may send anything before the server collects.</summary>
    public TimeSpan Quiet { get; } = int.TryParse(config?[QuietSetting], out var q) ? TimeSpan.FromSeconds(q) : TimeSpan.FromSeconds(6);

    /// <summary>How many times the server has trimmed with nobody connected since it started.</summary>
    public int Trims => Volatile.Read(ref _trims);

    /// <summary>How many times the server has collected while its browsers were quiet.</summary>
    public int QuietTrims => Volatile.Read(ref _quietTrims);

    /// <summary>
    /// A connected browser sent something (an event, a render acknowledgement, a JS answer). Called for every
    /// message, so it only notes the time and sets the timer when none is set.
    /// </summary>
    public void Active()
    {
        if (Quiet < TimeSpan.Zero) return;
        Volatile.Write(ref _lastActive, Environment.TickCount64);
        if (Volatile.Read(ref _quietArmed) == 1 || Interlocked.Exchange(ref _quietArmed, 1) == 1) return; // set: a read, not a write, per message
        lock (_lock)
        {
            _quietTimer ??= new Timer(_ => QuietElapsed(), null, Timeout.Infinite, Timeout.Infinite);
            _quietTimer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

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
            _quietTimer?.Dispose();
            _quietTimer = null;
        }
    }

    private void QuietElapsed()
    {
        var now = Environment.TickCount64;
        var wait = Math.Max(Volatile.Read(ref _lastActive) + (long)Quiet.TotalMilliseconds, Volatile.Read(ref _nextQuietAllowed)) - now;
        if (wait > 0)
        {
            lock (_lock) _quietTimer?.Change(TimeSpan.FromMilliseconds(wait), Timeout.InfiniteTimeSpan); // a message came meanwhile, or too soon after the last trim
            return;
        }
        try
        {
            int connected;
            lock (_lock) connected = _connected;
            // Nobody connected: the idle trim does it. Little more memory than after the last trim: nothing worth a pause.
            if (connected == 0 || Environment.WorkingSet - Volatile.Read(ref _quietTrimmedTo) < QuietGrowthBytes) return;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var before = GC.GetTotalMemory(forceFullCollection: false);
            Collect();
            Volatile.Write(ref _nextQuietAllowed, Environment.TickCount64 + 50 * Math.Max(1, clock.ElapsedMilliseconds));
            Interlocked.Increment(ref _quietTrims);
            LogQuietTrimmed(log, Quiet.TotalSeconds, connected, before >> 20, GC.GetTotalMemory(forceFullCollection: false) >> 20, clock.ElapsedMilliseconds);
        }
        finally
        {
            // Armed again by the next message: one trim per quiet spell. A message that came while this ran re-arms it here.
            Volatile.Write(ref _quietArmed, 0);
            if (Volatile.Read(ref _lastActive) + (long)Quiet.TotalMilliseconds > Environment.TickCount64) Active();
        }
    }

    /// <summary>
    /// Aggressive: compacts everything, including the large object heap, and decommits what it freed; then native
    /// memory. What is left resident is what the next quiet trim measures its growth from, whichever trim ran.
    /// </summary>
    private void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Native.TrimMalloc();
        Volatile.Write(ref _quietTrimmedTo, Environment.WorkingSet);
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
        Collect();
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "No message from {Browsers} connected browser(s) for {Seconds} s: heap {Before} MB -> {After} MB in {Ms} ms")]
    private static partial void LogQuietTrimmed(ILogger log, double seconds, int browsers, long before, long after, long ms);
}

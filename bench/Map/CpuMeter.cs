using System.Diagnostics;

namespace SalesOps.MapBench;

/// <summary>CPU time used so far, in milliseconds: this process (the app and the bench) and Chromium's processes.</summary>
public readonly record struct Cpu(double App, double Browser)
{
    public static Cpu operator -(Cpu a, Cpu b) => new(a.App - b.App, a.Browser - b.Browser);
}

/// <summary>
/// Reads CPU time from /proc: on a machine shared with other work, wall-clock figures swing with the
/// load, while the CPU time a step costs stays much steadier, so before/after can be compared by both.
/// Chromium's processes are this process' descendants other than Playwright's driver (node).
/// </summary>
public static class CpuMeter
{
    private static readonly double TicksPerMs = 100.0 / 1000; // USER_HZ is 100 on Linux

    public static Cpu Now()
    {
        var app = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        if (!Directory.Exists("/proc")) return new(app, double.NaN);
        var stats = new Dictionary<int, (int Parent, string Name, double Ms)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                // pid (comm) state ppid … utime(14) stime(15): the name may hold spaces, so split after its ')'.
                var text = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = text.LastIndexOf(')');
                var name = text[(text.IndexOf('(') + 1)..close];
                var f = text[(close + 2)..].Split(' ');
                stats[pid] = (int.Parse(f[1]), name, (double.Parse(f[11]) + double.Parse(f[12])) / TicksPerMs);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read.
            }
        }
        var self = Environment.ProcessId;
        bool Below(int pid)
        {
            for (var p = pid; stats.TryGetValue(p, out var s) && p > 1; p = s.Parent)
                if (s.Parent == self) return true;
            return false;
        }
        var browser = stats.Where(kv => kv.Key != self && !kv.Value.Name.StartsWith("node", StringComparison.Ordinal) && Below(kv.Key)).Sum(kv => kv.Value.Ms);
        return new(app, browser);
    }
}

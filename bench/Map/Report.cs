using System.Globalization;

namespace SalesOps.MapBench;

/// <summary>Everything measured on one account.</summary>
public sealed record SizeResult(BenchAccount Account, List<Opening> Opens, List<Step> Pan, List<Step> Zoom, bool ReadingZoom, List<Step> Drag, LiveResult Live, int Missed)
{
    /// <summary>CPU time of the whole pan and zoom series, and of the drag with its drop.</summary>
    public Cpu PanZoomCpu { get; init; }
    public Cpu DragCpu { get; init; }
}

/// <summary>The issue's table (rows: what; columns: sizes, target) and the details under it.</summary>
public static class Report
{
    public static void Print(IReadOnlyList<SizeResult> results, string machine)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(machine);
        Console.WriteLine();
        Console.WriteLine($"| what | {string.Join(" | ", results.Select(r => r.Account.Size.ToString("N0", c) + " people"))} | target (500 / 2,000) |");
        Console.WriteLine($"|---|{string.Concat(results.Select(_ => "---|"))}---|");
        Row($"open the map to all cards drawn (median of {results.Max(r => r.Opens.Count)})", r => Seconds(Median([.. r.Opens.Select(o => o.Done)])), "≤ 1.5 s / ≤ 4 s");
        Row("drag step (pointer move to frame), p50 / p95 / max", r => Series(r.Drag), "p95 ≤ 33 ms / ≤ 50 ms");
        Row("pan and zoom step, p50 / p95 / max", r => Series([.. r.Pan, .. r.Zoom]), "p95 ≤ 33 ms / ≤ 50 ms");
        Row("… the server's render of that view, p50 / p95 / max", r => Series([.. r.Pan.Concat(r.Zoom).Select(s => s.SettledLatency).Where(double.IsFinite)]), "(shown at once by the page)");
        Row("another user's saved change visible, p50 / p95", r => Series(r.Live.Visible, max: false), "p95 ≤ 250 ms");
        Console.WriteLine();

        foreach (var r in results)
        {
            Console.WriteLine($"{r.Account.Size:N0} people ({r.Account.Id}):");
            foreach (var o in r.Opens)
                Console.WriteLine(string.Create(c, $"  open {o.Done:F0} ms: HTML {o.Html:F0}, circuit socket {o.Socket:F0}, first card {o.FirstCard:F0}, data-ready {o.Ready:F0}, all drawn {o.Done:F0}; {o.Drawn} of {o.Total} nodes in view; long tasks {o.LongTasks:F0} ms; CPU app {o.Cpu.App:F0} ms, Chromium {o.Cpu.Browser:F0} ms"));
            Console.WriteLine($"  pan {Series(r.Pan)} ({r.Pan.Count} steps); zoom {Series(r.Zoom)} ({r.Zoom.Count} steps); {Split([.. r.Pan, .. r.Zoom])}; {PerStep(r.PanZoomCpu, r.Pan.Count + r.Zoom.Count)}");
            Console.WriteLine($"  the server's render of the same view: pan {Series([.. r.Pan.Select(s => s.SettledLatency).Where(double.IsFinite)])}, zoom {Series([.. r.Zoom.Select(s => s.SettledLatency).Where(double.IsFinite)])}; {r.Pan.Concat(r.Zoom).Count(s => !double.IsFinite(s.Settled))} steps not settled within 5 s");
            Console.WriteLine($"  drag at reading zoom{(r.ReadingZoom ? "" : " (NOT reached: card under 150 px)")}: {Series(r.Drag)} ({r.Drag.Count} steps); {Split(r.Drag)}; {PerStep(r.DragCpu, r.Drag.Count)} (the drop and its save included)");
            Console.WriteLine(string.Create(c, $"  live: {Series(r.Live.Visible)} ({r.Live.Visible.Count} changes, {r.Live.Missed} not seen in 5 s); the PATCH itself p50 {P(r.Live.Api, 0.5):F0} ms, with no page open on the map {P(r.Live.ApiAlone, 0.5):F0} ms; page clock ±{r.Live.ClockError:F1} ms"));
            if (r.Missed > 0) Console.WriteLine($"  {r.Missed} input steps showed no change within 5 s (left out of the series)");
        }

        void Row(string what, Func<SizeResult, string> cell, string target) =>
            Console.WriteLine($"| {what} | {string.Join(" | ", results.Select(cell))} | {target} |");
    }

    /// <summary>Where a step's time goes: input → DOM changed (network, server, render batch applied) and DOM changed → frame done (style, layout, paint).</summary>
    private static string Split(List<Step> steps) => steps.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
        $"median input→DOM changed {Median([.. steps.Select(s => s.Changed - s.Start)]):F0} ms, DOM changed→frame done {Median([.. steps.Select(s => s.Painted - s.Changed)]):F0} ms");

    private static string PerStep(Cpu cpu, int steps) => steps == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
        $"CPU per step app {cpu.App / steps:F1} ms, Chromium {cpu.Browser / steps:F1} ms");

    private static string Series(List<Step> steps) => Series([.. steps.Select(s => s.Latency)]);

    private static string Series(List<double> values, bool max = true) => values.Count == 0 ? "–"
        : max ? string.Create(CultureInfo.InvariantCulture, $"{P(values, 0.5):F0} / {P(values, 0.95):F0} / {values.Max():F0} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{P(values, 0.5):F0} / {P(values, 0.95):F0} ms");

    private static string Seconds(double ms) => double.IsNaN(ms) ? "–" : string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:F2} s");

    private static double Median(List<double> values) => P(values, 0.5);

    /// <summary>Nearest-rank percentile.</summary>
    public static double P(List<double> values, double q)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

using System.Diagnostics;
using System.Globalization;
using SalesOps.Graph.Model;
using SalesOps.Seed;
using SalesOps.Seed.Training;
using SalesOps.Web.Features.Map;

namespace SalesOps.Benchmarks;

/// <summary>
/// <c>-- layout</c>: the map layout on the demo accounts and the generated 500- and 2,000-person accounts —
/// edge crossings with the layout before #13 (<see cref="OldLayout"/>) and now (<see cref="LayoutQuality.Crossings"/>),
/// and the time of <see cref="MapLayout.Place"/> by Stopwatch (median of five runs after a warm-up; the first
/// run's time too, since the first open of a map pays it once per process), plus a checksum of the positions
/// to compare runs for determinism.
/// </summary>
internal static class LayoutBench
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    public static void Run()
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("| account | people | ours | lines drawn | crossings before | crossings after | old ms | Place ms (first) | Place ms (median of 5) | checksum |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var map in DemoData.Generate())
            Report(map.Account.Name, map);
        foreach (var size in new[] { AccountSize.Large, AccountSize.ExtraLarge })
            Report($"generated {size.Name()}", GeneratedAccounts.Generate(size, "de", 1, Day)[0]);
    }

    private static void Report(string name, AccountMap map)
    {
        var clock = Stopwatch.StartNew();
        var old = OldLayout.Place(map);
        var oldMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var now = MapLayout.Place(map);
        var first = clock.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            MapLayout.Place(map);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var drawn = map.Edges.Count(e => e.Type is EdgeType.REPORTS_TO or EdgeType.INFLUENCES or EdgeType.TALKS_WITH);
        var checksum = string.Join(";", now.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value.X},{p.Value.Y}")))
            .Aggregate(17L, (h, c) => unchecked(h * 31 + c));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {map.OfKind(NodeKind.Person).Count()} | {map.OfKind(NodeKind.Counterpart).Count()} | {drawn} | {LayoutQuality.Crossings(map, old)} | {LayoutQuality.Crossings(map, now)} | {oldMs:0.0} | {first:0.0} | {times[2]:0.0} | {checksum:x16} |"));
    }
}

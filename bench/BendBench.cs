using System.Diagnostics;
using System.Globalization;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Seed;
using SalesOps.Seed.Training;
using SalesOps.Web.Features.Map;

namespace SalesOps.Benchmarks;

/// <summary>
/// <c>-- bends</c>: lines that run behind a card of neither end, straight and bent (<see cref="LineBend.Around"/>), on the
/// demo accounts laid out by <see cref="MapLayout.Place"/>, and the time to weigh every line of the map once (what the map
/// page does when a card is dropped or the map changes): Stopwatch, median of 21 after a warm-up. The generated mid-size
/// account (more than <see cref="LineBend.MaxCards"/> cards, so drawn straight) shows what the weighing would cost above the limit.
/// </summary>
internal static class BendBench
{
    public static void Run()
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("| account | cards | lines drawn | behind a card, straight | behind a card, bent | lines bent | weigh all lines, ms (median of 21) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var map in DemoData.Generate()) Report(map.Account.Name, map);
        Report("generated mid (not bent: over the limit)", GeneratedAccounts.Generate(AccountSize.Mid, "de", 1, new DateOnly(2026, 3, 2))[0]);
    }

    private static void Report(string name, AccountMap map)
    {
        var positions = MapLayout.Place(map);
        var boxes = positions.Where(p => map.Find(p.Key)?.Kind is NodeKind.Person or NodeKind.Counterpart)
            .ToDictionary(p => p.Key, p => CardBox.At(p.Value.X, p.Value.Y, MapLayout.CardWidth, MapLayout.CardHeight), StringComparer.Ordinal);
        var lines = map.Edges.Where(e => e.Type is EdgeType.REPORTS_TO or EdgeType.INFLUENCES or EdgeType.TALKS_WITH && boxes.ContainsKey(e.From) && boxes.ContainsKey(e.To)).ToList();
        (double X, double Y)?[] WeighAll() => [.. lines.Select(e => LineBend.Around(boxes[e.From], boxes[e.To], boxes.Where(b => b.Key != e.From && b.Key != e.To).Select(b => b.Value)))];

        var bends = WeighAll();
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var clock = Stopwatch.StartNew();
            WeighAll();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {boxes.Count} | {lines.Count} | {LayoutQuality.LinesBehindCards(map, positions, bent: false)} | {LayoutQuality.LinesBehindCards(map, positions, bent: true)} | {bends.Count(b => b is not null)} | {times[10]:0.00} |"));
    }
}

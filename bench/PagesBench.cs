using System.Diagnostics;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Seed;
using SalesOps.Seed.Training;

namespace SalesOps.Benchmarks;

/// <summary>
/// <c>-- pages</c>: the engine time behind each page of a big account (issue #13), on the accounts the command line's
/// <c>generate</c> makes (a 19-person demo account, 500 and 2,000 people): the matrix with its marked moves, the account
/// sheet, the risks and a reach question, each the median of warm runs with a fresh cache (what a first visit costs).
/// The browser's share (render, diff, transfer) is measured by /tmp/pw/pages.js, see docs/benchmarks.md.
/// </summary>
internal static class PagesBench
{
    private static readonly DateOnly Day = new(2026, 11, 29);

    public static void Run()
    {
        var words = TemplateWords.Instance;
        Console.WriteLine("| people | matrix ms | sheet ms | risks ms | reach ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (label, map) in Accounts())
        {
            var matrix = Median(() => (ContactMatrix.Build(map, words), LastMet.Of(map, Day), NextMoves.Top(map, words, 3, new ReachGraphCache())));
            var sheet = Median(() => AccountSheet.Build(map, Day, words, new ReachGraphCache()));
            var risks = Median(() => AccountAnalysis.Risks(map, words, new ReachGraphCache()));
            var reach = Median(() => ReachEngine.Find(map, new ReachQuery(K: 3), words, new ReachGraphCache()));
            Console.WriteLine($"| {label} | {matrix:0.0} | {sheet:0.0} | {risks:0.0} | {reach:0.0} |");
        }
    }

    private static IEnumerable<(string, AccountMap)> Accounts()
    {
        var demo = DemoData.Generate().MaxBy(m => m.OfKind(NodeKind.Person).Count())!;
        yield return ($"{demo.OfKind(NodeKind.Person).Count()} (demo)", demo);
        foreach (var size in new[] { AccountSize.Large, AccountSize.ExtraLarge })
            yield return ($"{size.People().Min:N0}", GeneratedAccounts.Generate(size, "en", 1, Day)[0]);
    }

    private static double Median(Func<object> run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}

using System.Diagnostics;

namespace SalesOps.Benchmarks;

/// <summary>Rough timings without BenchmarkDotNet's rigour: minutes saved while tuning, never the published figures.</summary>
internal static class QuickCheck
{
    public static void Run()
    {
        foreach (var people in new[] { 50, 500, 5_000, 93_458 })
        {
            var b = new ReachBenchmarks { People = people };
            var setup = Stopwatch.StartNew();
            b.Setup();
            Console.WriteLine($"{people} people: setup {setup.ElapsedMilliseconds} ms");
            Time("strongest", () => b.Strongest());
            Time("top-3", () => b.Top3());
            Time("far", () => b.StrongestFar());
            Time("top-3 far", () => b.Top3Far());
            Time("find", () => b.Find());
            Time("tree", () => b.Tree());
            Time("quikgraph", () => b.QuikGraphDijkstra());
        }
    }

    public static void NextMoves()
    {
        foreach (var workload in NextMovesBenchmarks.Workloads())
        {
            var b = new NextMovesBenchmarks { Account = workload };
            b.Setup();
            Console.WriteLine(workload);
            Time("cold", () => b.Top10Cold());
            Time("cached", () => b.Top10Cached());
            Time("top-3", () => b.Top3Cached());
            Time("backward", () => b.BackwardSearch());
            Time("forward/p", () => b.ForwardPerPerson());
        }
    }

    public static void Import()
    {
        var b = new ContactImportBenchmarks { Rows = 10_000 };
        var setup = Stopwatch.StartNew();
        b.Setup();
        Console.WriteLine($"10,000 rows: setup {setup.ElapsedMilliseconds} ms, file {ContactImportBenchmarks.File(10_000).Length / 1024} KiB");
        Time("preview", () => b.Preview());
        Time("import", () => b.Import());
        Time("re-import", () => b.Reimport());
    }

    private static void Time(string what, Func<object?> run)
    {
        for (var i = 0; i < 3; i++) run();
        var n = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            run();
            n++;
        } while (watch.ElapsedMilliseconds < 500);
        Console.WriteLine($"  {what,-10} {watch.Elapsed.TotalMilliseconds * 1000 / n,12:F1} µs");
    }
}

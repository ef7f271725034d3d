using System.Diagnostics;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Seed.Training;

namespace SalesOps.Benchmarks;

/// <summary>
/// Generation and loading rates in people per second, by Stopwatch (one run takes seconds, so
/// BenchmarkDotNet's many iterations would take an hour): each case three times after one warm-up,
/// the median reported. Loading is <see cref="SqliteStore.CreateAccountAsync(AccountMap, CancellationToken)"/> into a fresh file.
/// Beside wall time, the process's CPU time: on a machine shared with other builds the wall clock
/// measures the queue for a core, the CPU time what the work itself costs.
/// </summary>
internal static class GenerationBench
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    /// <param name="only">"generation" or "loading" runs only those cases; null runs all.</param>
    public static async Task RunAsync(string? only = null)
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}");
        Console.WriteLine("| case | people | nodes | edges | wall s (median) | people/s wall | CPU s (median) | people/s CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        if (only != "loading")
        {
            foreach (var size in new[] { AccountSize.Large, AccountSize.ExtraLarge, AccountSize.Stress })
                Time($"generate {size.Name()} (plain)", () => GeneratedAccounts.Generate(size, "de", 1, Day)[0]);
            Time("training set: 9 scenarios × buying center", () => Merge(TrainingSets.Generate(new TrainingSet { Scenarios = Scenarios.All, Locale = "es", ReferenceDate = Day }, TemplateWords.Instance)));
            Time("training stress account with answer key", () => TrainingSets.Generate(new TrainingRecipe(Scenario.GatekeeperInTheWay, "es", AccountSize.Stress, 1, Day, 1), TemplateWords.Instance).Map);
        }
        if (only == "generation") return;

        foreach (var size in new[] { AccountSize.ExtraLarge, AccountSize.Stress })
        {
            var map = GeneratedAccounts.Generate(size, "de", 1, Day)[0];
            await TimeAsync($"load {size.Name()} into SQLite", map, () => LoadAsync((store, _) => store.CreateAccountAsync(map, default)));
            await TimeAsync($"probe: {size.Name()} with prepared statements (not the store)", map,
                () => LoadAsync((_, path) => SqliteLoadProbe.WriteAsync(path, map)));
        }
    }

    private static async Task<(TimeSpan, TimeSpan)> LoadAsync(Func<SqliteStore, string, Task> load)
    {
        var folder = Directory.CreateTempSubdirectory("salesops-bench-");
        try
        {
            var path = Path.Combine(folder.FullName, "salesops.db");
            var store = new SqliteStore(path);
            await store.InitializeAsync(default);
            var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
            await load(store, path);
            return (watch.Elapsed, Cpu() - cpu);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A set's maps counted as one, for the table.</summary>
    private static AccountMap Merge(IReadOnlyList<TrainingAccount> set) =>
        new(set[0].Map.Account, [.. set.SelectMany(a => a.Map.Nodes)], [.. set.SelectMany(a => a.Map.Edges)]);

    private static void Time(string what, Func<AccountMap> run)
    {
        var map = run();
        var times = Enumerable.Range(0, 3).Select(_ =>
        {
            var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
            run();
            return (watch.Elapsed, Cpu() - cpu);
        }).ToList();
        Row(what, map, times);
    }

    private static async Task TimeAsync(string what, AccountMap map, Func<Task<(TimeSpan, TimeSpan)>> run)
    {
        await run();
        var times = new List<(TimeSpan, TimeSpan)>();
        for (var i = 0; i < 3; i++) times.Add(await run());
        Row(what, map, times);
    }

    private static void Row(string what, AccountMap map, List<(TimeSpan Wall, TimeSpan Cpu)> times)
    {
        var wall = times.Select(t => t.Wall.TotalSeconds).Order().ElementAt(times.Count / 2);
        var cpu = times.Select(t => t.Cpu.TotalSeconds).Order().ElementAt(times.Count / 2);
        var people = map.Nodes.Count(n => n.Kind == NodeKind.Person);
        Console.WriteLine($"| {what} | {people:N0} | {map.Nodes.Count:N0} | {map.Edges.Count:N0} | {wall:F2} | {people / wall:N0} | {cpu:F2} | {people / cpu:N0} |");
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

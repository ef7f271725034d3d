using System.Diagnostics;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Seed.Training;

namespace SalesOps.Benchmarks;

/// <summary>
/// Generation and loading rates in people per second, by Stopwatch (one run takes seconds, so
/// BenchmarkDotNet's many iterations would take an hour): each case three times after one warm-up,
/// the median reported. Loading is <see cref="SqliteStore.CreateAccountAsync"/> into a fresh file.
/// </summary>
internal static class GenerationBench
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    public static async Task RunAsync()
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}");
        Console.WriteLine("| case | people | nodes | edges | median s | people/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var size in new[] { AccountSize.Large, AccountSize.ExtraLarge, AccountSize.Stress })
            Time($"generate {size.Name()} (plain)", () => GeneratedAccounts.Generate(size, "de", 1, Day)[0]);
        Time("training set: 9 scenarios × buying center", () => Merge(TrainingSets.Generate(new TrainingSet { Scenarios = Scenarios.All, Locale = "es", ReferenceDate = Day })));
        Time("training stress account with answer key", () => TrainingSets.Generate(new TrainingRecipe(Scenario.GatekeeperInTheWay, "es", AccountSize.Stress, 1, Day, 1)).Map);

        foreach (var size in new[] { AccountSize.ExtraLarge, AccountSize.Stress })
        {
            var map = GeneratedAccounts.Generate(size, "de", 1, Day)[0];
            await TimeAsync($"load {size.Name()} into SQLite", map, async () =>
            {
                var folder = Directory.CreateTempSubdirectory("salesops-bench-");
                try
                {
                    var store = new SqliteStore(Path.Combine(folder.FullName, "salesops.db"));
                    await store.InitializeAsync(default);
                    var watch = Stopwatch.StartNew();
                    await store.CreateAccountAsync(map, default);
                    return watch.Elapsed;
                }
                finally
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    folder.Delete(recursive: true);
                }
            });
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
            var watch = Stopwatch.StartNew();
            run();
            return watch.Elapsed;
        }).ToList();
        Row(what, map, times);
    }

    private static async Task TimeAsync(string what, AccountMap map, Func<Task<TimeSpan>> run)
    {
        await run();
        var times = new List<TimeSpan>();
        for (var i = 0; i < 3; i++) times.Add(await run());
        Row(what, map, times);
    }

    private static void Row(string what, AccountMap map, List<TimeSpan> times)
    {
        var median = times.Order().ElementAt(times.Count / 2).TotalSeconds;
        var people = map.Nodes.Count(n => n.Kind == NodeKind.Person);
        Console.WriteLine($"| {what} | {people:N0} | {map.Nodes.Count:N0} | {map.Edges.Count:N0} | {median:F2} | {people / median:N0} |");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

using System.Diagnostics;
using System.Globalization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Graph.Store.Sqlite;

namespace SalesOps.Benchmarks;

/// <summary>
/// Both stores side by side in one run: <c>dotnet run -c Release --project bench -- stores [iterations]</c>
/// with SALESOPS_TEST_NEO4J_URI (tests/neo4j/start.sh). For 20, 500 and 2,000 people (bench accounts,
/// AccountGenerator): the map read, one move (a change through the store's transaction), reach and risks
/// as the app's handlers run them (map read + engine with its projection cache); on Neo4j also the map
/// read after another process changed the map (only the changes travel) and the whole-map read of a
/// store that holds nothing (MapCacheBytes 0: what a first read costs). Then the import
/// (create) of 20,000 people on each store. Median and 95th percentile of wall time per call, in ms;
/// a Stopwatch harness, not BenchmarkDotNet: these are round trips to a server, not CPU loops.
/// </summary>
internal static class StoreBenchmark
{
    private static readonly int[] Sizes = [20, 500, 2_000];

    public static async Task RunAsync(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        // Sizes after the iterations ("stores 60 20") time those accounts only and skip the 20,000-person import.
        int[] sizes = args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : Sizes;
        var folder = Directory.CreateTempSubdirectory("salesops-bench-");
        var settings = BenchNeo4j.Settings() with { RequestTimeout = TimeSpan.FromMinutes(2) };
        using var neo4j = new Neo4jStore(settings);
        using var elsewhere = new Neo4jStore(settings); // another app process, for reads that miss the cache
        using var holding = new Neo4jStore(settings with { MapCacheBytes = 0 }); // holds nothing: every read is whole
        await neo4j.InitializeAsync(default);
        var sqlite = new SqliteStore(Path.Combine(folder.FullName, "bench.db"));
        await sqlite.InitializeAsync(default);
        Console.WriteLine($"{await neo4j.CheckHealthAsync(default)}; {await sqlite.CheckHealthAsync(default)}");
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {Load()}, {iterations} iterations\n");
        Console.WriteLine("| operation | people | SQLite median | SQLite p95 | Neo4j median | Neo4j p95 | Neo4j / SQLite (median) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        try
        {
            foreach (var people in sizes)
            {
                var map = AccountGenerator.Generate(people, prefix: $"s{people}-", distinct: true);
                var id = map.Account.Id;
                await neo4j.DeleteAccountAsync(id, default);
                await sqlite.CreateAccountAsync(map, default);
                await neo4j.CreateAccountAsync(map, default);
                var person = map.Nodes[people / 2].Id;
                var n = people >= 2_000 ? Math.Max(5, iterations / 3) : iterations;
                var step = 0;
                async Task Move(IGraphStore s) => await s.ChangeAsync(id, m => NodeRules.Move(m, person, ++step % 500, step % 300), default);
                var sqliteCache = new ReachGraphCache();
                var neo4jCache = new ReachGraphCache();

                Row("map read", people, await Time(n, () => sqlite.GetMapAsync(id, default)), await Time(n, () => neo4j.GetMapAsync(id, default)));
                Row("map read, changed by another process", people, await Time(n, () => sqlite.GetMapAsync(id, default)),
                    await Time(n, () => neo4j.GetMapAsync(id, default), before: () => Move(elsewhere)));
                Row("map read, whole (nothing held)", people, await Time(n, () => sqlite.GetMapAsync(id, default)), await Time(n, () => holding.GetMapAsync(id, default)));
                Row("one move", people, await Time(n, () => Move(sqlite)), await Time(n, () => Move(neo4j)));
                Row("reach", people, await Time(n, async () => ReachEngine.Find((await sqlite.GetMapAsync(id, default))!, new(), TemplateWords.Instance, sqliteCache)),
                    await Time(n, async () => ReachEngine.Find((await neo4j.GetMapAsync(id, default))!, new(), TemplateWords.Instance, neo4jCache)));
                Row("risks", people, await Time(n, async () => AccountAnalysis.Risks((await sqlite.GetMapAsync(id, default))!, TemplateWords.Instance, sqliteCache)),
                    await Time(n, async () => AccountAnalysis.Risks((await neo4j.GetMapAsync(id, default))!, TemplateWords.Instance, neo4jCache)));
                await neo4j.DeleteAccountAsync(id, default);
            }
            if (args.Length > 1) return;
            var big = AccountGenerator.Generate(20_000, prefix: "s20000-", distinct: true);
            await neo4j.DeleteAccountAsync(big.Account.Id, default);
            var sqliteImport = await Time(1, () => sqlite.CreateAccountAsync(big, default), warmup: 0);
            var neo4jImport = await Time(1, () => neo4j.CreateAccountAsync(big, default), warmup: 0);
            Row($"import (create) of {big.Nodes.Count:N0} nodes, {big.Edges.Count:N0} edges", 20_000, sqliteImport, neo4jImport);
            var readBig = await Time(1, () => elsewhere.GetMapAsync(big.Account.Id, default), warmup: 0);
            Console.WriteLine($"\n20,000 people on Neo4j: first whole-map read {readBig.Median:F0} ms; delete {(await Time(1, () => neo4j.DeleteAccountAsync(big.Account.Id, default), warmup: 0)).Median:F0} ms");
            Console.WriteLine($"load average at the end {Load()}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void Row(string operation, int people, (double Median, double P95) sqlite, (double Median, double P95) neo4j) =>
        Console.WriteLine($"| {operation} | {people:N0} | {sqlite.Median:F1} | {sqlite.P95:F1} | {neo4j.Median:F1} | {neo4j.P95:F1} | {neo4j.Median / sqlite.Median:F2} |");

    /// <summary>Median and 95th percentile in ms of <paramref name="n"/> calls after warm-up; <paramref name="before"/> runs untimed before each.</summary>
    private static async Task<(double Median, double P95)> Time<T>(int n, Func<Task<T>> call, Func<Task>? before = null, int warmup = 3)
    {
        for (var i = 0; i < warmup; i++)
        {
            if (before is not null) await before();
            await call();
        }
        var times = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            if (before is not null) await before();
            var clock = Stopwatch.StartNew();
            await call();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    private static Task<(double, double)> Time(int n, Func<Task> call, Func<Task>? before = null, int warmup = 3) =>
        Time(n, async () => { await call(); return true; }, before, warmup);

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

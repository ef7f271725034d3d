using System.Diagnostics;
using System.Globalization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Seed.Training;

namespace SalesOps.Benchmarks;

/// <summary>
/// The import (create) of one big account into the Neo4j test server, alone:
/// <c>dotnet run -c Release --project bench -- neo4j-load [people|size] [runs]</c> with SALESOPS_TEST_NEO4J_URI
/// (tests/neo4j/start.sh). A number imports <see cref="AccountGenerator"/>'s account of that many people, the one the
/// store comparison imports; a size name such as <c>stress</c> the training generator's plain account of that size,
/// what <c>generate</c> loads. SALESOPS_BENCH_BATCH sets the rows per statement. Beside wall time it reports the CPU time of this process and of the server
/// (its pid from SALESOPS_NEO4J_PID or .neo4j/run/run/neo4j.pid, which start.sh writes): on a machine shared
/// with other builds the wall clock measures the queue for a core, and nearly all the work is the server's.
/// </summary>
internal static class Neo4jLoadBench
{
    public static async Task RunAsync(string[] args)
    {
        var what = args.Length > 0 ? args[0] : "20000";
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var batch = Environment.GetEnvironmentVariable("SALESOPS_BENCH_BATCH") is { Length: > 0 } b ? int.Parse(b, CultureInfo.InvariantCulture) : 1_000;
        var settings = BenchNeo4j.Settings() with { RequestTimeout = TimeSpan.FromMinutes(2), BatchSize = batch };
        var map = int.TryParse(what, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? AccountGenerator.Generate(count, prefix: $"l{count}-", distinct: true)
            : GeneratedAccounts.Generate(AccountSizes.Parse(what), "de", 1, new DateOnly(2026, 3, 2))[0];
        var people = map.Nodes.Count(n => n.Kind == NodeKind.Person);
        Console.WriteLine($"{(count > 0 ? "AccountGenerator" : "training generator, " + what)}: {people:N0} people");
        using var store = new Neo4jStore(settings);
        await store.InitializeAsync(default);
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, server pid {ServerPid() ?? "unknown"}; " +
            $"{map.Nodes.Count:N0} nodes, {map.Edges.Count:N0} edges; BatchSize {settings.BatchSize:N0} (SALESOPS_BENCH_BATCH)");
        Console.WriteLine("| run | load average | wall s | people/s wall | client CPU s | server CPU s | people/s CPU (both) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        for (var run = 0; run <= runs; run++) // run 0 warms up (JIT, the server's plan cache)
        {
            await store.DeleteAccountAsync(map.Account.Id, default);
            var load = Load();
            var (clock, client, server) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime, ServerCpu());
            await store.CreateAccountAsync(map, default);
            var wall = clock.Elapsed.TotalSeconds;
            var ours = (Process.GetCurrentProcess().TotalProcessorTime - client).TotalSeconds;
            var theirs = ServerCpu() - server;
            Console.WriteLine($"| {(run == 0 ? "warm-up" : run)} | {load} | {wall:F2} | {people / wall:N0} | {ours:F2} | {theirs:F2} | {people / (ours + theirs):N0} |");
        }
        await store.DeleteAccountAsync(map.Account.Id, default);
    }

    private static string? ServerPid()
    {
        if (Environment.GetEnvironmentVariable("SALESOPS_NEO4J_PID") is { Length: > 0 } pid) return pid;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, ".neo4j", "run", "run", "neo4j.pid");
            if (File.Exists(file)) return File.ReadAllText(file).Trim();
        }
        return null;
    }

    /// <summary>The server's user + system time in seconds (/proc/PID/stat, in clock ticks of 1/100 s), NaN when unknown.</summary>
    private static double ServerCpu()
    {
        var stat = ServerPid() is { } pid && File.Exists($"/proc/{pid}/stat") ? File.ReadAllText($"/proc/{pid}/stat") : null;
        if (stat is null) return double.NaN;
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

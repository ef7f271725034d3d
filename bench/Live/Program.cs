using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SalesOps.Tests.Web.Live;

namespace SalesOps.LiveBench;

// Live collaboration benchmark: N hub clients joined to one map, M changes sent through the HTTP
// API one after the other; for every change and client, the time from just before the PATCH is
// sent to the MapChanged arriving. That is an upper bound of commit → receipt: it includes the
// API call, the rules and the SQLite commit. Usage:
//   dotnet run -c Release --project bench/Live -- [--clients 50] [--changes 1000] [--warmup 200] [--rounds 2]
public static class LiveBenchmark
{
    public static async Task Main(string[] args)
    {
        // WebApplicationFactory finds the app's content root through the manifest beside this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var (clients, changes, warmup, rounds) = (Option(args, "--clients", 50), Option(args, "--changes", 1000), Option(args, "--warmup", 200), Option(args, "--rounds", 2));
        var results = new List<string>();

        Console.WriteLine($"{clients} hub clients, {changes} changes (after {warmup} warm-up), {Environment.ProcessorCount} cores, {Cpu()}, .NET {Environment.Version}");
        // Every round runs both setups; the table shows the last, so neither setup pays for the process's first JIT alone.
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round} of {rounds}");
            results = await RunAsync("1 instance, in-process bus", 1, null, clients, changes, warmup);
            try
            {
                using var redis = new RedisServer();
                results.AddRange(await RunAsync("2 instances + Redis", 2, redis.ConnectionString, clients, changes, warmup));
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("redis-server", StringComparison.Ordinal))
            {
                Console.WriteLine($"Skipped the two-instance setup: {ex.Message}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| setup | receivers | p50 ms | p95 ms | p99 ms | max ms | messages/s | API round trip p50 ms | lost | p95 ≤ 50 ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in results) Console.WriteLine(row);
    }

    private static async Task<List<string>> RunAsync(string setup, int instances, string? redis, int clients, int changes, int warmup)
    {
        var dir = Path.Combine(Path.GetTempPath(), "salesops-livebench", Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(dir);
        var hosts = new List<BenchHost>();
        try
        {
            // One after the other: the first migrates the shared SQLite file.
            var uris = new List<Uri>();
            for (var i = 0; i < instances; i++)
            {
                hosts.Add(new BenchHost(dir, redis));
                uris.Add(hosts[i].Start());
            }
            using var http = hosts[0].CreateClient();
            var account = await IdAsync(await http.PostAsJsonAsync("/api/accounts", new { name = "Benchmark GmbH" }));
            var node = await IdAsync(await http.PostAsJsonAsync($"/api/accounts/{account}/nodes", new { kind = "Person", name = "Dana Cruz", level = "Manager" }));
            var total = warmup + changes;
            await using var viewers = await Viewers.JoinAsync(uris, account, clients, total);

            var sentAt = new long[total];
            var api = new List<double>();
            for (var i = 0; i < total; i++)
            {
                if (i == warmup && !await viewers.WaitForAsync(clients * warmup, TimeSpan.FromSeconds(30)))
                    throw new InvalidOperationException("The warm-up changes did not reach every client.");
                sentAt[i] = Stopwatch.GetTimestamp();
                using var response = await http.PatchAsJsonAsync($"/api/accounts/{account}/nodes/{node}", new { title = $"{Viewers.Prefix}{i}" });
                response.EnsureSuccessStatusCode();
                if (i >= warmup) api.Add(Stopwatch.GetElapsedTime(sentAt[i]).TotalMilliseconds);
            }
            await viewers.WaitForAsync(clients * total, TimeSpan.FromSeconds(60));

            var rows = new List<string> { Row(setup, "all", viewers.Measure(sentAt, warmup, total), sentAt[warmup], api) };
            for (var i = 0; instances > 1 && i < instances; i++)
                rows.Add(Row(setup, i == 0 ? "on A (writes go to A)" : $"on {(char)('A' + i)}", viewers.Measure(sentAt, warmup, total, i), sentAt[warmup], api));
            Console.WriteLine(rows[0]);
            return rows;
        }
        finally
        {
            foreach (var h in hosts) await h.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* left for the temp cleaner */ }
        }
    }

    private static string Row(string setup, string who, (List<double> Latencies, int Missing, long LastReceipt) m, long firstSent, List<double> api)
    {
        var l = m.Latencies.Order().ToArray();
        var seconds = Stopwatch.GetElapsedTime(firstSent, m.LastReceipt).TotalSeconds;
        var p95 = P(l, 0.95);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {setup} | {who} | {P(l, 0.50):F1} | {p95:F1} | {P(l, 0.99):F1} | {l.LastOrDefault():F1} | {l.Length / seconds:F0} | {P([.. api.Order()], 0.50):F1} | {m.Missing} | {(p95 <= 50 ? "yes" : "no")} |");
    }

    private static double P(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static async Task<string> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?" : "?";

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;

namespace SalesOps.Benchmarks;

/// <summary>
/// PROFILE of the Neo4j store's statements on a real server at several account sizes:
/// <c>dotnet run -c Release --project bench -- neo4j-profile [sizes…]</c> with SALESOPS_TEST_NEO4J_URI
/// (tests/neo4j/start.sh prints it). Writes generated accounts through the store, then prints per
/// statement and size the database hits, rows and the median wall time of five plain runs. Writes are
/// profiled inside a transaction that is rolled back. What to look for: hits that grow with people ×
/// edges instead of people + edges. Deletes the bench accounts again at the end.
/// </summary>
internal static class Neo4jProfile
{
    public static async Task RunAsync(string[] args)
    {
        var keep = args.Contains("--keep"); // leave the accounts for other probes (docs/benchmarks.md: the old statements)
        args = [.. args.Where(a => a != "--keep")];
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [20, 500, 2_000, 20_000];
        var settings = BenchNeo4j.Settings() with { RequestTimeout = TimeSpan.FromMinutes(5) };
        using var store = new Neo4jStore(settings);
        await store.InitializeAsync(default);
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var http = new Neo4jHttp(client, settings);
        var transport = await Neo4jServer.ChooseTransportAsync(http, default);
        Console.WriteLine($"{await store.CheckHealthAsync(default)}; {Environment.ProcessorCount} cores");

        foreach (var people in sizes)
        {
            var map = AccountGenerator.Generate(people, prefix: $"b{people}-", distinct: true);
            await store.DeleteAccountAsync(map.Account.Id, default);
            var clock = Stopwatch.StartNew();
            await store.CreateAccountAsync(map, default);
            Console.WriteLine($"\n## {people} people: {map.Nodes.Count} nodes, {map.Edges.Count} edges; created in {clock.Elapsed.TotalSeconds:F1} s");
            var id = map.Account.Id;
            var person = map.Nodes[people / 2];
            var edge = map.Edges[map.Edges.Count / 2];
            Statement[] reads =
            [
                Statement.Of(Cypher.ReadMap, ("id", id)),
                Statement.Of(Cypher.ReadChanges, ("id", id), ("since", 1L)), // what a held map at version 1 asks for
                new(Cypher.ListAccounts),
                Statement.Of(Cypher.Lock, ("id", id)),
                Statement.Of(Cypher.Probe, ("id", id)),
                Statement.Of(Cypher.AccountState, ("id", id), ("staleMs", 30_000L)),
                Statement.Of(Cypher.DeleteSomeNodes, ("accountId", "acc-none"), ("limit", 2_000L)),
                new(Cypher.CountAccounts),
            ];
            foreach (var s in reads) await ProfileAsync(transport, http, s, people, write: false);
            var rows = Neo4jWrites.Plan(map.Account with { Version = 2 },
                [new PutNode(person with { X = 1.5, Version = 2 }), new PutEdge(edge with { Strength = 2, Version = 2 }), new RemoveEdge(map.Edges[0].Id),
                 new PutNode(new Node { Id = "p-profile-new", Kind = NodeKind.Person, Name = "New", Version = 2 }),
                 new PutEdge(new Edge { Id = "e-profile-new", Type = EdgeType.INFLUENCES, From = "p-profile-new", To = person.Id, Strength = 3, Version = 2 })],
                map, map.Nodes.Count + map.Edges.Count, "profile").Statements;
            foreach (var s in rows) await ProfileAsync(transport, http, s, people, write: true);
            // A full batch as a big create sends it (rolled back): the plan must stay one seek per row.
            var persons = map.Nodes.Where(n => n.Kind == NodeKind.Person).ToList();
            var batch = Enumerable.Range(0, Math.Min(1_000, persons.Count)).Select(i => new Dictionary<string, object?>
            {
                ["id"] = $"e-batch-{i}", ["from"] = persons[i].Id, ["to"] = persons[(i * 7 + 1) % persons.Count].Id,
                ["props"] = new Dictionary<string, object?> { ["id"] = $"e-batch-{i}", ["accountId"] = id, ["strength"] = 3L, ["seq"] = 1_000_000L + i },
            }).ToList();
            Console.WriteLine($"| (batch of {batch.Count}) | | | | | |");
            await ProfileAsync(transport, http, Statement.Of(Cypher.CreateEdges[EdgeType.INFLUENCES], ("rows", batch), ("accountId", id)), people, write: true);
            await ProfileAsync(transport, http, Statement.Of(Cypher.UpdateNodes, ("rows", persons.Take(1_000).Select(n => Neo4jRows.Props(id, n with { X = 7.5 })).ToList()), ("accountId", id)), people, write: true);
        }
        if (!keep) foreach (var people in sizes) await store.DeleteAccountAsync($"acc-bench-{people}", default);
    }

    private static async Task ProfileAsync(INeo4jTransport transport, Neo4jHttp http, Statement s, int people, bool write)
    {
        // PROFILE's plan is not part of Neo4jResult: ask the transactional endpoint directly.
        var body = new Dictionary<string, object> { ["statements"] = new[] { new Dictionary<string, object> { ["statement"] = "PROFILE " + s.Text, ["parameters"] = s.Parameters } } };
        var open = await http.SendAsync(HttpMethod.Post, http.Url(BenchNeo4j.TxPath(http)), body, null, TimeSpan.FromMinutes(5), true, default);
        var plan = open.Body.GetProperty("results")[0].GetProperty("plan").GetProperty("root");
        if (open.Location is { } tx) await http.SendAsync(HttpMethod.Delete, http.Url(tx.AbsolutePath), null, null, TimeSpan.FromMinutes(1), false, default);
        var (hits, operators) = (0L, new List<string>());
        Walk(plan, ref hits, operators);
        var times = new List<double>();
        for (var i = 0; i < (write ? 3 : 5); i++)
        {
            var clock = Stopwatch.StartNew();
            await using var t = await transport.BeginAsync(TimeSpan.FromMinutes(5), default);
            await t.RunAsync([s], default);
            times.Add(clock.Elapsed.TotalMilliseconds);
            await t.RollbackAsync(default);
        }
        var name = typeof(Cypher).GetFields().FirstOrDefault(f => f.GetValue(null) is string text && text == s.Text)?.Name
                   ?? s.Text[..Math.Min(50, s.Text.Length)].ReplaceLineEndings(" ");
        Console.WriteLine($"| {name} | {people} | {hits:N0} | {plan.GetProperty("Rows").GetInt64():N0} | {times.Order().ElementAt(times.Count / 2):F1} | {string.Join(" < ", operators)} |");
    }

    private static void Walk(JsonElement op, ref long hits, List<string> operators)
    {
        hits += op.TryGetProperty("DbHits", out var h) ? h.GetInt64() : 0;
        var rows = op.TryGetProperty("Rows", out var r) ? r.GetInt64() : 0;
        operators.Add($"{op.GetProperty("operatorType").GetString()}({rows})");
        foreach (var child in op.GetProperty("children").EnumerateArray()) Walk(child, ref hits, operators);
    }
}

/// <summary>The Neo4j the bench commands use: SALESOPS_TEST_NEO4J_URI and _PASSWORD, as the tests.</summary>
internal static class BenchNeo4j
{
    public static Neo4jSettings Settings() => new()
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("SALESOPS_TEST_NEO4J_URI") is { Length: > 0 } uri ? uri
            : throw new InvalidOperationException("Set SALESOPS_TEST_NEO4J_URI (bash tests/neo4j/start.sh prints it).")),
        User = "neo4j",
        Password = Environment.GetEnvironmentVariable("SALESOPS_TEST_NEO4J_PASSWORD") is { Length: > 0 } p ? p : "salesops-test",
    };

    /// <summary>3.x names its endpoint differently from 4.x and 5.x.</summary>
    public static string TxPath(Neo4jHttp http) => Is3(http) ? "db/data/transaction" : $"db/{http.Settings.Database}/tx";

    private static bool Is3(Neo4jHttp http) =>
        http.SendAsync(HttpMethod.Get, http.Url("/"), null, null, TimeSpan.FromSeconds(10), false, default).GetAwaiter().GetResult().Body.TryGetProperty("data", out _);
}

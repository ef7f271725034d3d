using System.Diagnostics;
using System.Globalization;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Graph.Store.Sqlite;

namespace SalesOps.Benchmarks;

/// <summary>
/// The history on an account of 500 people with 10,000 changes (issue #11):
/// <c>dotnet run -c Release --project bench -- history [iterations] [neo4j]</c>. The account is
/// <see cref="AccountGenerator"/>'s 500-person map, created as a user would, then changed 10,000 times
/// through the store's own change transaction (so the log and its checkpoints are what the app writes):
/// cards moved, stances and titles edited, strengths changed, relationships drawn and removed, people
/// added and deleted, by three authors. Then, each <c>iterations</c> times after a warm-up, as the app's
/// handlers do it: the history page of the latest 100 changes with every sentence in words; the map as
/// of a random version (checkpoint plus the commits after it); the diff of two random versions.
/// Median and 95th percentile of wall time, in ms. With <c>neo4j</c> (and SALESOPS_TEST_NEO4J_URI) the
/// same on Neo4j. <c>--db FILE</c> keeps the SQLite account in that file: a second run only reads.
/// </summary>
internal static class HistoryBench
{
    private const int People = 500;
    private const int Changes = 10_000;
    private static readonly Author[] Authors = [new("u-ana", "Ana Ruiz"), new("u-jordi", "Jordi Puig"), new("u-marta", "Marta Gil")];
    private static readonly DateOnly Today = new(2026, 11, 29);

    public static async Task RunAsync(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var i) ? i : 50;
        var folder = Directory.CreateTempSubdirectory("salesops-history-bench-");
        // --db FILE keeps the SQLite account between runs: a second run only reads (writing takes minutes).
        var kept = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {Load()}, {iterations} iterations\n");
        var sqlite = new SqliteStore(kept ?? Path.Combine(folder.FullName, "history.db"));
        await sqlite.InitializeAsync(default);
        var rows = new List<string>();
        rows.AddRange(await RunOnAsync("SQLite", sqlite, iterations));
        if (args.Contains("neo4j"))
        {
            using var neo4j = new Neo4jStore(BenchNeo4j.Settings() with { RequestTimeout = TimeSpan.FromMinutes(2) });
            await neo4j.InitializeAsync(default);
            rows.AddRange(await RunOnAsync("Neo4j", neo4j, Math.Max(10, iterations / 2)));
        }
        Console.WriteLine("\n| store | operation | median | p95 | target |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var row in rows) Console.WriteLine(row);
        folder.Delete(recursive: true);
    }

    private static async Task<List<string>> RunOnAsync(string name, IGraphStore store, int iterations)
    {
        var log = (IHistoryStore)store;
        var map = AccountGenerator.Generate(People, prefix: $"h{name.ToLowerInvariant()}-", distinct: true);
        var id = map.Account.Id;
        var clock = Stopwatch.StartNew();
        var written = await store.GetMapAsync(id, default) is { Version: > Changes };
        if (!written)
        {
            await store.DeleteAccountAsync(id, default);
            await store.CreateAccountAsync(map, Authors[0].As(ChangeKind.Create), default);
        }
        var random = new Random(11);
        var refused = 0;
        for (var n = 0; n < Changes && !written; n++)
        {
            try { await store.ChangeAsync(id, m => Change(m, random, n), Authors[n % Authors.Length], default); }
            catch (GraphException) { refused++; n--; }
            if ((n + 1) % 1000 == 0) Console.WriteLine($"{name}: {n + 1:N0} changes written ({clock.Elapsed.TotalSeconds:F0} s, {refused} refused by the rules and tried again)");
        }
        var now = (await store.GetMapAsync(id, default))!;
        Console.WriteLine($"{name}: {now.OfKind(NodeKind.Person).Count()} people, {now.Edges.Count} relationships, version {now.Version}; written in {clock.Elapsed.TotalSeconds:F0} s");

        var reader = new HistoryReader(store, log);
        var pick = new Random(5);
        long Version() => 1 + pick.NextInt64(now.Version);
        var page = await TimeAsync(iterations, async () =>
        {
            var p = await reader.PageAsync(id, new HistoryFilter { Limit = 100 }, default);
            var words = p.Entries.Sum(e => HistoryWords.Sentences(e, Today, TemplateWords.Instance).Count);
            if (p.Entries.Count != 100) throw new InvalidOperationException($"a page of 100 changes was expected, not {p.Entries.Count} ({words} sentences)");
        });
        var person = now.OfKind(NodeKind.Person).First().Id;
        var ofPerson = await TimeAsync(iterations, async () =>
            _ = (await reader.PageAsync(id, new HistoryFilter { Limit = 100, ElementId = person }, default)).Entries.Sum(e => HistoryWords.Sentences(e, Today, TemplateWords.Instance).Count));
        var asOf = await TimeAsync(iterations, async () => _ = await reader.AsOfAsync(id, Version(), default));
        var diff = await TimeAsync(iterations, async () => _ = await reader.CompareAsync(id, Version(), Version(), default));
        var today = await TimeAsync(iterations, async () => _ = await store.GetMapAsync(id, default));
        return
        [
            Row(name, "history page: latest 100 changes, in words", page, 200),
            Row(name, "history page: one person's latest 100", ofPerson, 200),
            Row(name, "map as of a random version", asOf, 100),
            Row(name, "diff of two random versions", diff, 150),
            Row(name, "(today's map, for comparison)", today, null),
        ];
    }

    /// <summary>One random change of the kinds people make, decided on the map as it is inside the transaction.</summary>
    private static IReadOnlyList<MapOp> Change(AccountMap m, Random r, int n)
    {
        var people = m.OfKind(NodeKind.Person).ToList();
        var person = people[r.Next(people.Count)];
        var roll = r.Next(100);
        if (roll < 40) return NodeRules.Move(m, person.Id, r.Next(-2000, 2000), r.Next(-1500, 1500));
        if (roll < 65)
            return NodeRules.Update(m, person.Id, r.Next(2) == 0
                ? new NodePatch { Stance = (Stance)r.Next(6) }
                : new NodePatch { Title = $"Title {n}" });
        var edges = m.Edges.Where(e => e.Type is EdgeType.INFLUENCES or EdgeType.TALKS_WITH).ToList();
        if (roll < 75) return EdgeRules.Update(m, edges[r.Next(edges.Count)].Id, new EdgePatch { Strength = 1 + r.Next(5) });
        if (roll < 85) return EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.INFLUENCES, From = person.Id, To = people[r.Next(people.Count)].Id, Strength = 1 + r.Next(5) });
        if (roll < 90) return EdgeRules.Disconnect(m, edges[r.Next(edges.Count)].Id, null);
        if (people.Count < People)
            return NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = $"New Person {n}", Title = "Engineer", Stance = Stance.Unknown, FunctionId = m.FunctionOf(person.Id) });
        // Someone leaves (as many as join: the account stays at 500): a person without reports, so the hierarchy stays whole.
        var leaf = people.FirstOrDefault(p => !m.Edges.Any(e => e.Type == EdgeType.REPORTS_TO && e.To == p.Id) && p.Name.StartsWith("New Person", StringComparison.Ordinal))
            ?? people.First(p => !m.Edges.Any(e => e.Type == EdgeType.REPORTS_TO && e.To == p.Id));
        return NodeRules.Delete(m, leaf.Id, null);
    }

    private static async Task<(double Median, double P95)> TimeAsync(int n, Func<Task> call)
    {
        for (var w = 0; w < 3; w++) await call();
        var times = new List<double>(n);
        for (var k = 0; k < n; k++)
        {
            var t = Stopwatch.GetTimestamp();
            await call();
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    private static string Row(string store, string operation, (double Median, double P95) t, int? target) =>
        string.Create(CultureInfo.InvariantCulture, $"| {store} | {operation} | {t.Median:F1} ms | {t.P95:F1} ms | {(target is { } ms ? $"≤ {ms} ms" : "—")} |");

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

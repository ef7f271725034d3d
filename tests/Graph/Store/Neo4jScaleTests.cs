using System.Diagnostics;
using SalesOps.Benchmarks;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Graph.Transfer;
using SalesOps.Seed;
using SalesOps.Tests.Support;
using Xunit.Abstractions;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// One big account must not take the server down (#17): on the real Neo4j 3.1, a 2,000-person account
/// is imported and read back whole while another client (another store instance, as another app
/// process would be) keeps listing accounts and reading the demo maps.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jScaleTests(Neo4jTestServer server, ITestOutputHelper output) : IDisposable
{
    private readonly Disposables _stores = new();

    [Fact]
    public async Task A_2000_person_import_reads_back_whole_while_the_demo_maps_stay_fast()
    {
        await server.ResetAsync();
        var importer = Track(new Neo4jStore(server.Settings));
        await importer.InitializeAsync(default);
        var today = new DateOnly(2026, 11, 20);
        var demo = DemoData.Generate(42, referenceDate: today);
        foreach (var map in demo) await importer.CreateAccountAsync(map, default);
        // Holding no maps, so every demo read sends its whole map: the harder case for the server.
        var reader = Track(new Neo4jStore(server.Settings with { MapCacheBytes = 0 }));
        await ReadDemoAsync(reader, demo, []); // warm: first requests pay for connections and query plans
        var big = AccountGenerator.Generate(2_000, prefix: "big-", distinct: true);
        var document = ExportDocument.Of([big]);
        var reads = new List<double>();

        var clock = Stopwatch.StartNew();
        var import = Task.Run(() => Importer.ImportAsync(importer, document, replace: false, today, default));
        while (!import.IsCompleted) await ReadDemoAsync(reader, demo, reads);
        await import;
        var imported = clock.Elapsed;
        // Another instance, which holds nothing of it: the whole map travels.
        var whole = Task.Run(() => Track(new Neo4jStore(server.Settings)).GetMapAsync(big.Account.Id, default));
        while (!whole.IsCompleted) await ReadDemoAsync(reader, demo, reads);
        var read = (await whole)!;

        output.WriteLine($"import {imported.TotalSeconds:F1} s, then read {(clock.Elapsed - imported).TotalSeconds:F1} s; " +
                         $"{reads.Count} demo reads meanwhile: median {reads.Order().ElementAt(reads.Count / 2):F0} ms, max {reads.Max():F0} ms");
        Maps.Json(read).ShouldBe(Maps.Json(Stamped(ImportRules.Maps(document, today)[0])));
        read.Nodes.Select(n => n.Id).ShouldBe(big.Nodes.Select(n => n.Id)); // in creation order
        (await reader.ListAccountsAsync(default)).Single(s => s.Account.Id == big.Account.Id).People.ShouldBe(2_000);
        reads.Count.ShouldBeGreaterThan(20);
        // Under 500 ms: every read but a stray one (this 2-core machine runs other suites at the same
        // time), and none near the 15 s the reads waited before batches and a linear map read.
        reads.Order().ElementAt(reads.Count * 95 / 100).ShouldBeLessThan(500);
        reads.Max().ShouldBeLessThan(1_500);
    }

    /// <summary>The account list and every demo map once, each timed.</summary>
    private static async Task ReadDemoAsync(Neo4jStore reader, IReadOnlyList<AccountMap> demo, List<double> times)
    {
        var clock = Stopwatch.StartNew();
        (await reader.ListAccountsAsync(default)).Count.ShouldBeGreaterThanOrEqualTo(demo.Count);
        times.Add(clock.Elapsed.TotalMilliseconds);
        foreach (var map in demo)
        {
            clock.Restart();
            (await reader.GetMapAsync(map.Account.Id, default))!.Nodes.Count.ShouldBe(map.Nodes.Count);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    private static AccountMap Stamped(AccountMap map) => new(
        map.Account with { Version = 1 }, [.. map.Nodes.Select(n => n with { Version = 1 })], [.. map.Edges.Select(e => e with { Version = 1 })]);

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();
}

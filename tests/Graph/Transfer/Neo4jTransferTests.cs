using System.Text;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Transfer;

/// <summary>
/// Moving maps between a real SQLite file and the real Neo4j 3.1 of tests/neo4j/start.sh: the export
/// document and the Cypher script both arrive field for field, byte for byte.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jTransferTests(Neo4jTestServer server) : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly List<Neo4jStore> _stores = [];

    private async Task<IGraphStore> SqliteAsync(string name) => await _dir.NewSqliteStoreAsync(name);

    private async Task<Neo4jStore> EmptyNeo4jAsync()
    {
        await server.ResetAsync();
        return await Neo4jAsync();
    }

    private async Task<Neo4jStore> Neo4jAsync()
    {
        var store = new Neo4jStore(server.Settings);
        _stores.Add(store);
        await store.InitializeAsync(default);
        return store;
    }

    private static string Text(byte[] document) => Encoding.UTF8.GetString(document);

    [Fact]
    public async Task Demo_maps_with_edits_go_from_SQLite_to_Neo4j_and_back_byte_identical()
    {
        var sqlite = await SqliteAsync("source");
        await TransferData.FillAsync(sqlite);
        var exported = await TransferData.ExportAsync(sqlite);
        var neo4j = await EmptyNeo4jAsync();

        var result = await TransferData.ImportAsync(neo4j, exported);
        var fromNeo4j = await TransferData.ExportAsync(neo4j);
        var back = await SqliteAsync("back");
        await TransferData.ImportAsync(back, fromNeo4j);

        result.Imported.Count.ShouldBe(6);
        Text(exported).ShouldContain("\"history\": [");
        Text(exported).ShouldContain("\"type\": \"ANSWERS\"");
        Text(fromNeo4j).ShouldBe(Text(exported));
        fromNeo4j.ShouldBe(exported);
        (await TransferData.ExportAsync(back)).ShouldBe(exported);
    }

    [Fact]
    public async Task On_Neo4j_an_existing_account_is_a_conflict_and_replace_rewrites_it()
    {
        var sqlite = await SqliteAsync("source");
        var id = await TransferData.FillAsync(sqlite);
        var one = await TransferData.ExportAsync(sqlite, id);
        var neo4j = await EmptyNeo4jAsync();
        await TransferData.ImportAsync(neo4j, one);
        await neo4j.ChangeAsync(id, m => NodeRules.Move(m, "p-zoe", 500, 500), default);

        var error = await Should.ThrowAsync<GraphException>(() => TransferData.ImportAsync(neo4j, one));
        var moved = (await neo4j.GetMapAsync(id, default))!;
        var result = await TransferData.ImportAsync(neo4j, one, replace: true);

        error.Error.ShouldBe(GraphError.Conflict);
        (moved.Version, moved.Find("p-zoe")!.X).ShouldBe(((await sqlite.GetMapAsync(id, default))!.Version + 1, 500.0)); // the log came along: one more change
        result.Replaced.ShouldBe([id]);
        (await TransferData.ExportAsync(neo4j, id)).ShouldBe(one);
        (await neo4j.GetMapAsync(id, default))!.Version.ShouldBe((await sqlite.GetMapAsync(id, default))!.Version); // its change log came along
    }

    [Fact]
    public async Task The_Cypher_script_loads_into_Neo4j_and_reads_back_as_the_same_document()
    {
        var sqlite = await SqliteAsync("source");
        var id = await TransferData.FillAsync(sqlite);
        var exported = await TransferData.ExportAsync(sqlite);
        var script = await Exporter.ExportCypherAsync(sqlite, null, default);
        await server.ResetAsync();

        var statements = await RunAsync(script);
        var neo4j = await Neo4jAsync(); // its schema statements run over the loaded data
        var fromNeo4j = await TransferData.ExportAsync(neo4j);
        var change = await neo4j.ChangeAsync(id, m => NodeRules.Move(m, "p-zoe", 1, 2), default);

        statements.ShouldBeGreaterThan(200);
        script.ShouldContain("CREATE (:Node:Meeting {id: 'm-visit', ");
        script.ShouldContain("CREATE (x)-[:ANSWERS {id: 'e-answers', ");
        script.ShouldContain(", history: '[{");
        // The script carries the maps, not their change logs: the maps read back the same.
        TransferData.MapsOnly(fromNeo4j).ShouldBe(TransferData.MapsOnly(exported));
        change.Version.ShouldBe(2); // loaded at version 1, with the seq counter the store continues from
        (await neo4j.GetMapAsync(id, default))!.Nodes.Select(n => n.Id).ShouldBe((await sqlite.GetMapAsync(id, default))!.Nodes.Select(n => n.Id));
    }

    /// <summary>Runs the script statement by statement through the transactional endpoint, as a person loading it would.</summary>
    private async Task<int> RunAsync(string script)
    {
        using var client = new HttpClient();
        var transport = await Neo4jServer.ChooseTransportAsync(new Neo4jHttp(client, server.Settings), default);
        transport.Description.ShouldBe("transactional endpoint");
        var statements = script.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line =>
            {
                line.ShouldEndWith(";");
                return new Statement(line[..^1]);
            })
            .ToList();
        // Each one its own statement; a hundred per request keeps the test quick.
        foreach (var chunk in statements.Chunk(100)) await transport.RunAsync(chunk, TimeSpan.FromSeconds(30), default);
        return statements.Count;
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        _dir.Dispose();
    }
}

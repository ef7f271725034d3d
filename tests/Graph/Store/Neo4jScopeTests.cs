using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// Every statement that writes nodes or edges is scoped to the account it is sent for: given another
/// account's ids (a bug in a rule, a forged row), it finds nothing and changes nothing there.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jScopeTests(Neo4jTestServer server)
{
    public static TheoryData<string> Writes => [nameof(Cypher.UpdateNodes), nameof(Cypher.RemoveNodes), nameof(Cypher.UpdateEdges), nameof(Cypher.RemoveEdges)];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_sent_for_one_account_leaves_another_accounts_elements_alone(string write)
    {
        await server.ResetAsync();
        using var store = new Neo4jStore(server.Settings);
        await store.InitializeAsync(default);
        await store.CreateAccountAsync(Maps.Sample(), default);
        var other = (await store.CreateAccountAsync(TransferData.Renamed(Maps.Sample(), "-o"), default)).Map;
        var node = other.Nodes[0].Id;
        var edge = other.Edges[0];
        Statement statement = write switch
        {
            nameof(Cypher.UpdateNodes) => Statement.Of(Cypher.UpdateNodes, ("accountId", "acc-sample"), ("rows", Rows(("id", node), ("name", "Hijacked")))),
            nameof(Cypher.RemoveNodes) => Statement.Of(Cypher.RemoveNodes, ("accountId", "acc-sample"), ("ids", new[] { node })),
            nameof(Cypher.UpdateEdges) => Statement.Of(Cypher.UpdateEdges, ("accountId", "acc-sample"),
                ("rows", Rows(("id", edge.Id), ("from", edge.From), ("props", new Dictionary<string, object?> { ["strength"] = 1L })))),
            _ => Statement.Of(Cypher.RemoveEdges, ("accountId", "acc-sample"), ("rows", Rows(("id", edge.Id), ("from", edge.From)))),
        };

        using var client = new HttpClient();
        var transport = await Neo4jServer.ChooseTransportAsync(new Neo4jHttp(client, server.Settings), default);
        await transport.RunAsync([statement], TimeSpan.FromSeconds(30), default);

        using var reader = new Neo4jStore(server.Settings);
        Maps.Json((await reader.GetMapAsync("acc-sample-o", default))!).ShouldBe(Maps.Json(other));
        (await server.RunAsync($"MATCH (k:EdgeKey {{id: '{edge.Id}'}}) RETURN count(k) AS keys")).ShouldBe(1);
    }

    private static List<Dictionary<string, object?>> Rows(params (string Key, object? Value)[] values) =>
        [values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal)];
}

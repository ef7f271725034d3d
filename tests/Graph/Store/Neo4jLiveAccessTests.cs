using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The access contract against the Neo4j 5 or Aura named by SALESOPS_NEO4J_URI, skipped without one.
/// Like <see cref="Neo4jLiveTests"/> it wants a scratch database: it refuses to run when users other
/// than the contract's are there, and deletes the contract's users (with their tokens and links).
/// </summary>
[SkipWithout("SALESOPS_NEO4J_URI", "skipped: no Neo4j 5 configured")]
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jLiveAccessTests(LiveNeo4j live) : AccessContract, IDisposable
{
    private const string ForeignUsers = "MATCH (u:User) WHERE NOT u.id IN $ids RETURN u.id AS id LIMIT 5";

    private const string DeleteContractUsers = """
        MATCH (u:User) WHERE u.id IN $ids
        OPTIONAL MATCH (u)-[:HAS_TOKEN|HAS_LINK]->(x)
        DETACH DELETE u, x
        """;

    private readonly List<Neo4jStore> _stores = [];

    protected override async Task<IGraphStore> NewStoreAsync()
    {
        var store = new Neo4jStore(live.Settings);
        _stores.Add(store);
        await store.InitializeAsync(default);
        await live.ResetAsync(store);
        using var client = new HttpClient();
        var transport = await Neo4jServer.ChooseTransportAsync(new Neo4jHttp(client, live.Settings), default);
        var foreign = (await transport.RunAsync([Statement.Of(ForeignUsers, ("ids", ContractUsers))], TimeSpan.FromSeconds(30), default))[0].Rows;
        if (foreign.Count > 0)
        {
            throw new InvalidOperationException(
                $"{live.Settings.Server} holds users the tests did not create ({string.Join(", ", foreign.Select(r => r["id"]))}…). " +
                "Point SALESOPS_NEO4J_URI at an empty scratch database.");
        }
        await transport.RunAsync([Statement.Of(DeleteContractUsers, ("ids", ContractUsers))], TimeSpan.FromSeconds(30), default);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
    }
}

using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The access contract against the real Neo4j 3.1 of tests/neo4j/start.sh, emptied before each test,
/// plus what only the server shows: the uniqueness constraints stand behind the store's own checks.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jAccessTests(Neo4jTestServer server) : AccessContract, IDisposable
{
    private readonly List<Neo4jStore> _stores = [];

    protected override async Task<IGraphStore> NewStoreAsync()
    {
        await server.ResetAsync();
        var store = new Neo4jStore(server.Settings);
        _stores.Add(store);
        await store.InitializeAsync(default);
        return store;
    }

    [Theory]
    [InlineData("CREATE (:User {id: 'u-copy', email: 'maria.vidal@example.com'})")]
    [InlineData("CREATE (:User {id: 'u-copy', email: 'copy@example.com', externalId: 'https://login.example|maria'})")]
    [InlineData("MATCH (u:User {id: 'u-maria'}) CREATE (u)-[:HAS_LINK]->(:OneTimeLink {hash: 'l-1'})")]
    [InlineData("MATCH (u:User {id: 'u-maria'}) CREATE (u)-[:HAS_TOKEN]->(:AccessToken {id: 't-copy', hash: 'h-1'})")]
    public async Task A_duplicate_written_past_the_store_is_refused_by_a_uniqueness_constraint(string cypher)
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        await access.SaveLinkAsync(new OneTimeLink { Hash = "l-1", UserId = "u-maria", ExpiresAt = Now }, default);
        await access.SaveTokenAsync(new AccessToken { Id = "t-1", UserId = "u-maria", Name = "t", Hash = "h-1" }, default);
        using var client = new HttpClient();
        var transport = await Neo4jServer.ChooseTransportAsync(new Neo4jHttp(client, server.Settings), default);

        var error = await Should.ThrowAsync<Neo4jException>(() => transport.RunAsync([new Statement(cypher)], TimeSpan.FromSeconds(30), default));

        error.Code.ShouldBe("Neo.ClientError.Schema.ConstraintValidationFailed");
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
    }
}

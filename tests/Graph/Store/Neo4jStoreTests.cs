using System.Diagnostics;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The contract against a real Neo4j 3.1 over its transactional HTTP endpoint (tests/neo4j/start.sh),
/// emptied before each test, plus what only a real server can show: constraints, credentials, schema.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jStoreTests(Neo4jTestServer server) : StoreContract, IDisposable
{
    private readonly Disposables _stores = new();

    protected override async Task<IGraphStore> NewStoreAsync()
    {
        await server.ResetAsync();
        var store = Track(new Neo4jStore(server.Settings));
        await store.InitializeAsync(default);
        return store;
    }

    [Fact]
    public async Task Initializing_again_keeps_the_schema_and_every_account()
    {
        var first = await NewStoreAsync();
        await first.CreateAccountAsync(Maps.Sample(), default);
        var before = Maps.Json((await first.GetMapAsync("acc-sample", default))!);

        var second = Track(new Neo4jStore(server.Settings));
        await second.InitializeAsync(default); // constraints and index already exist: a no-op

        Maps.Json((await second.GetMapAsync("acc-sample", default))!).ShouldBe(before);
    }

    [Fact]
    public async Task A_node_id_taken_in_another_account_is_a_conflict_from_the_uniqueness_constraint()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        var error = await Should.ThrowAsync<GraphException>(() => store.CreateAccountAsync(Maps.Sample("acc-copy"), default));

        error.Error.ShouldBe(GraphError.Conflict);
        error.Message.ShouldContain("p-");
        (await store.GetMapAsync("acc-copy", default)).ShouldBeNull(); // the transaction rolled back whole
    }

    [Fact]
    public async Task Two_store_instances_changing_one_account_are_serialised_by_the_account_lock()
    {
        // Two instances stand for two app processes: only Neo4j's lock on the account node orders them.
        var first = await NewStoreAsync();
        var second = Track(new Neo4jStore(server.Settings));
        await first.CreateAccountAsync(Maps.Sample(), default);

        var commits = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Counterpart, Name = $"Ours {i}" }), default))));

        commits.Select(c => c.Version).Order().ShouldBe(Enumerable.Range(2, 8).Select(v => (long)v));
        var map = (await second.GetMapAsync("acc-sample", default))!;
        (map.Version, map.OfKind(NodeKind.Counterpart).Count()).ShouldBe((9, 9));
    }

    [Fact]
    public async Task Bad_credentials_are_unavailable_and_say_so()
    {
        // Not the neo4j user: Neo4j locks a user out for a few seconds after failed attempts.
        var store = Track(new Neo4jStore(server.Settings with { User = "nobody", Password = "wrong" }));

        var error = await Should.ThrowAsync<GraphException>(() => store.InitializeAsync(default));

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("bad credentials");
        error.Message.ShouldContain(server.Uri.Authority);
    }

    [Fact]
    public async Task The_health_check_names_version_endpoint_and_account_count()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        var health = await store.CheckHealthAsync(default);

        health.ShouldBe($"Neo4j 3.1.1 at http://{server.Uri.Authority} (transactional endpoint), 1 accounts");
    }

    [Fact]
    public async Task An_unreachable_server_is_unavailable_within_seconds_and_named()
    {
        var store = Track(new Neo4jStore(new Neo4jSettings { Uri = new Uri("http://127.0.0.1:9"), ConnectTimeout = TimeSpan.FromSeconds(2) }));
        var clock = Stopwatch.StartNew();

        var error = await Should.ThrowAsync<GraphException>(() => store.InitializeAsync(default));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("http://127.0.0.1:9");
    }

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();
}

using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// Replacing an account too big for one transaction (here: batches of 3) on the real Neo4j 3.1: the old
/// account's hidden copy is the way back after a failure, a lost answer or a crash past the commit point.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jReplaceTests(Neo4jTestServer server) : IDisposable
{
    private const string Hidden = "MATCH (p) WHERE p:ReplacedPart OR p:Replacement RETURN count(p) AS hidden";
    private readonly Disposables _stores = new();

    [Fact]
    public async Task Replacing_in_batches_writes_the_new_account_and_drops_the_copy_of_the_old_one()
    {
        var store = await server.FreshStoreAsync(_stores, batchSize: 3);
        await store.CreateAccountAsync(Maps.Sample(), default);

        var result = await store.ReplaceAccountAsync(StoreContract.Replacement(), default);

        result.Version.ShouldBe(1);
        Maps.Json((await Reader().GetMapAsync("acc-sample", default))!).ShouldBe(Maps.Json(StoreContract.Stamp(StoreContract.Replacement(), 1)));
        (await server.RunAsync(Hidden)).ShouldBe(0);
        var log = await Reader().ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        log.ShouldHaveSingleItem().Kind.ShouldBe(ChangeKind.Create);
        Maps.Json(MapReplay.Of("acc-sample", null, log)).ShouldBe(Maps.Json(result.Map));
    }

    [Fact]
    public async Task Replacing_in_batches_with_an_imported_history_writes_its_log_and_versions()
    {
        var store = await server.FreshStoreAsync(_stores, batchSize: 3);
        await store.CreateAccountAsync(Maps.Sample(), default);
        var replay = new MapReplay("acc-sample");
        var first = Commit.Whole(StoreContract.Replacement(), 1, Author.Machine.As(ChangeKind.Create), DateTimeOffset.UtcNow.AddDays(-2));
        replay.Apply(first);
        var second = replay.Told(new Commit("acc-sample", 2, Commit.Stamp(NodeRules.Move(replay.ToMap(), "p-new", 3, 3), 2)) { By = Author.Machine, At = DateTimeOffset.UtcNow.AddDays(-1) });

        await store.ReplaceWithHistoryAsync(replay.ToMap(), [first, second], default);

        Maps.Json((await Reader().GetMapAsync("acc-sample", default))!).ShouldBe(Maps.Json(replay.ToMap()));
        (await Reader().ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default)).Select(c => (c.Version, c.At)).ShouldBe([(1, first.At), (2, second.At)]);
        (await server.RunAsync(Hidden)).ShouldBe(0);
    }

    [Fact]
    public async Task A_replace_in_batches_that_fails_past_its_commit_point_puts_the_old_account_back()
    {
        var store = await server.FreshStoreAsync(_stores, batchSize: 3);
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.CreateAccountAsync(TransferData.Renamed(Maps.Sample("acc-other"), "-o"), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 5), new Author("u-ana", "Ana Ruiz"), default);
        var before = Maps.Json((await store.GetMapAsync("acc-sample", default))!);
        var logBefore = Logged(await store.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default));
        var replacement = StoreContract.Replacement();
        replacement = replacement with { Nodes = [.. replacement.Nodes, new Node { Id = "p-luis-o", Kind = NodeKind.Person, Name = "Taken" }] };

        var error = await Should.ThrowAsync<GraphException>(() => store.ReplaceAccountAsync(replacement, default));

        error.Error.ShouldBe(GraphError.Conflict);
        error.Message.ShouldContain("put back");
        Maps.Json((await Reader().GetMapAsync("acc-sample", default))!).ShouldBe(before);
        // Back with its history: versions, authors and times as they were.
        Logged(await Reader().ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default)).ShouldBe(logBefore);
        (await server.RunAsync(Hidden)).ShouldBe(0);
    }

    [Fact]
    public async Task A_replace_whose_commit_point_answer_is_lost_goes_on_and_loses_nothing()
    {
        await server.FreshStoreAsync(_stores, batchSize: 3);
        var lost = false;
        var wire = new Neo4jWire { LoseAnswer = (_, path, body) => !lost && path.EndsWith("/commit", StringComparison.Ordinal) && body!.Contains("CREATE (r:Replacement)", StringComparison.Ordinal) && (lost = true) };
        var flaky = Track(new Neo4jStore(server.Settings with { BatchSize = 3 }, wire));
        await flaky.CreateAccountAsync(Maps.Sample(), default);

        var result = await flaky.ReplaceAccountAsync(StoreContract.Replacement(), default);

        (wire.Lost, result.Version).ShouldBe((1, 1L));
        Maps.Json((await Reader().GetMapAsync("acc-sample", default))!).ShouldBe(Maps.Json(StoreContract.Stamp(StoreContract.Replacement(), 1)));
        (await server.RunAsync(Hidden)).ShouldBe(0);
    }

    [Fact]
    public async Task A_replace_stopped_past_its_commit_point_is_put_back_by_the_next_start()
    {
        await server.FreshStoreAsync(_stores, batchSize: 3);
        var marked = false;
        // After the commit point nothing reaches the server any more: the process is gone, as in a crash.
        var wire = new Neo4jWire
        {
            Refuse = (_, _, _) => marked,
            LoseAnswer = (_, path, body) => path.EndsWith("/commit", StringComparison.Ordinal) && body!.Contains("CREATE (r:Replacement)", StringComparison.Ordinal) && (marked = true) && false,
        };
        var doomed = Track(new Neo4jStore(server.Settings with { BatchSize = 3 }, wire));
        await doomed.CreateAccountAsync(Maps.Sample(), default);
        var before = Maps.Json((await doomed.GetMapAsync("acc-sample", default))!);
        await Should.ThrowAsync<GraphException>(() => doomed.ReplaceAccountAsync(StoreContract.Replacement(), default));
        (await Reader().GetMapAsync("acc-sample", default)).ShouldBeNull(); // hidden while the swap runs

        // A replace that has not moved for twice the write timeout is taken for stopped.
        var next = Track(new Neo4jStore(server.Settings with { WriteTimeout = TimeSpan.FromSeconds(1) }));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await next.InitializeAsync(default);

        Maps.Json((await next.GetMapAsync("acc-sample", default))!).ShouldBe(before);
        var log = await next.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        Maps.Json(MapReplay.Of("acc-sample", null, log)).ShouldBe(before);
        (await server.RunAsync(Hidden)).ShouldBe(0);
    }

    private static List<(long, string, ChangeKind, DateTimeOffset)> Logged(IReadOnlyList<Commit> log) =>
        [.. log.Select(c => (c.Version, c.By!.Name, c.Kind, c.At))];

    private Neo4jStore Reader() => Track(new Neo4jStore(server.Settings));

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();
}

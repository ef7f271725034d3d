using System.Diagnostics;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// What happens when the wire to the real Neo4j 3.1 misbehaves: answers lost after the server did the
/// work, requests that never arrive, a writer that gives up while it waits for a lock — and that no
/// message ever shows a password.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jFaultTests(Neo4jTestServer server) : IDisposable
{
    private readonly Disposables _stores = new();

    private static bool IsCommit(string path) => path.EndsWith("/commit", StringComparison.Ordinal);

    [Fact]
    public async Task A_change_whose_commit_answer_is_lost_is_checked_and_reported_as_saved_once()
    {
        var store = await server.FreshStoreAsync(_stores);
        await store.CreateAccountAsync(Maps.Sample(), default);
        var wire = LoseOnce((_, path, body) => IsCommit(path) && body!.Contains("p-new", StringComparison.Ordinal));
        var flaky = Track(new Neo4jStore(server.Settings, wire));

        var result = await flaky.ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "New", Id = "p-new" }), default);

        wire.Lost.ShouldBe(1);
        result.Version.ShouldBe(2);
        var map = (await store.GetMapAsync("acc-sample", default))!;
        (map.Version, map.Nodes.Count(n => n.Id == "p-new")).ShouldBe((2L, 1));
    }

    [Fact]
    public async Task A_change_whose_commit_never_reached_the_server_says_it_was_not_saved()
    {
        var store = await server.FreshStoreAsync(_stores);
        await store.CreateAccountAsync(Maps.Sample(), default);
        var refused = false;
        var wire = new Neo4jWire { Refuse = (_, path, _) => !refused && IsCommit(path) && (refused = true) };
        var flaky = Track(new Neo4jStore(server.Settings, wire));

        var error = await Should.ThrowAsync<GraphException>(() => flaky.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 7), default));

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("was not saved");
        (await store.GetMapAsync("acc-sample", default))!.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(2_000)] // one transaction
    [InlineData(3)]     // in batches: the answer lost is the one that shows the account
    public async Task A_create_whose_answer_is_lost_is_saved_and_creating_it_again_is_a_conflict_not_a_copy(int batchSize)
    {
        await server.FreshStoreAsync(_stores);
        // The commit that makes the account: the one transaction, or the last of the batches.
        var wire = LoseOnce((_, path, body) => IsCommit(path)
            && (body!.Contains($"\"{Cypher.CreateAccount}\"", StringComparison.Ordinal) || body.Contains("REMOVE a.state", StringComparison.Ordinal)));
        var flaky = Track(new Neo4jStore(server.Settings with { BatchSize = batchSize }, wire));
        await flaky.InitializeAsync(default);

        var created = await flaky.CreateAccountAsync(Maps.Sample(), default);
        var again = await Should.ThrowAsync<GraphException>(() => flaky.CreateAccountAsync(Maps.Sample(), default));

        (wire.Lost, created.Version).ShouldBe((1, 1L));
        again.Error.ShouldBe(GraphError.Conflict);
        (await flaky.ListAccountsAsync(default)).ShouldHaveSingleItem().People.ShouldBe(2);
        Maps.Json((await flaky.GetMapAsync("acc-sample", default))!).ShouldBe(Maps.Json(created.Map));
    }

    [Fact]
    public async Task A_writer_that_gives_up_waiting_for_the_lock_releases_its_transaction_at_once()
    {
        var store = await server.FreshStoreAsync(_stores);
        await store.CreateAccountAsync(Maps.Sample(), default);
        using var client = new HttpClient();
        var transport = await Neo4jServer.ChooseTransportAsync(new Neo4jHttp(client, server.Settings), default);
        var impatient = Track(new Neo4jStore(server.Settings with { WriteTimeout = TimeSpan.FromSeconds(1) }));
        var next = Track(new Neo4jStore(server.Settings with { WriteTimeout = TimeSpan.FromSeconds(10) }));

        await using (var holder = await transport.BeginAsync(TimeSpan.FromSeconds(30), default))
        {
            await holder.RunAsync([Statement.Of(Cypher.Lock, ("id", "acc-sample"))], default);
            var error = await Should.ThrowAsync<GraphException>(() => impatient.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 1, 1), default));
            error.Message.ShouldContain("did not answer");
            await holder.CommitAsync([], default);
        }
        // Had the impatient writer's transaction stayed open, it would now take the lock and keep it
        // until the server's idle timeout (60 s); rolled back, it is gone and the next writer goes first.
        var clock = Stopwatch.StartNew();
        var change = await next.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 2, 2), default);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        change.Version.ShouldBe(2); // the impatient change was never made
    }

    [Fact]
    public async Task A_map_read_that_gives_up_is_stopped_on_the_server_and_releases_the_account_at_once()
    {
        var store = await server.FreshStoreAsync(_stores);
        var big = SalesOps.Benchmarks.AccountGenerator.Generate(2_000, prefix: "slow-", distinct: true);
        await store.CreateAccountAsync(big, default);
        var impatient = Track(new Neo4jStore(server.Settings with { MapTimeout = TimeSpan.FromMilliseconds(50) }));
        var writer = Track(new Neo4jStore(server.Settings with { WriteTimeout = TimeSpan.FromSeconds(10) }));

        // It reads under the account's lock (for a consistent map); 2,000 people take longer than 50 ms.
        var error = await Should.ThrowAsync<GraphException>(() => impatient.GetMapAsync(big.Account.Id, default));
        var clock = Stopwatch.StartNew();
        var change = await writer.ChangeAsync(big.Account.Id, m => NodeRules.Move(m, "slow-p-000001", 5, 5), default);

        // Stopped by whichever limit struck first: ours (no answer in time: rolled back) or the server's
        // (the same limit, sent as max-execution-time, which 3.1 applies once dbms.transaction.timeout is set).
        error.Error.ShouldBe(GraphError.Unavailable);
        new[] { "did not answer", "Transaction timeout", "terminated" }.ShouldContain(m => error.Message.Contains(m, StringComparison.Ordinal));
        // Left running, the read would hold the lock until the server's idle timeout (60 s).
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        change.Version.ShouldBe(2);
    }

    [Fact]
    public async Task Settings_and_errors_never_show_the_password()
    {
        var settings = new Neo4jSettings { Uri = new Uri("http://neo4j:s3cret-in-uri@127.0.0.1:9"), Password = "s3cret-password", ConnectTimeout = TimeSpan.FromSeconds(2) };
        var store = Track(new Neo4jStore(settings));

        var printed = settings.ToString();
        var unreachable = await Should.ThrowAsync<GraphException>(() => store.InitializeAsync(default));
        var badUri = Should.Throw<InvalidOperationException>(() => Neo4jSettings.From("ftp://neo4j:s3cret-in-uri@db.example:7474", null, "x", null, null));

        printed.ShouldNotContain("s3cret");
        printed.ShouldContain("Password = ***");
        printed.ShouldContain("http://***@127.0.0.1:9");
        unreachable.Message.ShouldNotContain("s3cret");
        unreachable.Message.ShouldContain("127.0.0.1:9");
        badUri.Message.ShouldNotContain("s3cret");
        Neo4jSettings.Mask("see http://u:p@h:7474/db and https://x@y").ShouldBe("see http://***@h:7474/db and https://***@y");
    }

    private Neo4jWire LoseOnce(Func<HttpMethod, string, string?, bool> which)
    {
        var lost = false;
        return new Neo4jWire { LoseAnswer = (method, path, body) => !lost && which(method, path, body) && (lost = true) };
    }

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();
}

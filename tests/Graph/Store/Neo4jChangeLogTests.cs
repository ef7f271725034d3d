using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The change log on the real Neo4j 3.1: commits hang unlabelled on their account's (:ChangeLog), because
/// 3.1 writes every label and schema index through Lucene and a labelled commit was most of a move's time.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jChangeLogTests(Neo4jTestServer server) : IDisposable
{
    private const string Labelled = "MATCH (n) WHERE size(labels(n)) > 0 RETURN count(n) AS labelled";

    private readonly Disposables _stores = new();

    [Fact]
    public async Task A_move_writes_no_labelled_node_and_its_commit_is_in_the_history()
    {
        var store = await server.FreshStoreAsync(_stores);
        await store.CreateAccountAsync(Maps.Sample(), default);
        var before = await server.RunAsync(Labelled);

        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default);

        (await server.RunAsync(Labelled)).ShouldBe(before);
        var log = await store.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        log.Select(c => c.Version).ShouldBe([1L, 2L]);
        log[1].Ops.ShouldHaveSingleItem().ShouldBeOfType<PutNode>().Node.X.ShouldBe(7);
    }

    [Fact]
    public async Task Commits_kept_as_labelled_change_nodes_move_onto_the_log_at_start_and_read_as_before()
    {
        var store = await server.FreshStoreAsync(_stores);
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default);
        var expected = Json(await store.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default));
        // The layout before the log: every commit a (:Change) node found by its accountId.
        await server.RunAsync("""
            MATCH (l:ChangeLog {accountId: 'acc-sample'})-[e:ENTRY]->(c) SET c:Change DELETE e
            WITH DISTINCT l DELETE l RETURN count(*) AS logs
            """);
        (await server.RunAsync("MATCH (c:Change) RETURN count(c) AS old")).ShouldBe(2);

        var upgraded = await server.StartedStoreAsync(_stores);

        Json(await upgraded.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default)).ShouldBe(expected);
        (await server.RunAsync("MATCH (c:Change) RETURN count(c) AS old")).ShouldBe(0);
        var moved = await upgraded.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 1, 2), default);
        (await upgraded.ChangesAsync("acc-sample", new ChangeQuery(), default)).Select(c => c.Version).ShouldBe([moved.Version, 2L, 1L]);
    }

    [Fact]
    public async Task Deleting_an_account_takes_its_log_with_it_in_bites_and_leaves_the_other_accounts_log()
    {
        var store = await server.FreshStoreAsync(_stores, batchSize: 2);
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.CreateAccountAsync(TransferData.Renamed(Maps.Sample("acc-other"), "-o"), default);
        for (var i = 0; i < 4; i++) await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", i, i), default);

        (await store.DeleteAccountAsync("acc-sample", default)).ShouldBeTrue();

        (await server.RunAsync("MATCH (n) WHERE n.accountId = 'acc-sample' RETURN count(n) AS left")).ShouldBe(0);
        (await server.RunAsync("MATCH (l:ChangeLog) RETURN count(l) AS logs")).ShouldBe(1);
        (await store.ChangesAsync("acc-other-o", new ChangeQuery(), default)).Count.ShouldBe(1);
    }

    private static string Json(IReadOnlyList<Commit> commits) => string.Join('\n', commits.Select(c => $"{c.Version} {c.At:O} {c.By} {c.Ops.Count}"));

    public void Dispose() => _stores.Dispose();
}

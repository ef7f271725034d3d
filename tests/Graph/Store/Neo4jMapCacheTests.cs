using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// Maps held by a store instance answer reads with one probe while the account is unchanged, and never
/// hide a change made elsewhere: two store instances stand for two app processes on one real Neo4j.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jMapCacheTests(Neo4jTestServer server) : IDisposable
{
    private readonly Disposables _stores = new();

    [Fact]
    public async Task An_unchanged_map_is_read_with_one_probe_and_changes_from_elsewhere_are_read_as_changes()
    {
        await server.ResetAsync();
        var wire = new Neo4jWire();
        var here = Track(new Neo4jStore(server.Settings, wire));
        var elsewhere = Track(new Neo4jStore(server.Settings));
        await here.InitializeAsync(default);
        await elsewhere.CreateAccountAsync(Maps.Sample(), default);

        var first = (await here.GetMapAsync("acc-sample", default))!;
        var sentBefore = wire.Recorded.Count;
        var second = (await here.GetMapAsync("acc-sample", default))!;
        var sentForSecond = wire.Recorded.Skip(sentBefore).Select(r => r.Statement).ToList();
        await elsewhere.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 40, 50), default);
        await elsewhere.ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "Zoe", Id = "a-zoe" }), default);
        await elsewhere.ChangeAsync("acc-sample", m => EdgeRules.Disconnect(m, "e-reports", null), default);
        await elsewhere.ChangeAsync("acc-sample", m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "c-ana", To = "a-zoe", Id = "a-talks" }), default);
        sentBefore = wire.Recorded.Count;
        var third = (await here.GetMapAsync("acc-sample", default))!;
        var sentForThird = wire.Recorded.Skip(sentBefore).Select(r => r.Statement).ToList();

        second.ShouldBeSameAs(first);
        sentForSecond.ShouldBe([Cypher.Probe]);
        sentForThird.ShouldContain(Cypher.ReadChanges);
        sentForThird.ShouldNotContain(Cypher.ReadMap);
        (third.Version, third.Find("p-luis")!.X).ShouldBe((5L, 40.0));
        Maps.Json(third).ShouldBe(Maps.Json((await Track(new Neo4jStore(server.Settings)).GetMapAsync("acc-sample", default))!));
        third.Nodes.Select(n => n.Id).ShouldBe(["f-purchasing", "p-maria", "p-luis", "c-ana", "a-zoe"]);
        third.Edges.Select(e => e.Id).ShouldBe(["e-works", "e-influences", "e-talks", "a-talks"]);
    }

    [Fact]
    public async Task An_account_deleted_and_created_again_elsewhere_at_the_same_version_is_not_mistaken_for_the_held_one()
    {
        await server.ResetAsync();
        var here = Track(new Neo4jStore(server.Settings));
        var elsewhere = Track(new Neo4jStore(server.Settings));
        await here.InitializeAsync(default);
        await here.CreateAccountAsync(Maps.Sample(), default);
        (await here.GetMapAsync("acc-sample", default))!.Account.Name.ShouldBe("Vidal Packaging S.A.");

        await elsewhere.DeleteAccountAsync("acc-sample", default);
        var gone = await here.GetMapAsync("acc-sample", default);
        await elsewhere.CreateAccountAsync(Maps.Sample() with { Account = Maps.Sample().Account with { Name = "Vidal Again" } }, default);
        var again = (await here.GetMapAsync("acc-sample", default))!;
        var change = await here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "c-ana", 1, 1), default);

        gone.ShouldBeNull();
        (again.Version, again.Account.Name).ShouldBe((1L, "Vidal Again"));
        (change.Version, change.Map.Account.Name).ShouldBe((2L, "Vidal Again"));
    }

    [Fact]
    public async Task A_change_made_here_is_held_so_the_next_change_and_read_send_no_map()
    {
        await server.ResetAsync();
        var wire = new Neo4jWire();
        var here = Track(new Neo4jStore(server.Settings, wire));
        await here.InitializeAsync(default);
        await here.CreateAccountAsync(Maps.Sample(), default);
        var sentBefore = wire.Recorded.Count;

        await here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 1, 2), default);
        await here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 3, 4), default);
        var map = (await here.GetMapAsync("acc-sample", default))!;

        wire.Recorded.Skip(sentBefore).ShouldNotContain(r => r.Statement == Cypher.ReadMap);
        (map.Version, map.Find("p-luis")!.X, map.Find("p-maria")!.Y).ShouldBe((3L, 1.0, 4.0));
        Maps.Json(map).ShouldBe(Maps.Json((await Track(new Neo4jStore(server.Settings)).GetMapAsync("acc-sample", default))!));
    }

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();
}

using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>A replace is a delete and a create in one unit, for the change log too: the old log goes, the new account's log leads to its map.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task After_a_replace_the_history_holds_only_the_new_accounts_creation_and_replays_to_its_map()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), Ana, default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 5), Jordi, default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Delete(m, "p-luis", null), Jordi, default);

        var replaced = await store.ReplaceAccountAsync(Replacement(), Ana.As(ChangeKind.Import), default);
        var moved = await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-new", 1, 1), Jordi, default);

        var changes = await log.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        changes.Select(c => (c.Version, c.By!.Name, c.Kind)).ShouldBe([(1, "Ana Ruiz", ChangeKind.Import), (2, "Jordi Puig", ChangeKind.Edit)]);
        changes[0].At.ShouldBe(replaced.Commit.At);
        changes[0].IsWhole.ShouldBeTrue();
        var today = Maps.Json((await store.GetMapAsync("acc-sample", default))!);
        Maps.Json(MapReplay.Of("acc-sample", null, changes)).ShouldBe(today);
        Maps.Json(moved.Map).ShouldBe(today);
        var reader = new HistoryReader(store, log);
        Maps.Json(await reader.AsOfAsync("acc-sample", 1, default)).ShouldBe(Maps.Json(Stamp(Replacement(), 1)));
        (await reader.PageAsync("acc-sample", new HistoryFilter(), default)).Entries.Count.ShouldBe(2);
        (await log.CheckpointAsync("acc-sample", long.MaxValue, default))?.Version.ShouldBe(1);
    }

    [StoreFact]
    public async Task A_replace_without_an_author_writes_the_creation_as_the_machine_as_a_create_does()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), Ana, default);

        await store.ReplaceAccountAsync(Replacement(), default);

        var created = (await log.ChangesAsync("acc-sample", new ChangeQuery(), default)).ShouldHaveSingleItem();
        (created.Version, created.Kind, created.By!.UserId).ShouldBe((1, ChangeKind.Create, null));
        Maps.Json(MapReplay.Of("acc-sample", null, [created])).ShouldBe(Maps.Json((await store.GetMapAsync("acc-sample", default))!));
    }

    [StoreFact]
    public async Task A_replace_with_an_imported_history_keeps_its_versions_and_log_in_place_of_the_old_ones()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), Ana, default);
        for (var i = 0; i < 4; i++) await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", i, i), Jordi, default);
        var replay = new MapReplay("acc-sample");
        var first = Commit.Whole(Replacement(), 1, Ana.As(ChangeKind.Create), DateTimeOffset.UtcNow.AddDays(-3));
        replay.Apply(first);
        var second = replay.Told(new Commit("acc-sample", 2, Commit.Stamp(NodeRules.Move(replay.ToMap(), "p-new", 7, 7), 2)) { By = Jordi, At = DateTimeOffset.UtcNow.AddDays(-2) });
        var map = replay.ToMap();

        await log.ReplaceWithHistoryAsync(map, [first, second], default);

        Maps.Json((await store.GetMapAsync("acc-sample", default))!).ShouldBe(Maps.Json(map));
        var changes = await log.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        changes.Select(c => (c.Version, c.By!.Name, c.At)).ShouldBe([(1, "Ana Ruiz", first.At), (2, "Jordi Puig", second.At)]);
        Maps.Json(MapReplay.Of("acc-sample", null, changes)).ShouldBe(Maps.Json(map));
        (await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 1, 1), default)).Version.ShouldBe(3);
    }

    [StoreFact]
    public async Task A_replace_that_fails_leaves_the_old_accounts_history_as_it_was()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), Ana, default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 5), Jordi, default);
        await store.CreateAccountAsync(TransferData.Renamed(Maps.Sample("acc-other"), "-o"), default);
        var before = await log.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        var replacement = Replacement();
        replacement = replacement with { Nodes = [.. replacement.Nodes, new Node { Id = "p-luis-o", Kind = NodeKind.Person, Name = "Taken" }] };

        await Should.ThrowAsync<GraphException>(() => store.ReplaceAccountAsync(replacement, Ana, default));

        var after = await log.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        after.Select(c => (c.Version, c.By!.Name, c.Kind, c.At)).ShouldBe(before.Select(c => (c.Version, c.By!.Name, c.Kind, c.At)));
        Maps.Json(MapReplay.Of("acc-sample", null, after)).ShouldBe(Maps.Json((await store.GetMapAsync("acc-sample", default))!));
    }
}

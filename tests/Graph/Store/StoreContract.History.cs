using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

// The change log, checkpoints and visits, the same on every store (issue #11).
public abstract partial class StoreContract
{
    private static readonly Author Ana = new("u-ana", "Ana Ruiz");
    private static readonly Author Jordi = new("u-jordi", "Jordi Puig");

    private async Task<(IGraphStore Maps, IHistoryStore Log)> LoggedStoreAsync()
    {
        var store = await NewStoreAsync();
        return (store, (IHistoryStore)store);
    }

    [StoreFact]
    public async Task Every_commit_is_kept_with_its_author_time_version_and_ops_newest_first()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), Ana, default);
        var moved = await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 6), Jordi, default);

        var changes = await log.ChangesAsync("acc-sample", new ChangeQuery(), default);

        changes.Select(c => (c.Version, c.By!.Name, c.Kind)).ShouldBe([(2, "Jordi Puig", ChangeKind.Edit), (1, "Ana Ruiz", ChangeKind.Create)]);
        changes[0].By!.UserId.ShouldBe("u-jordi");
        changes[0].At.ShouldBe(moved.Commit.At);
        changes[0].Ops.ShouldHaveSingleItem().ShouldBeOfType<PutNode>().Node.ShouldSatisfyAllConditions(n => n.X.ShouldBe(5), n => n.Version.ShouldBe(2));
        changes[1].Ops.Count.ShouldBe(1 + 4 + 4);
        MapReplay.Of("acc-sample", null, changes.Reverse()).ShouldSatisfyAllConditions(m => Maps.Json(m).ShouldBe(Maps.Json((store.GetMapAsync("acc-sample", default).Result)!)));
    }

    [StoreFact]
    public async Task A_delete_keeps_the_person_and_the_relationships_that_went_with_them_as_they_were()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Delete(m, "p-luis", null), Ana, default);

        var delete = (await log.ChangesAsync("acc-sample", new ChangeQuery { Limit = 1 }, default)).Single();

        delete.Before.Nodes.ShouldHaveSingleItem().ShouldSatisfyAllConditions(n => n.Name.ShouldBe("Luis Gómez"), n => n.Version.ShouldBe(1));
        delete.Before.Edges.Select(e => e.Id).ShouldBe(["e-works", "e-reports", "e-influences", "e-talks"], ignoreOrder: true);
        delete.Names.ShouldContainKeyAndValue("p-maria", "María Vidal");
        delete.Names.ShouldContainKeyAndValue("c-ana", "Ana Ruiz");
    }

    [StoreFact]
    public async Task The_log_is_filtered_by_user_element_time_and_versions()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Update(m, "p-maria", new NodePatch { Title = "CEO" }), Ana, default);
        await store.ChangeAsync("acc-sample", m => EdgeRules.Update(m, "e-talks", new EdgePatch { Strength = 5 }), Jordi, default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "c-ana", 1, 1), Ana, default);

        async Task<long[]> Versions(ChangeQuery q) => [.. (await log.ChangesAsync("acc-sample", q, default)).Select(c => c.Version)];

        (await Versions(new ChangeQuery { UserId = "u-ana" })).ShouldBe([4, 2]);
        (await Versions(new ChangeQuery { NotUserId = "u-ana" })).ShouldBe([3, 1]);
        (await Versions(new ChangeQuery { ElementId = "p-maria" })).ShouldBe([2]);
        (await Versions(new ChangeQuery { ElementId = "p-luis" })).ShouldBe([3]); // the relationship c-ana → p-luis
        (await Versions(new ChangeQuery { ElementId = "e-talks" })).ShouldBe([3]);
        (await Versions(new ChangeQuery { After = 1, UpTo = 3, Oldest = true })).ShouldBe([2, 3]);
        (await Versions(new ChangeQuery { Limit = 2 })).ShouldBe([4, 3]);
        (await Versions(new ChangeQuery { Until = DateTimeOffset.UtcNow.AddDays(1), Since = DateTimeOffset.UtcNow.AddDays(-1) })).Length.ShouldBe(4);
        (await Versions(new ChangeQuery { Until = DateTimeOffset.UtcNow.AddDays(-1) })).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Every_hundredth_version_leaves_a_checkpoint_and_the_map_as_of_any_version_comes_from_it()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        var saved = new Dictionary<long, string>();
        for (var i = 0; i < 130; i++)
        {
            var r = await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, i % 2 == 0 ? "p-luis" : "c-ana", i, -i), default);
            saved[r.Version] = Maps.Json(r.Map);
        }
        var reader = new HistoryReader(store, log);

        var checkpoint = await log.CheckpointAsync("acc-sample", 120, default);

        checkpoint.ShouldNotBeNull().Version.ShouldBe(100);
        Maps.Json(checkpoint.Map).ShouldBe(saved[100]);
        Maps.Json(await reader.AsOfAsync("acc-sample", 117, default)).ShouldBe(saved[117]);
        Maps.Json(await reader.AsOfAsync("acc-sample", 42, default)).ShouldBe(saved[42]);
        (await log.CheckpointAsync("acc-sample", 99, default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task A_checkpoint_is_kept_only_for_the_commit_it_was_computed_from()
    {
        var (store, log) = await LoggedStoreAsync();
        var created = await store.CreateAccountAsync(Maps.Sample(), default);

        await log.SaveCheckpointAsync(new MapCheckpoint(created.Map, created.Commit.At.AddSeconds(-5)), default);
        var stale = await log.CheckpointAsync("acc-sample", 1, default);
        await log.SaveCheckpointAsync(new MapCheckpoint(created.Map, created.Commit.At), default);
        await log.SaveCheckpointAsync(new MapCheckpoint(created.Map, created.Commit.At), default);

        stale.ShouldBeNull();
        (await log.CheckpointAsync("acc-sample", 1, default)).ShouldNotBeNull().Version.ShouldBe(1);
    }

    [StoreFact]
    public async Task An_account_written_with_its_history_replays_to_its_map_and_a_taken_id_is_a_conflict()
    {
        var (store, log) = await LoggedStoreAsync();
        var replay = new MapReplay("acc-sample");
        var first = Commit.Whole(Maps.Sample(), 1, Ana.As(ChangeKind.Create), DateTimeOffset.UtcNow.AddDays(-3));
        replay.Apply(first);
        var second = replay.Told(new Commit("acc-sample", 2, Commit.Stamp(NodeRules.Delete(replay.ToMap(), "p-luis", null), 2)) { By = Jordi, At = DateTimeOffset.UtcNow.AddDays(-2) });
        var map = replay.ToMap();

        await log.CreateWithHistoryAsync(map, [first, second], default);
        var error = await Should.ThrowAsync<GraphException>(() => log.CreateWithHistoryAsync(map, [first, second], default));

        error.Error.ShouldBe(GraphError.Conflict);
        Maps.Json((await store.GetMapAsync("acc-sample", default))!).ShouldBe(Maps.Json(map));
        var changes = await log.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        changes.Select(c => (c.Version, c.By!.Name, c.At)).ShouldBe([(1, "Ana Ruiz", first.At), (2, "Jordi Puig", second.At)]);
        changes[1].Before.Nodes.ShouldHaveSingleItem().Id.ShouldBe("p-luis");
        var next = await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 1, 1), default);
        next.Version.ShouldBe(3);
    }

    [StoreFact]
    public async Task Retention_squashes_older_commits_into_a_base_and_the_history_starts_there()
    {
        var (store, log) = await LoggedStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        for (var i = 0; i < 4; i++) await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", i, i), default);
        var reader = new HistoryReader(store, log);
        var at3 = Maps.Json(await reader.AsOfAsync("acc-sample", 3, default));
        var cutoff = (await log.ChangesAsync("acc-sample", new ChangeQuery { UpTo = 4, Limit = 1 }, default))[0].At.AddTicks(-1);

        var squashed = await reader.SquashBeforeAsync("acc-sample", cutoff, default);
        var again = await reader.SquashBeforeAsync("acc-sample", cutoff, default);

        (squashed, again).ShouldBe((true, false));
        var changes = await log.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        changes.Select(c => (c.Version, c.Kind)).ShouldBe([(3, ChangeKind.Base), (4, ChangeKind.Edit), (5, ChangeKind.Edit)]);
        Maps.Json(await reader.AsOfAsync("acc-sample", 3, default)).ShouldBe(at3);
        Maps.Json(MapReplay.Of("acc-sample", null, changes)).ShouldBe(Maps.Json((await store.GetMapAsync("acc-sample", default))!));
        (await Should.ThrowAsync<GraphException>(() => reader.AsOfAsync("acc-sample", 2, default))).Message.ShouldContain("starts at version 3");
    }

    [StoreFact]
    public async Task Visits_are_kept_per_user_and_account_and_go_with_the_account_as_does_the_log()
    {
        var (store, log) = await LoggedStoreAsync();
        var access = (SalesOps.Graph.Access.IAccessStore)store;
        await access.SaveUserAsync(new SalesOps.Graph.Access.User { Id = "u-ana", Email = "ana@example.com", Name = "Ana Ruiz" }, default);
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.CreateAccountAsync(new AccountMap(new Account { Id = "acc-b", Name = "Bare AG" }, [], []), default);
        var monday = new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero);

        await log.SaveVisitAsync(new Visit("u-ana", "acc-sample", monday, 1), default);
        await log.SaveVisitAsync(new Visit("u-ana", "acc-sample", monday.AddHours(1), 3), default);
        await log.SaveVisitAsync(new Visit("u-ana", "acc-b", monday, 1), default);
        var visits = await log.VisitsAsync("u-ana", default);
        await store.DeleteAccountAsync("acc-sample", default);

        visits.ShouldBe([new Visit("u-ana", "acc-b", monday, 1), new Visit("u-ana", "acc-sample", monday.AddHours(1), 3)]);
        (await log.VisitsAsync("u-ana", default)).Select(v => v.AccountId).ShouldBe(["acc-b"]);
        (await log.ChangesAsync("acc-sample", new ChangeQuery(), default)).ShouldBeEmpty();
        await store.CreateAccountAsync(Maps.Sample(), default);
        (await log.ChangesAsync("acc-sample", new ChangeQuery(), default)).Select(c => c.Version).ShouldBe([1]);
    }
}

using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// What every store adapter must do. Each adapter's test class derives from this and supplies a
/// fresh, empty, initialised store of its kind; the same tests then run against each engine.
/// [StoreFact] lets a derived class skip them all when its engine is not configured.
/// </summary>
public abstract partial class StoreContract
{
    protected abstract Task<IGraphStore> NewStoreAsync();

    [StoreFact]
    public async Task A_created_account_reads_back_field_for_field_at_version_1()
    {
        var store = await NewStoreAsync();
        var commit = await store.CreateAccountAsync(Maps.Sample(), default);

        var map = await store.GetMapAsync("acc-sample", default);

        commit.Version.ShouldBe(1);
        map.ShouldNotBeNull();
        Maps.Json(map).ShouldBe(Maps.Json(Stamp(Maps.Sample(), 1)));
    }

    [StoreFact]
    public async Task Every_change_increments_the_version_and_stamps_what_it_wrote()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        var first = await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 100, 200), default);
        var second = await store.ChangeAsync("acc-sample", m => EdgeRules.Update(m, "e-talks", new EdgePatch { Strength = 5 }), default);

        (first.Version, second.Version).ShouldBe((2, 3));
        var map = (await store.GetMapAsync("acc-sample", default))!;
        map.Version.ShouldBe(3);
        map.Find("p-luis")!.ShouldSatisfyAllConditions(n => n.X.ShouldBe(100), n => n.Version.ShouldBe(2));
        map.FindEdge("e-talks")!.ShouldSatisfyAllConditions(e => e.Strength.ShouldBe(5), e => e.Version.ShouldBe(3));
        map.Find("p-maria")!.Version.ShouldBe(1);
    }

    [StoreFact]
    public async Task A_refused_rule_writes_nothing()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        var before = Maps.Json((await store.GetMapAsync("acc-sample", default))!);

        var error = await Should.ThrowAsync<GraphException>(() => store.ChangeAsync("acc-sample",
            m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.REPORTS_TO, From = "p-maria", To = "p-luis" }), default));

        error.Error.ShouldBe(GraphError.Invalid);
        Maps.Json((await store.GetMapAsync("acc-sample", default))!).ShouldBe(before);
    }

    [StoreFact]
    public async Task A_change_based_on_an_old_version_of_the_element_is_a_conflict_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Update(m, "p-maria", new NodePatch { Title = "CEO", BaseVersion = 1 }), default);

        var error = await Should.ThrowAsync<GraphException>(() => store.ChangeAsync("acc-sample",
            m => NodeRules.Update(m, "p-maria", new NodePatch { Title = "COO", BaseVersion = 1 }), default));

        error.Error.ShouldBe(GraphError.Conflict);
        error.Current.ShouldBeOfType<Node>().Title.ShouldBe("CEO");
        var map = (await store.GetMapAsync("acc-sample", default))!;
        (map.Version, map.Find("p-maria")!.Title).ShouldBe((2, "CEO"));
    }

    [StoreFact]
    public async Task Deleting_a_node_deletes_its_edges_and_counts_them()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        var commit = (await store.ChangeAsync("acc-sample", m => NodeRules.Delete(m, "p-luis", null), default)).Commit;

        commit.Count<RemoveEdge>().ShouldBe(4);
        var map = (await store.GetMapAsync("acc-sample", default))!;
        map.Find("p-luis").ShouldBeNull();
        map.Edges.ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Changing_an_unknown_account_is_not_found()
    {
        var store = await NewStoreAsync();

        var error = await Should.ThrowAsync<GraphException>(() => store.ChangeAsync("acc-nope", m => NodeRules.Move(m, "x", 1, 1), default));

        error.Error.ShouldBe(GraphError.NotFound);
        (await store.GetMapAsync("acc-nope", default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task Creating_an_account_with_a_taken_id_is_a_conflict()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        (await Should.ThrowAsync<GraphException>(() => store.CreateAccountAsync(Maps.Sample(), default))).Error.ShouldBe(GraphError.Conflict);
    }

    [StoreFact]
    public async Task Accounts_are_listed_by_name_with_people_and_counterpart_counts()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample("acc-b"), default);
        await store.CreateAccountAsync(new AccountMap(new Account { Id = "acc-a", Name = "Acme Automation AG" }, [], []), default);

        var list = await store.ListAccountsAsync(default);

        list.Select(s => (s.Account.Id, s.People, s.Counterparts)).ShouldBe([("acc-a", 0, 0), ("acc-b", 2, 1)]);
    }

    [StoreFact]
    public async Task Deleting_an_account_removes_it_with_its_map()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        (await store.DeleteAccountAsync("acc-sample", default)).ShouldBeTrue();
        (await store.DeleteAccountAsync("acc-sample", default)).ShouldBeFalse();
        (await store.GetMapAsync("acc-sample", default)).ShouldBeNull();
        await store.CreateAccountAsync(Maps.Sample(), default); // ids are free again: nothing was left behind
    }

    [StoreFact]
    public async Task Concurrent_changes_to_one_account_are_serialised_without_losing_any()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        var commits = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            Task.Run(() => store.ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = $"Person {i}" }), default))));

        commits.Select(c => c.Version).Order().ShouldBe(Enumerable.Range(2, 12).Select(v => (long)v));
        var map = (await store.GetMapAsync("acc-sample", default))!;
        (map.Version, map.OfKind(NodeKind.Person).Count()).ShouldBe((13, 14));
    }

    [StoreFact]
    public async Task Nodes_and_edges_read_back_in_the_order_they_were_created()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "Zoe", Id = "a-first-by-name" }), default);
        await store.ChangeAsync("acc-sample", m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "c-ana", To = "a-first-by-name", Id = "a-edge" }), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "f-purchasing", 5, 5), default); // an update keeps its place

        var map = (await store.GetMapAsync("acc-sample", default))!;

        map.Nodes.Select(n => n.Id).ShouldBe(["f-purchasing", "p-maria", "p-luis", "c-ana", "a-first-by-name"]);
        map.Edges.Select(e => e.Id).ShouldBe(["e-works", "e-reports", "e-influences", "e-talks", "a-edge"]);
    }

    [StoreFact]
    public async Task The_health_check_describes_the_store()
    {
        var store = await NewStoreAsync();

        (await store.CheckHealthAsync(default)).ShouldContain(store.Name, Case.Insensitive);
    }

    [StoreFact]
    public async Task A_node_id_taken_by_another_account_is_a_conflict_and_leaves_that_account_alone()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample("acc-first"), default);
        var before = Maps.Json((await store.GetMapAsync("acc-first", default))!);
        var thief = Maps.Sample("acc-second") is var m ? m with { Nodes = [m.Nodes[1]], Edges = [] } : null!;

        (await Should.ThrowAsync<GraphException>(() => store.CreateAccountAsync(thief, default))).Error.ShouldBe(GraphError.Conflict);

        Maps.Json((await store.GetMapAsync("acc-first", default))!).ShouldBe(before);
    }

    [StoreFact]
    public async Task A_new_account_with_an_edge_id_another_account_holds_is_a_conflict_and_is_not_created()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample("acc-first"), default);
        var first = Maps.Json((await store.GetMapAsync("acc-first", default))!);
        Node[] people = [new() { Id = "p-second-eva", Kind = NodeKind.Person, Name = "Eva" }, new() { Id = "p-second-jon", Kind = NodeKind.Person, Name = "Jon" }];
        var second = new AccountMap(new Account { Id = "acc-second", Name = "Second" }, people,
            [new Edge { Id = "e-influences", Type = EdgeType.INFLUENCES, From = "p-second-eva", To = "p-second-jon", Strength = 2 }]);

        (await Should.ThrowAsync<GraphException>(() => store.CreateAccountAsync(second, default))).Error.ShouldBe(GraphError.Conflict);

        (await store.GetMapAsync("acc-second", default)).ShouldBeNull();
        Maps.Json((await store.GetMapAsync("acc-first", default))!).ShouldBe(first);
        // Nothing of the refused account stayed behind: its node ids are free.
        await store.CreateAccountAsync(second with { Edges = [] }, default);
        (await store.GetMapAsync("acc-second", default))!.Nodes.Count.ShouldBe(2);
    }

    [StoreFact]
    public async Task An_edge_id_taken_by_another_account_is_a_conflict_and_writes_nothing()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample("acc-first"), default);
        var first = Maps.Json((await store.GetMapAsync("acc-first", default))!);
        await store.CreateAccountAsync(new AccountMap(new Account { Id = "acc-second", Name = "Second" }, [], []), default);
        await store.ChangeAsync("acc-second", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "Eva", Id = "p-second-eva" }), default);
        await store.ChangeAsync("acc-second", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "Jon", Id = "p-second-jon" }), default);
        var second = Maps.Json((await store.GetMapAsync("acc-second", default))!);

        // The rules see only acc-second, where "e-influences" is free; the store knows it is acc-first's.
        var error = await Should.ThrowAsync<GraphException>(() => store.ChangeAsync("acc-second",
            m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.INFLUENCES, From = "p-second-eva", To = "p-second-jon", Strength = 2, Id = "e-influences" }), default));

        error.Error.ShouldBe(GraphError.Conflict);
        Maps.Json((await store.GetMapAsync("acc-second", default))!).ShouldBe(second);
        Maps.Json((await store.GetMapAsync("acc-first", default))!).ShouldBe(first);
        // Once acc-first gives the id up, it is free for anyone.
        await store.ChangeAsync("acc-first", m => EdgeRules.Disconnect(m, "e-influences", null), default);
        await store.ChangeAsync("acc-second",
            m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.INFLUENCES, From = "p-second-eva", To = "p-second-jon", Strength = 2, Id = "e-influences" }), default);
        (await store.GetMapAsync("acc-second", default))!.FindEdge("e-influences")!.From.ShouldBe("p-second-eva");
    }

    [StoreFact]
    public async Task Reach_gives_the_same_answer_on_the_stored_map()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        var answer = SalesOps.Graph.Reach.ReachEngine.Find((await store.GetMapAsync("acc-sample", default))!, new(), Words.Text);

        var path = answer.Paths.ShouldHaveSingleItem();
        path.Nodes.ShouldBe(["c-ana", "p-luis", "p-maria"]);
        path.Edges.ShouldBe(["e-talks", "e-influences"]);
        path.Strength.ShouldBe(0.8 * 0.8, 1e-12);
    }

    [StoreFact]
    public async Task An_account_plan_reads_back_field_for_field()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.SamplePlan(), default);

        var map = (await store.GetMapAsync("acc-plan", default))!;

        Maps.Json(map).ShouldBe(Maps.Json(Stamp(Maps.SamplePlan(), 1)));
        map.Account.History.Count.ShouldBe(2);
        map.Find("a-pilot")!.Documents.Select(d => d.Title).ShouldBe(["Reference case — Müller AG", "Rollback runbook"]);
        map.FindEdge("e-answers")!.Result.ShouldBe(ArgumentResult.PartlyConvinced);
    }

    [StoreFact]
    public async Task A_profile_link_is_stored_read_back_and_cleared()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);

        await store.ChangeAsync("acc-sample", m => NodeRules.Update(m, "p-luis", new NodePatch { LinkedIn = "https://www.linkedin.com/in/luis-gomez" }), default);
        var set = (await store.GetMapAsync("acc-sample", default))!.Find("p-luis")!;
        await store.ChangeAsync("acc-sample", m => NodeRules.Update(m, "p-luis", new NodePatch { LinkedIn = "" }), default);
        var cleared = (await store.GetMapAsync("acc-sample", default))!.Find("p-luis")!;

        (set.LinkedIn, set.Phone).ShouldBe(("https://www.linkedin.com/in/luis-gomez", "+34 600 000 000"));
        cleared.LinkedIn.ShouldBeNull();
    }

    [StoreFact]
    public async Task Changes_to_an_account_plan_are_stored_and_read_back()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.SamplePlan(), default);
        var day = new DateOnly(2026, 11, 20);

        await store.ChangeAsync("acc-plan", m => NodeRules.Update(m, "m-kickoff", new NodePatch { Held = true, Outcome = "Agreed on a pilot „Bremen“ ✅", NextSteps = "", Documents = [new("Minutes", "https://example.com/minutes")] }), default);
        await store.ChangeAsync("acc-plan", m => EdgeRules.Update(m, "e-answers", new EdgePatch { Result = ArgumentResult.Convinced, Date = day }), default);
        await store.ChangeAsync("acc-plan", m => AccountRules.Update(m, new AccountPatch { Position = SupplierPosition.Preferred, ShareOfWallet = 30, AsOf = day }), default);
        await store.ChangeAsync("acc-plan", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Meeting, Name = "Pilot review", Date = new DateOnly(2026, 12, 1), Method = MeetingMethod.Video, Id = "m-review" }), default);
        await store.ChangeAsync("acc-plan", m => EdgeRules.Connect(m, new EdgeDraft { Type = EdgeType.ATTENDED, From = "p-eva", To = "m-review", Id = "e-eva-attended" }), default);
        await store.ChangeAsync("acc-plan", m => EdgeRules.Update(m, "e-eva-influences", new EdgePatch { Strength = 5 }), default); // no details: none appear

        var map = (await store.GetMapAsync("acc-plan", default))!;

        var sample = Maps.SamplePlan();
        var expected = new AccountMap(
            sample.Account with
            {
                Position = SupplierPosition.Preferred, ShareOfWallet = 30, Version = 7,
                History = [.. sample.Account.History, new PositionChange(day, SupplierPosition.Preferred, 30)],
            },
            [
                .. sample.Nodes.Select(n => n.Id == "m-kickoff"
                    ? n with { Held = true, Outcome = "Agreed on a pilot „Bremen“ ✅", NextSteps = null, Documents = [new("Minutes", "https://example.com/minutes")], Version = 2 }
                    : n with { Version = 1 }),
                new Node { Id = "m-review", Kind = NodeKind.Meeting, Name = "Pilot review", Date = new DateOnly(2026, 12, 1), Method = MeetingMethod.Video, Version = 5 },
            ],
            [
                .. sample.Edges.Select(e => e.Id switch
                {
                    "e-answers" => e with { Result = ArgumentResult.Convinced, Date = day, Version = 3 },
                    "e-eva-influences" => e with { Strength = 5, Version = 7 },
                    _ => e with { Version = 1 },
                }),
                new Edge { Id = "e-eva-attended", Type = EdgeType.ATTENDED, From = "p-eva", To = "m-review", Version = 6 },
            ]);
        Maps.Json(map).ShouldBe(Maps.Json(expected));
        map.Nodes.Select(n => n.Id).ShouldBe([.. sample.Nodes.Select(n => n.Id), "m-review"]);
    }

    [StoreFact]
    public async Task A_plan_field_can_be_cleared_again()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.SamplePlan(), default);

        await store.ChangeAsync("acc-plan", m => NodeRules.Update(m, "a-pilot", new NodePatch { Text = "", Topic = "", Documents = [] }), default);

        var pilot = (await store.GetMapAsync("acc-plan", default))!.Find("a-pilot")!;
        (pilot.Text, pilot.Topic, pilot.Documents.Count).ShouldBe((null, null, 0));
    }

    internal static AccountMap Stamp(AccountMap map, long version) => new(
        map.Account with { Version = version },
        [.. map.Nodes.Select(n => n with { Version = version })],
        [.. map.Edges.Select(e => e with { Version = version })]);
}

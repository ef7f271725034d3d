using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Features.Reach;

namespace SalesOps.Tests.Web.Map;

/// <summary>
/// The what-if layer of the map page without a browser: real mediator, store and diagram model. The sample
/// account: Ana talks with Luis (4/5), who influences María, the decision maker (4/5): our way in is 64 %.
/// </summary>
[English]
public sealed class MapSketchTests : MapSessionTest
{
    private async Task<AccountMap> StoredAsync() => (await Store.GetMapAsync("acc-sample", default))!;

    [Fact]
    public async Task A_stance_change_in_a_what_if_moves_reach_on_the_sketch_and_leaves_the_map_alone()
    {
        var session = await SessionAsync();
        var version = session.Map.Version;

        session.Assume(new SketchStance("p-luis", Stance.Detractor)).ShouldBeTrue();

        session.Current.Find("p-luis")!.Stance.ShouldBe(Stance.Detractor);
        session.Map.Find("p-luis")!.Stance.ShouldBe(Stance.Supporter);
        session.View.NodeOf("p-luis")!.WhatIfStance.ShouldBe(Stance.Detractor);
        session.View.NodeOf("p-maria")!.WhatIfStance.ShouldBeNull();
        (await Sender.Send(new FindReach("acc-sample", new ReachQuery(), session.Sketch))).Paths.ShouldBeEmpty();
        (await Sender.Send(new FindReach("acc-sample", new ReachQuery()))).Paths.ShouldHaveSingleItem().Strength.ShouldBe(0.64, 1e-9);
        (await StoredAsync()).Version.ShouldBe(version);

        session.Assume(new SketchStance("p-luis", Stance.Supporter)).ShouldBeTrue();
        session.Sketch!.Stances.ShouldBeEmpty("his own stance is no assumption");
    }

    [Fact]
    public async Task A_hypothetical_relationship_is_drawn_as_a_what_if_has_no_editor_and_goes_with_the_what_if()
    {
        var session = await SessionAsync();

        session.Assume(new SketchTalk("c-ana", "p-maria", 3)).ShouldBeTrue();

        var link = session.View.LinkOf("sketch-1").ShouldNotBeNull();
        (link.WhatIf, link.Data.From, link.Data.To).ShouldBe((true, "c-ana", "p-maria"));
        session.View.LinkOf("e-talks")!.WhatIf.ShouldBeFalse();
        session.EditEdge("sketch-1");
        session.Panel.Kind.ShouldBe(PanelKind.None);
        session.Notice!.Text.ShouldContain("Next moves");

        session.Assume(new SketchTalk("c-ana", "p-luis", 5)).ShouldBeTrue();
        session.View.LinkOf("e-talks")!.WhatIf.ShouldBeTrue("a real relationship at an assumed strength is the what-if's too");
        session.LeaveSketch();

        session.Sketch.ShouldBeNull();
        session.View.LinkOf("sketch-1").ShouldBeNull();
        session.View.LinkOf("e-talks")!.WhatIf.ShouldBeFalse();
        session.Current.ShouldBeSameAs(session.Map);
    }

    [Fact]
    public async Task What_the_rules_refuse_a_what_if_cannot_assume_either()
    {
        var session = await SessionAsync();
        session.StartSketch();

        session.Assume(new SketchTalk("p-luis", "p-maria", 3)).ShouldBeFalse();

        session.Notice!.IsError.ShouldBeTrue();
        session.Sketch!.Talks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Planning_the_what_if_writes_planned_relationships_in_one_change_keeps_stances_out_and_undo_takes_them_back()
    {
        var session = await SessionAsync();
        var version = session.Map.Version;
        session.Assume(new SketchTalk("c-ana", "p-maria", 4));
        session.Assume(new SketchStance("p-maria", Stance.Champion));

        var plan = await session.PlanSketchAsync(default);

        var stored = await StoredAsync();
        stored.Version.ShouldBe(version + 1);
        var planned = stored.FindEdge(plan.Added.ShouldHaveSingleItem())!;
        (planned.From, planned.To, planned.Strength, planned.Status).ShouldBe(("c-ana", "p-maria", (int?)4, (RelationshipStatus?)RelationshipStatus.Planned));
        stored.Find("p-maria")!.Stance.ShouldBe(Stance.Skeptic);
        session.Sketch!.Talks.ShouldBeEmpty();
        session.Sketch.Stances.ShouldBe([new SketchStance("p-maria", Stance.Champion)]);
        var link = session.View.LinkOf(planned.Id).ShouldNotBeNull();
        (link.Dashed, link.WhatIf).ShouldBe((true, false));
        session.Notice!.Text.ShouldContain("Stance changes are not written");

        (await session.UndoAsync(default)).ShouldBeTrue();
        (await StoredAsync()).FindEdge(planned.Id).ShouldBeNull();
    }

    [Fact]
    public async Task A_saved_what_if_opens_as_it_was_saved_and_can_be_deleted()
    {
        var session = await SessionAsync();
        session.Assume(new SketchTalk("c-ana", "p-maria", 2));
        session.Assume(new SketchStance("p-luis", Stance.Champion));
        var sketch = session.Sketch!;

        await session.SaveSketchAsync("  Q3 plan ", default);
        session.LeaveSketch();
        var other = await SessionAsync2();
        await other.OpenSketchAsync("Q3 plan", default);

        other.SketchName.ShouldBe("Q3 plan");
        other.SketchChanged.ShouldBeFalse();
        other.Sketch!.Talks.ShouldBe(sketch.Talks);
        other.Sketch.Stances.ShouldBe(sketch.Stances);
        (await other.SavedSketchesAsync(default)).ShouldHaveSingleItem().SavedByName.ShouldBe("Lukas Weber");
        await other.DeleteSketchAsync("Q3 plan", default);
        (await other.SavedSketchesAsync(default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_change_that_takes_a_person_away_drops_their_part_of_the_what_if_and_says_so()
    {
        var session = await SessionAsync();
        session.Assume(new SketchTalk("c-ana", "p-maria", 3));
        session.Assume(new SketchStance("p-maria", Stance.Neutral));
        session.Assume(new SketchStance("p-luis", Stance.Champion));

        var r = await Store.ChangeAsync("acc-sample", m => NodeRules.Delete(m, "p-maria", null), default);
        session.Receive(r.Commit).ShouldBeTrue();

        session.Sketch!.Talks.ShouldBeEmpty();
        session.Sketch.Stances.ShouldBe([new SketchStance("p-luis", Stance.Champion)]);
        session.View.LinkOf("sketch-1").ShouldBeNull();
        session.Notice!.IsError.ShouldBeTrue();
        session.Notice.Text.ShouldContain("Ana Ruiz → María Vidal");
    }

    private async Task<MapSession> SessionAsync2() => Open((await StoredAsync())!, "v-other");
}

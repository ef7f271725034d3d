using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>Turning a what-if into planned relationships, and laying a what-if over a map that changed since.</summary>
public sealed class SketchPlanTests
{
    /// <summary>Ana talks with Lois (a detractor, 4/5); Chasity has a planned relationship with Lois at 2/5.</summary>
    private static AccountMap Acme() => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz", level: Level.Manager)
        .Counterpart("c-chasity", "Chasity Wilderman", TeamRole.ExecutiveSponsor, Level.Director)
        .Person("p-lois", "Lois Conroy", Stance.Detractor, level: Level.Manager)
        .Person("p-val", "Valentina Schaefer", title: "general manager", level: Level.Director, roles: BuyingRole.DecisionMaker)
        .Talks("c-ana", "p-lois", 4, id: "t1").Influences("p-lois", "p-val", 4, id: "i1")
        .Talks("c-chasity", "p-lois", 2, RelationshipStatus.Planned, id: "plan")
        .Build();

    [Fact]
    public void New_relationships_become_planned_ones_at_the_sketched_strength_and_stances_are_never_written()
    {
        var map = Acme();
        var sketch = new Sketch
        {
            Talks = [new SketchTalk("c-chasity", "p-val", 4), new SketchTalk("c-ana", "p-val", 2)],
            Stances = [new SketchStance("p-lois", Stance.Neutral)],
        };

        var plan = SketchPlan.Of(map, sketch);

        plan.Added.Count.ShouldBe(2);
        var after = map.With(plan.Ops);
        var planned = plan.Added.Select(id => after.FindEdge(id)!).ToList();
        planned.Select(e => (e.Type, e.From, e.To, e.Strength, e.Status)).ShouldBe(
        [
            (EdgeType.TALKS_WITH, "c-chasity", "p-val", (int?)4, (RelationshipStatus?)RelationshipStatus.Planned),
            (EdgeType.TALKS_WITH, "c-ana", "p-val", 2, RelationshipStatus.Planned),
        ]);
        plan.Ops.OfType<PutNode>().ShouldBeEmpty();
        plan.StancesNotWritten.ShouldBe(1);
        after.Find("p-lois")!.Stance.ShouldBe(Stance.Detractor);
        // Planned relationships do not count for reach: the way in is what it was.
        ReachEngine.Find(after, new ReachQuery(), Words.Text).Paths.ShouldBeEmpty();
    }

    [Fact]
    public void A_planned_relationship_takes_the_sketched_strength_and_an_active_one_is_left_as_it_is()
    {
        var map = Acme();
        var sketch = new Sketch { Talks = [new SketchTalk("c-chasity", "p-lois", 5), new SketchTalk("c-ana", "p-lois", 5)] };

        var plan = SketchPlan.Of(map, sketch);

        plan.Added.ShouldBeEmpty();
        plan.AlreadyPlanned.ShouldBe(["plan"]);
        plan.Existing.ShouldBe([new SketchTalk("c-ana", "p-lois", 5)]);
        var after = map.With(plan.Ops);
        (after.FindEdge("plan")!.Strength, after.FindEdge("plan")!.Status).ShouldBe((5, RelationshipStatus.Planned));
        after.FindEdge("t1").ShouldBe(map.FindEdge("t1"));
    }

    [Fact]
    public void A_relationship_the_rules_refuse_is_refused_with_their_words()
    {
        var sketch = new Sketch { Talks = [new SketchTalk("c-ana", "p-nobody", 3)] };

        var refused = Should.Throw<GraphException>(() => SketchPlan.Of(Acme(), sketch));

        refused.Error.ShouldBe(GraphError.Invalid);
        refused.Message.ShouldContain("p-nobody");
    }

    [Fact]
    public void Over_a_map_that_lost_a_person_the_what_if_keeps_the_rest_and_says_what_it_dropped()
    {
        var sketch = new Sketch
        {
            Talks = [new SketchTalk("c-chasity", "p-val", 4), new SketchTalk("c-ana", "p-gone", 3)],
            Stances = [new SketchStance("p-gone", Stance.Champion), new SketchStance("p-lois", Stance.Neutral)],
        };

        var layer = SketchLayer.Over(Acme(), sketch);

        layer.Kept.Talks.ShouldBe([new SketchTalk("c-chasity", "p-val", 4)]);
        layer.Kept.Stances.ShouldBe([new SketchStance("p-lois", Stance.Neutral)]);
        layer.Dropped.Talks.ShouldBe([new SketchTalk("c-ana", "p-gone", 3)]);
        layer.Dropped.Stances.ShouldBe([new SketchStance("p-gone", Stance.Champion)]);
        layer.Map.Version.ShouldBe(Sketch.Version);
        layer.Map.FindEdge("sketch-1")!.To.ShouldBe("p-val");
        layer.Map.Find("p-lois")!.Stance.ShouldBe(Stance.Neutral);
    }

    [Fact]
    public void A_what_if_that_still_applies_is_laid_over_the_map_whole()
    {
        var sketch = new Sketch { Stances = [new SketchStance("p-lois", Stance.Neutral)] };

        var layer = SketchLayer.Over(Acme(), sketch);

        layer.Kept.ShouldBeSameAs(sketch);
        (layer.Dropped.Talks.Count + layer.Dropped.Stances.Count).ShouldBe(0);
        ReachEngine.Find(layer.Map, new ReachQuery(), Words.Text).Paths.ShouldHaveSingleItem().Nodes.ShouldBe(["c-ana", "p-lois", "p-val"]);
    }
}

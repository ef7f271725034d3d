using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

public sealed class SketchTests
{
    /// <summary>Ana's only way to Valentina runs through Lois, a detractor; Chasity talks with nobody yet.</summary>
    private static AccountMap Acme() => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz", level: Level.Manager)
        .Counterpart("c-chasity", "Chasity Wilderman", TeamRole.ExecutiveSponsor, Level.Director)
        .Person("p-lois", "Lois Conroy", Stance.Detractor, level: Level.Manager)
        .Person("p-val", "Valentina Schaefer", title: "general manager", level: Level.Director, roles: BuyingRole.DecisionMaker)
        .Talks("c-ana", "p-lois", 4, id: "t1").Influences("p-lois", "p-val", 4, id: "i1")
        .Talks("c-chasity", "p-lois", 2, RelationshipStatus.Planned, id: "plan")
        .Build();

    [Fact]
    public void A_stance_change_changes_reach_on_the_sketch_only()
    {
        var map = Acme();

        var sketched = new Sketch { Stances = [new SketchStance("p-lois", Stance.Neutral)] }.ApplyTo(map);

        ReachEngine.Find(sketched, new ReachQuery(), Words.Text).Paths.ShouldHaveSingleItem().Nodes.ShouldBe(["c-ana", "p-lois", "p-val"]);
        ReachEngine.Find(map, new ReachQuery(), Words.Text).Paths.ShouldBeEmpty();
        map.Find("p-lois")!.Stance.ShouldBe(Stance.Detractor);
        sketched.Find("p-lois")!.Stance.ShouldBe(Stance.Neutral);
    }

    [Fact]
    public void An_added_relationship_appears_in_the_sketch_and_not_in_the_map()
    {
        var map = Acme();
        var edges = map.Edges.ToArray();

        var sketched = new Sketch { Talks = [new SketchTalk("c-chasity", "p-val", 4)] }.ApplyTo(map);

        var added = sketched.FindEdge("sketch-1").ShouldNotBeNull();
        (added.Type, added.From, added.To, added.Strength, added.Status).ShouldBe((EdgeType.TALKS_WITH, "c-chasity", "p-val", (int?)4, (RelationshipStatus?)RelationshipStatus.Active));
        var path = ReachEngine.Find(sketched, new ReachQuery(), Words.Text).Paths.ShouldHaveSingleItem();
        path.Edges.ShouldBe(["sketch-1"]);
        path.Strength.ShouldBe(0.8, 1e-12);
        map.Edges.ShouldBe(edges);
        map.FindEdge("sketch-1").ShouldBeNull();
    }

    [Fact]
    public void An_existing_relationship_takes_the_sketched_strength_and_a_planned_one_is_taken_up()
    {
        var sketched = new Sketch
        {
            Talks = [new SketchTalk("c-ana", "p-lois", 2), new SketchTalk("c-chasity", "p-lois", 5)],
            Stances = [new SketchStance("p-lois", Stance.Supporter)],
        }.ApplyTo(Acme());

        sketched.Edges.Count.ShouldBe(Acme().Edges.Count);
        sketched.FindEdge("t1")!.Strength.ShouldBe(2);
        (sketched.FindEdge("plan")!.Strength, sketched.FindEdge("plan")!.Status).ShouldBe((5, RelationshipStatus.Active));
        ReachEngine.Find(sketched, new ReachQuery(), Words.Text).Paths[0].Nodes.ShouldBe(["c-chasity", "p-lois", "p-val"]);
    }

    [Fact]
    public void Several_new_relationships_are_numbered_around_ids_already_taken()
    {
        var map = Acme().With(EdgeRules.Connect(Acme(), new EdgeDraft { Type = EdgeType.INFLUENCES, From = "p-val", To = "p-lois", Strength = 1, Id = "sketch-1" }));

        var sketched = new Sketch { Talks = [new SketchTalk("c-chasity", "p-val", 3), new SketchTalk("c-ana", "p-val", 2)] }.ApplyTo(map);

        (sketched.FindEdge("sketch-2")!.From, sketched.FindEdge("sketch-3")!.From).ShouldBe(("c-chasity", "c-ana"));
    }

    [Theory]
    [InlineData("p-lois", "p-val", 3, "type")]
    [InlineData("c-ana", "p-nobody", 3, "to")]
    [InlineData("c-ana", "p-val", 6, "strength")]
    public void A_sketch_can_only_assume_what_could_really_be_done(string from, string to, int strength, string field)
    {
        var error = Should.Throw<GraphException>(() => new Sketch { Talks = [new SketchTalk(from, to, strength)] }.ApplyTo(Acme()));

        error.Field.ShouldBe(field);
    }

    [Fact]
    public void A_stance_belongs_to_one_of_theirs()
    {
        Should.Throw<GraphException>(() => new Sketch { Stances = [new SketchStance("c-ana", Stance.Neutral)] }.ApplyTo(Acme()))
            .Field.ShouldBe("stance");
        Should.Throw<GraphException>(() => new Sketch { Stances = [new SketchStance("p-nobody", Stance.Neutral)] }.ApplyTo(Acme()))
            .Error.ShouldBe(GraphError.NotFound);
    }

    [Fact]
    public void The_cache_never_takes_a_sketch_for_the_real_map_or_the_other_way_round()
    {
        var map = Acme();
        var cache = new ReachGraphCache();
        var real = cache.Get(map);

        var sketched = new Sketch { Stances = [new SketchStance("p-lois", Stance.Neutral)] }.ApplyTo(map);

        sketched.Version.ShouldBe(Sketch.Version);
        ReachEngine.Find(sketched, new ReachQuery(), Words.Text, cache).Paths.ShouldHaveSingleItem();
        ReachEngine.Find(map, new ReachQuery(), Words.Text, cache).Paths.ShouldBeEmpty();
        cache.Count.ShouldBe(1);
        cache.Get(map).ShouldBeSameAs(real);
    }

    [Fact]
    public void Risks_recompute_against_the_sketch()
    {
        var map = Acme();

        var sketched = new Sketch { Talks = [new SketchTalk("c-chasity", "p-val", 3)] }.ApplyTo(map);

        AccountAnalysis.Risks(map, Words.Text, new ReachGraphCache()).ShouldContain(f => f.Kind == FindingKind.UncoveredMember && f.NodeIds[0] == "p-val");
        AccountAnalysis.Risks(sketched, Words.Text, new ReachGraphCache()).ShouldNotContain(f => f.Kind == FindingKind.UncoveredMember && f.NodeIds[0] == "p-val");
    }
}

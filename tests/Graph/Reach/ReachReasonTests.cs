using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

[English]
public sealed class ReachReasonTests
{
    private static MapBuilder Acme() => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz")
        .Person("p-luis", "Luis Gómez", Stance.Supporter)
        .Person("p-maria", "María Vidal", title: "CFO", roles: BuyingRole.DecisionMaker);

    private static string? Reason(AccountMap map, ReachQuery? query = null)
    {
        var answer = ReachEngine.Find(map, query ?? new ReachQuery(), Words.Text);
        answer.Paths.ShouldBeEmpty();
        return answer.Reason;
    }

    private static GraphException Refused(ReachQuery query, GraphError error = GraphError.Invalid)
    {
        var e = Should.Throw<GraphException>(() => ReachEngine.Find(Acme().Talks("c-ana", "p-maria").Build(), query, Words.Text));
        e.Error.ShouldBe(error);
        return e;
    }

    [Fact]
    public void No_decision_maker_marked_is_the_reason()
    {
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz").Person("p-luis", "Luis Gómez").Talks("c-ana", "p-luis").Build();

        Reason(map).ShouldBe("no decision maker is marked in this account");
        Reason(map, new ReachQuery(To: ReachQuery.Signer)).ShouldBe("no signer is marked in this account");
    }

    [Fact]
    public void Unreachable_target_names_who_from_whom_and_the_hop_limit()
    {
        Reason(Acme().Talks("c-ana", "p-luis").Build(), new ReachQuery(From: "c-ana"))
            .ShouldBe("María Vidal is unreachable from Ana Ruiz within 6 hops");
        Reason(Acme().Build()).ShouldBe("María Vidal is unreachable from our people within 6 hops");
    }

    [Fact]
    public void Unreachable_within_the_limit_says_how_many_hops_it_would_take()
    {
        var map = Acme().Talks("c-ana", "p-luis").Influences("p-luis", "p-maria").Build();

        Reason(map, new ReachQuery(MaxHops: 1)).ShouldBe("María Vidal is unreachable from our people within 1 hop; the shortest way takes 2 hops");
    }

    [Fact]
    public void Blocked_by_a_detractor_names_them_and_how_to_see_the_path()
    {
        var map = Acme().Person("p-pedro", "Pedro Díaz", Stance.Detractor)
            .Talks("c-ana", "p-pedro").Influences("p-pedro", "p-maria").Build();

        Reason(map).ShouldBe("blocked: every path to María Vidal passes through a detractor (Pedro Díaz); allow detractors to see it");
    }

    [Fact]
    public void Blocked_by_several_avoided_stances_lists_them_all()
    {
        var map = Acme().Person("p-pedro", "Pedro Díaz", Stance.Detractor).Person("p-sara", "Sara Gil", Stance.Skeptic)
            .Talks("c-ana", "p-pedro").Influences("p-pedro", "p-maria", 4)
            .Talks("c-ana", "p-sara").Influences("p-sara", "p-maria", 2).Build();

        Reason(map, new ReachQuery(Avoid: [Stance.Detractor, Stance.Skeptic])).ShouldBe(
            "blocked: every path to María Vidal passes through a skeptic or a detractor (Pedro Díaz and Sara Gil); allow skeptics and detractors to see it");
    }

    [Fact]
    public void Several_decision_makers_are_named_together()
    {
        var map = Acme().Person("p-ceo", "Carla Ros", roles: BuyingRole.DecisionMaker).Build();

        Reason(map).ShouldBe("the decision makers Carla Ros and María Vidal are unreachable from our people within 6 hops");
    }

    [Fact]
    public void Long_lists_of_decision_makers_are_cut_after_five_names()
    {
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz");
        foreach (var n in new[] { "a", "b", "c", "d", "e", "f", "g" }) map.Person($"p-{n}", n.ToUpperInvariant(), roles: BuyingRole.DecisionMaker);

        Reason(map.Build()).ShouldBe("the decision makers A, B, C, D, E and 2 more are unreachable from our people within 6 hops");
    }

    [Fact]
    public void An_account_without_our_people_says_so()
    {
        var map = new MapBuilder().Person("p-maria", "María Vidal", roles: BuyingRole.DecisionMaker).Build();

        Reason(map).ShouldBe("there is nobody of ours on this account yet");
    }

    [Theory]
    [InlineData(0, 6, "k")]
    [InlineData(11, 6, "k")]
    [InlineData(1, 0, "maxHops")]
    [InlineData(1, 13, "maxHops")]
    public void Out_of_range_options_are_refused(int k, int maxHops, string field) =>
        Refused(new ReachQuery(K: k, MaxHops: maxHops)).Field.ShouldBe(field);

    [Fact]
    public void Unknown_stances_and_edge_types_are_refused()
    {
        Refused(new ReachQuery(Avoid: [(Stance)42])).Field.ShouldBe("avoid");
        Refused(new ReachQuery(EdgeTypes: [EdgeType.TALKS_WITH, EdgeType.WORKS_IN])).Field.ShouldBe("edgeTypes");
        Refused(new ReachQuery(EdgeTypes: [EdgeType.INFLUENCES])).Field.ShouldBe("edgeTypes");
        Should.Throw<GraphException>(() => ReachEngine.ParseStances(["grumpy"])).Field.ShouldBe("avoid");
        Should.Throw<GraphException>(() => ReachEngine.ParseStances(["3"])).Field.ShouldBe("avoid");
        Should.Throw<GraphException>(() => ReachEngine.ParseEdgeTypes(["LIKES"])).Field.ShouldBe("edgeTypes");
    }

    [Fact]
    public void Stance_and_edge_type_names_parse_case_insensitively()
    {
        ReachEngine.ParseStances(["detractor", "Skeptic"]).ShouldBe([Stance.Detractor, Stance.Skeptic]);
        ReachEngine.ParseEdgeTypes(["reports-to", "TALKS_WITH"]).ShouldBe([EdgeType.REPORTS_TO, EdgeType.TALKS_WITH]);
        ReachEngine.ParseMode("shortest").ShouldBe(ReachMode.Shortest);
        ReachEngine.ParseStances(null).ShouldBeNull();
    }

    [Fact]
    public void Bad_from_and_to_ids_are_refused()
    {
        Refused(new ReachQuery(From: "c-nobody"), GraphError.NotFound).Message.ShouldContain("c-nobody");
        Refused(new ReachQuery(From: "p-luis")).Field.ShouldBe("from");
        Refused(new ReachQuery(From: "")).Field.ShouldBe("from");
        Refused(new ReachQuery(To: "p-nobody"), GraphError.NotFound).Message.ShouldContain("p-nobody");
        Refused(new ReachQuery(To: "c-ana")).Field.ShouldBe("to");
    }
}

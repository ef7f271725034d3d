using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

[English]
public sealed class ReachExampleTests
{
    private static MapBuilder Acme() => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz")
        .Function("f-pur", "Purchasing", Involvement.Direct)
        .Person("p-luis", "Luis Gómez", Stance.Supporter)
        .Person("p-maria", "María Vidal", title: "CFO", roles: BuyingRole.DecisionMaker)
        .WorksIn("p-luis", "f-pur");

    private static ReachPath Best(AccountMap map, ReachQuery? query = null) =>
        ReachEngine.Find(map, query ?? new ReachQuery(), Words.Text).Paths.ShouldHaveSingleItem();

    [Fact]
    public void Explanation_reads_hop_by_hop_with_function_stance_roles_and_strength()
    {
        var map = Acme().Talks("c-ana", "p-luis", 4, id: "t1").Influences("p-luis", "p-maria", 3, id: "i1").Build();

        var path = Best(map);

        path.Explanation.ShouldBe(
            "Ana Ruiz (account manager) talks with Luis Gómez (Purchasing, supporter, strength 4/5) → Luis Gómez influences María Vidal (CFO, decision maker, strength 3/5)");
        path.Nodes.ShouldBe(["c-ana", "p-luis", "p-maria"]);
        path.Edges.ShouldBe(["t1", "i1"]);
        path.Hops.ShouldBe(2);
        path.Strength.ShouldBe(0.48, 1e-12);
    }

    [Fact]
    public void Strongest_path_prefers_higher_strength_over_fewer_hops()
    {
        var map = Acme().Talks("c-ana", "p-maria", 1).Talks("c-ana", "p-luis", 5).Influences("p-luis", "p-maria", 5).Build();

        Best(map).Nodes.ShouldBe(["c-ana", "p-luis", "p-maria"]);
    }

    [Fact]
    public void Strongest_path_prefers_fewer_hops_on_equal_strength()
    {
        // 5/5 · 3/5 equals 3/5 exactly: the direct contact wins on hops.
        var map = Acme().Talks("c-ana", "p-luis", 5).Influences("p-luis", "p-maria", 3).Talks("c-ana", "p-maria", 3).Build();

        Best(map).Nodes.ShouldBe(["c-ana", "p-maria"]);
    }

    [Fact]
    public void Equal_strength_and_hops_are_broken_by_node_ids()
    {
        var map = Acme().Person("p-abel", "Abel Soto")
            .Talks("c-ana", "p-luis", 4).Influences("p-luis", "p-maria", 4)
            .Talks("c-ana", "p-abel", 4).Influences("p-abel", "p-maria", 4).Build();

        var paths = ReachEngine.Find(map, new ReachQuery(K: 2), Words.Text).Paths;

        paths.Select(p => p.Nodes[1]).ShouldBe(["p-abel", "p-luis"]);
    }

    [Fact]
    public void Shortest_mode_prefers_fewer_hops_then_higher_strength()
    {
        var map = Acme().Person("p-abel", "Abel Soto")
            .Talks("c-ana", "p-luis", 5).Influences("p-luis", "p-maria", 5)
            .Talks("c-ana", "p-abel", 1).Influences("p-abel", "p-maria", 1)
            .Talks("c-ana", "p-maria", 1).Build();

        var paths = ReachEngine.Find(map, new ReachQuery(Mode: ReachMode.Shortest, K: 3), Words.Text).Paths;

        paths.Select(p => string.Join(" ", p.Nodes)).ShouldBe(["c-ana p-maria", "c-ana p-luis p-maria", "c-ana p-abel p-maria"]);
    }

    [Fact]
    public void Top_k_lists_loop_free_paths_best_first()
    {
        var map = Acme().Person("p-eva", "Eva Ruiz")
            .Talks("c-ana", "p-luis", 5).Talks("c-ana", "p-eva", 4)
            .Influences("p-luis", "p-maria", 4).Influences("p-eva", "p-maria", 4)
            .Influences("p-luis", "p-eva", 5).Influences("p-eva", "p-luis", 5).Build();

        var paths = ReachEngine.Find(map, new ReachQuery(K: 10), Words.Text).Paths;

        paths.Select(p => string.Join(" ", p.Nodes.Skip(1))).ShouldBe(
            ["p-luis p-maria", "p-luis p-eva p-maria", "p-eva p-maria", "p-eva p-luis p-maria"]);
        paths.Select(p => p.Strength).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void From_all_starts_at_whichever_counterpart_has_the_strongest_way_in()
    {
        var map = Acme().Counterpart("c-ben", "Ben Ortiz", TeamRole.SalesEngineer)
            .Talks("c-ana", "p-maria", 2).Talks("c-ben", "p-maria", 4).Build();

        Best(map).Nodes.ShouldBe(["c-ben", "p-maria"]);
        Best(map, new ReachQuery(From: "c-ana")).Nodes.ShouldBe(["c-ana", "p-maria"]);
    }

    [Fact]
    public void Signer_and_a_named_person_can_be_the_target()
    {
        var map = Acme().Person("p-sig", "Sara Gil", roles: BuyingRole.Signer)
            .Talks("c-ana", "p-luis", 4).Influences("p-luis", "p-sig", 2).Build();

        Best(map, new ReachQuery(To: ReachQuery.Signer)).Nodes.ShouldBe(["c-ana", "p-luis", "p-sig"]);
        Best(map, new ReachQuery(To: "p-luis")).Nodes.ShouldBe(["c-ana", "p-luis"]);
    }

    [Fact]
    public void Avoided_stance_blocks_people_on_the_way_but_not_the_target()
    {
        var map = Acme().Person("p-pedro", "Pedro Díaz", Stance.Detractor, roles: BuyingRole.DecisionMaker)
            .Talks("c-ana", "p-pedro", 3).Influences("p-pedro", "p-maria", 5).Build();

        Best(map, new ReachQuery(To: "p-pedro")).Nodes.ShouldBe(["c-ana", "p-pedro"]);
        ReachEngine.Find(map, new ReachQuery(To: "p-maria"), Words.Text).Paths.ShouldBeEmpty();
        Best(map, new ReachQuery(To: "p-maria", Avoid: [])).Nodes.ShouldBe(["c-ana", "p-pedro", "p-maria"]);
    }

    [Fact]
    public void Avoid_takes_the_stances_asked_for()
    {
        var map = Acme().Talks("c-ana", "p-luis", 4).Influences("p-luis", "p-maria", 3).Build();

        ReachEngine.Find(map, new ReachQuery(Avoid: [Stance.Supporter]), Words.Text).Paths.ShouldBeEmpty();
    }

    [Fact]
    public void Paths_stop_at_the_first_target_they_reach()
    {
        var map = Acme().Person("p-ceo", "Carla Ros", roles: BuyingRole.DecisionMaker)
            .Talks("c-ana", "p-maria", 5).Influences("p-maria", "p-ceo", 5).Build();

        ReachEngine.Find(map, new ReachQuery(K: 5), Words.Text).Paths.Select(p => p.Nodes[^1]).ShouldBe(["p-maria"]);
    }

    [Fact]
    public void Planned_conversations_are_not_a_way_in()
    {
        var map = Acme().Talks("c-ana", "p-maria", 5, RelationshipStatus.Planned).Talks("c-ana", "p-luis", 2, RelationshipStatus.Dormant)
            .Influences("p-luis", "p-maria", 2).Build();

        Best(map).Nodes.ShouldBe(["c-ana", "p-luis", "p-maria"]);
    }

    [Fact]
    public void Reporting_lines_are_walked_upwards_with_strength_3_when_unset()
    {
        var map = Acme().Talks("c-ana", "p-luis", 5, id: "t1").ReportsTo("p-luis", "p-maria", id: "r1").Build();

        var path = Best(map);

        path.Edges.ShouldBe(["t1", "r1"]);
        path.Strength.ShouldBe(0.6, 1e-12);
        path.Explanation.ShouldEndWith("→ Luis Gómez reports to María Vidal (CFO, decision maker, strength 3/5)");
    }

    [Fact]
    public void Reporting_lines_are_not_walked_downwards()
    {
        var map = Acme().Talks("c-ana", "p-maria", 5).ReportsTo("p-luis", "p-maria").Build();

        ReachEngine.Find(map, new ReachQuery(To: "p-luis"), Words.Text).Paths.ShouldBeEmpty();
    }

    [Fact]
    public void Dotted_reporting_lines_count_and_say_so()
    {
        var map = Acme().Talks("c-ana", "p-luis", 5).ReportsTo("p-luis", "p-maria", 4, dotted: true).Build();

        Best(map).Explanation.ShouldContain("Luis Gómez reports (dotted line) to María Vidal (CFO, decision maker, strength 4/5)");
    }

    [Fact]
    public void Edge_types_limit_the_hops_a_path_may_take()
    {
        var map = Acme().Talks("c-ana", "p-luis", 5).ReportsTo("p-luis", "p-maria").Build();

        ReachEngine.Find(map, new ReachQuery(EdgeTypes: [EdgeType.TALKS_WITH, EdgeType.INFLUENCES]), Words.Text).Paths.ShouldBeEmpty();
    }

    [Fact]
    public void Hop_limit_keeps_the_strongest_path_that_fits_even_through_a_weaker_start()
    {
        // The strongest way to Luis takes three hops; within two hops only the weak direct contact leaves room for the last hop.
        var map = Acme().Person("p-a", "Ada Paz").Person("p-b", "Bea Paz")
            .Talks("c-ana", "p-a", 5).Influences("p-a", "p-b", 5).Influences("p-b", "p-luis", 5)
            .Talks("c-ana", "p-luis", 1).Influences("p-luis", "p-maria", 5).Build();

        Best(map).Nodes.ShouldBe(["c-ana", "p-a", "p-b", "p-luis", "p-maria"]);
        Best(map, new ReachQuery(MaxHops: 2)).Nodes.ShouldBe(["c-ana", "p-luis", "p-maria"]);
    }

    [Fact]
    public void Parallel_edges_use_the_strongest_one()
    {
        var map = Acme().Talks("c-ana", "p-luis", 5).Influences("p-luis", "p-maria", 2, id: "weak")
            .ReportsTo("p-luis", "p-maria", 4, id: "strong").Build();

        Best(map).Edges[1].ShouldBe("strong");
    }
}

using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

[English]
public sealed class NextMovesExampleTests
{
    /// <summary>Today 48 %: Ana talks with Luis (4), who influences Valentina, the decision maker (3).</summary>
    private static MapBuilder Acme() => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz", level: Level.Manager)
        .Counterpart("c-chasity", "Chasity Wilderman", TeamRole.ExecutiveSponsor, Level.Director)
        .Person("p-luis", "Luis Gómez", Stance.Supporter, level: Level.Manager)
        .Person("p-val", "Valentina Schaefer", title: "general manager", level: Level.Director, roles: BuyingRole.DecisionMaker)
        .Talks("c-ana", "p-luis", 4, id: "t1").Influences("p-luis", "p-val", 3, id: "i1");

    [Fact]
    public void The_best_move_reads_as_one_sentence_with_before_after_and_peer_fit()
    {
        var answer = NextMoves.Find(Acme().Build(), new NextMovesQuery(), Words.Text);

        answer.Baseline.Strength.ShouldBe(0.48, 1e-12);
        answer.Baseline.Path!.Nodes.ShouldBe(["c-ana", "p-luis", "p-val"]);
        var best = answer.Moves[0];
        best.Explanation.ShouldBe(
            "If Chasity Wilderman (director) builds a relationship with Valentina Schaefer (general manager, decision maker) at strength 3, " +
            "our best way in rises from 48 % to 60 %, peer to peer.");
        (best.From, best.To, best.Kind, best.Strength, best.Fit, best.EdgeId).ShouldBe(("c-chasity", "p-val", MoveKind.New, 3, PeerFit.Peer, (string?)null));
        best.Gain.ShouldBe(0.12, 1e-12);
        best.After.Strength.ShouldBe(0.6, 1e-12);
        best.After.Path!.Nodes.ShouldBe(["c-chasity", "p-val"]);
        best.After.Path.Edges.ShouldBe(["sketch-1"]);
        answer.Reason.ShouldBeNull();
    }

    [Fact]
    public void With_two_decision_makers_the_one_our_way_to_is_weaker_is_named_as_nobody_aims_at_it()
    {
        // Ana reaches Valentina at 48 %; Grant decides too, and Luis influences him at 1 (16 %); Marta, also deciding, nobody reaches.
        var map = Acme()
            .Person("p-grant", "Grant Purdy", level: Level.Director, roles: BuyingRole.DecisionMaker)
            .Person("p-marta", "Marta Gil", level: Level.Executive, roles: BuyingRole.DecisionMaker)
            .Influences("p-luis", "p-grant", 1, id: "i2").Build();

        var answer = NextMoves.Find(map, new NextMovesQuery(), Words.Text);

        answer.Baseline.Strength.ShouldBe(0.48, 1e-12);
        answer.Weaker.Select(w => (w.Id, w.Name)).ShouldBe([("p-marta", "Marta Gil"), ("p-grant", "Grant Purdy")]);
        answer.Weaker[0].Strength.ShouldBe(0);
        answer.Weaker[1].Strength.ShouldBe(0.16, 1e-12);
        NextMoves.Find(map, new NextMovesQuery(To: "p-val"), Words.Text).Weaker.ShouldBeEmpty();
        NextMoves.Find(Acme().Build(), new NextMovesQuery(), Words.Text).Weaker.ShouldBeEmpty();
    }

    [Fact]
    public void A_role_held_by_more_people_than_anyone_reads_names_none_of_them()
    {
        var builder = Acme();
        for (var i = 0; i < NextMoves.WeakerUpTo; i++) builder.Person($"p-dm{i}", $"Decider {i}", roles: BuyingRole.DecisionMaker);

        NextMoves.Find(builder.Build(), new NextMovesQuery(), Words.Text).Weaker.ShouldBeEmpty();
        NextMoves.Find(Acme().Person("p-dm", "Decider", roles: BuyingRole.DecisionMaker).Build(), new NextMovesQuery(), Words.Text)
            .Weaker.Select(w => w.Id).ShouldBe(["p-dm"]);
    }

    [Fact]
    public void Equal_gains_go_to_the_better_peer_fit_then_to_fewer_hops()
    {
        // All three reach 60 %: Chasity–Valentina is peer and direct, Ana–Luis (made 5) peer in two hops, Ana–Valentina one level apart.
        var moves = NextMoves.Find(Acme().Build(), new NextMovesQuery(K: 10), Words.Text).Moves;

        moves.Select(m => (m.From, m.To)).ShouldBe([("c-chasity", "p-val"), ("c-ana", "p-luis"), ("c-ana", "p-val")]);
        moves.ShouldAllBe(m => Math.Abs(m.After.Strength - 0.6) < 1e-12);
        moves[1].Explanation.ShouldBe(
            "If Ana Ruiz (manager) deepens the relationship with Luis Gómez (manager, supporter) from strength 4 to 5, our best way in rises from 48 % to 60 %, peer to peer.");
        (moves[1].Kind, moves[1].EdgeId, moves[1].StrengthBefore).ShouldBe((MoveKind.Stronger, "t1", (int?)4));
        moves[1].After.Path!.Edges.ShouldBe(["t1", "i1"]);
        moves[2].Explanation.ShouldEndWith("rises from 48 % to 60 %, one level apart.");
    }

    [Fact]
    public void Only_moves_that_raise_our_best_way_in_are_proposed()
    {
        // Chasity with Luis at 3 would give 0.6 · 0.6 = 36 %, below today's 48 %.
        var moves = NextMoves.Find(Acme().Build(), new NextMovesQuery(K: 50), Words.Text).Moves;

        moves.ShouldNotContain(m => m.From == "c-chasity" && m.To == "p-luis");
        moves.ShouldAllBe(m => m.Gain > 0);
    }

    [Fact]
    public void The_assumed_strength_is_a_parameter_and_existing_relationships_grow_at_least_one_step()
    {
        var moves = NextMoves.Find(Acme().Build(), new NextMovesQuery(K: 10, Strength: 5), Words.Text).Moves;

        moves.Select(m => (m.From, m.To, m.Strength)).ShouldBe([("c-chasity", "p-val", 5), ("c-ana", "p-val", 5), ("c-ana", "p-luis", 5), ("c-chasity", "p-luis", 5)]);
        moves[0].After.Strength.ShouldBe(1.0);
    }

    [Fact]
    public void Without_a_way_in_today_a_move_gains_one()
    {
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz", level: Level.Executive)
            .Person("p-val", "Valentina Schaefer", Stance.Skeptic, "CFO", Level.Executive, roles: BuyingRole.DecisionMaker).Build();

        var answer = NextMoves.Find(map, new NextMovesQuery(), Words.Text);

        answer.Baseline.ShouldBe(WayIn.None);
        answer.Moves.ShouldHaveSingleItem().Explanation.ShouldBe(
            "If Ana Ruiz (executive) builds a relationship with Valentina Schaefer (CFO, skeptic, decision maker) at strength 3, we gain a way in at 60 %, peer to peer.");
    }

    [Fact]
    public void A_named_person_can_be_the_target_and_the_sentence_names_them()
    {
        var moves = NextMoves.Find(Acme().Build(), new NextMovesQuery(To: "p-luis"), Words.Text).Moves;

        moves[0].Explanation.ShouldBe(
            "If Ana Ruiz (manager) deepens the relationship with Luis Gómez (manager, supporter) from strength 4 to 5, our best way to Luis Gómez rises from 80 % to 100 %, peer to peer.");
    }

    [Fact]
    public void A_planned_relationship_is_taken_up_rather_than_duplicated()
    {
        var map = Acme().Talks("c-chasity", "p-val", 5, RelationshipStatus.Planned, id: "plan").Build();

        var best = NextMoves.Find(map, new NextMovesQuery(), Words.Text).Moves[0];

        (best.From, best.To, best.Kind, best.EdgeId, best.Strength).ShouldBe(("c-chasity", "p-val", MoveKind.New, "plan", 3));
        best.Explanation.ShouldStartWith("If Chasity Wilderman (director) takes up the planned relationship with Valentina Schaefer (general manager, decision maker) at strength 3,");
        best.After.Path!.Edges.ShouldBe(["plan"]);
    }

    [Fact]
    public void Moves_through_an_avoided_stance_are_not_proposed_but_a_target_is_never_avoided()
    {
        // Pedro influences Valentina strongly but is a detractor; Valentina is a detractor too, and the one we want to reach.
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz")
            .Person("p-pedro", "Pedro Díaz", Stance.Detractor).Person("p-val", "Valentina Schaefer", Stance.Detractor, roles: BuyingRole.DecisionMaker)
            .Influences("p-pedro", "p-val", 5).Build();

        NextMoves.Find(map, new NextMovesQuery(K: 10), Words.Text).Moves.Select(m => m.To).ShouldBe(["p-val"]);
        NextMoves.Find(map, new NextMovesQuery(K: 10, Strength: 5, Avoid: []), Words.Text).Moves.Select(m => m.To).ShouldBe(["p-val", "p-pedro"]);
    }

    [Fact]
    public void The_hop_limit_counts_the_new_relationship_as_the_first_hop()
    {
        var map = Acme().Person("p-eva", "Eva Paz").Influences("p-eva", "p-luis", 5).Build();

        var moves = NextMoves.Find(map, new NextMovesQuery(K: 10, Strength: 5, MaxHops: 2), Words.Text).Moves;

        moves.ShouldNotContain(m => m.To == "p-eva");
        moves.ShouldAllBe(m => m.After.Path!.Hops <= 2);
        NextMoves.Find(map, new NextMovesQuery(K: 10, Strength: 5, MaxHops: 3), Words.Text).Moves.ShouldContain(m => m.To == "p-eva");
    }

    [Fact]
    public void When_nothing_can_raise_our_way_in_the_reason_says_so()
    {
        var map = Acme().Talks("c-chasity", "p-val", 5).Build();

        var answer = NextMoves.Find(map, new NextMovesQuery(), Words.Text);

        answer.Moves.ShouldBeEmpty();
        answer.Reason.ShouldBe("no single new or stronger relationship of ours would raise our best way in above 100 %");
    }

    [Fact]
    public void Without_a_decision_maker_or_anyone_of_ours_the_reach_engine_reason_is_given()
    {
        var noDecisionMaker = new MapBuilder().Counterpart("c-ana", "Ana Ruiz").Person("p-luis", "Luis Gómez").Build();
        var nobodyOfOurs = new MapBuilder().Person("p-val", "Valentina Schaefer", roles: BuyingRole.DecisionMaker).Build();

        NextMoves.Find(noDecisionMaker, new NextMovesQuery(), Words.Text).Reason.ShouldBe("no decision maker is marked in this account");
        NextMoves.Find(noDecisionMaker, new NextMovesQuery(To: ReachQuery.Signer), Words.Text).Reason.ShouldBe("no signer is marked in this account");
        NextMoves.Find(nobodyOfOurs, new NextMovesQuery(), Words.Text).Reason.ShouldBe("there is nobody of ours on this account yet");
    }

    [Theory]
    [InlineData(0, 3, "p-val", "k")]
    [InlineData(51, 3, "p-val", "k")]
    [InlineData(3, 0, "p-val", "strength")]
    [InlineData(3, 6, "p-val", "strength")]
    [InlineData(3, 3, "c-ana", "to")]
    public void Options_out_of_range_are_refused_naming_the_field(int k, int strength, string to, string field)
    {
        var error = Should.Throw<GraphException>(() => NextMoves.Find(Acme().Build(), new NextMovesQuery(to, k, strength), Words.Text));

        error.Field.ShouldBe(field);
    }

    [Fact]
    public void Top_gives_the_three_best_moves_to_the_decision_makers()
    {
        NextMoves.Top(Acme().Build(), Words.Text).Select(m => (m.From, m.To)).ShouldBe([("c-chasity", "p-val"), ("c-ana", "p-luis"), ("c-ana", "p-val")]);
    }

    [Fact]
    public void Percentages_show_decimals_only_when_whole_ones_would_look_equal()
    {
        var facts = new MoveFacts { Ours = "Ana", Theirs = "Luis", Strength = 3, Before = 0.4761, After = 0.4789, Fit = PeerFit.Unknown };

        NextMoveWords.Sentence(Words.Text, facts).ShouldBe("If Ana builds a relationship with Luis at strength 3, our best way in rises from 47.6 % to 47.9 %.");
    }
}

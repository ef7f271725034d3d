using CsCheck;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Seed;
using Words = SalesOps.Tests.Support.Words;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>A move's prediction against the real thing: the relationship created with the edge rules, reach run again.</summary>
public sealed class NextMovesApplyTests
{
    /// <summary>What an account manager would do: create the relationship (or update the existing one) through the rules.</summary>
    private static AccountMap ForReal(AccountMap map, NextMove move) =>
        map.With(move.EdgeId is null
            ? EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = move.From, To = move.To, Strength = move.Strength })
            : EdgeRules.Update(map, move.EdgeId, new EdgePatch { Strength = move.Strength, Status = RelationshipStatus.Active }));

    private static void ComesTrue(AccountMap map, NextMovesQuery query, NextMove move)
    {
        var real = ReachEngine.Find(ForReal(map, move), query.Reach, Words.Text).Paths.ShouldHaveSingleItem();
        real.Strength.ShouldBe(move.After.Strength, 1e-12);
        real.Nodes.ShouldBe(move.After.Path!.Nodes);
        real.Hops.ShouldBe(move.After.Path.Hops);
        real.Edges.Skip(1).ShouldBe(move.After.Path.Edges.Skip(1));
        real.Explanation.ShouldBe(move.After.Path.Explanation);
        ReachEngine.Find(map.With(NextMoves.Make(map, move)), query.Reach, Words.Text).Paths[0].Strength.ShouldBe(move.After.Strength, 1e-12);
    }

    [Fact]
    public void Applying_the_top_move_for_real_gives_the_predicted_strength_on_random_maps() =>
        NextMovesPropertyTests.Scenarios.Sample(s =>
        {
            var moves = NextMoves.Find(s.Map, s.Query, Words.Text).Moves;
            if (moves.Count > 0) ComesTrue(s.Map, s.Query, moves[0]);
        }, iter: 1500, threads: 1);

    [Fact]
    public void Applying_each_of_the_top_three_moves_on_the_demo_accounts_gives_the_predicted_strength()
    {
        var query = new NextMovesQuery();
        var seen = 0;
        foreach (var map in DemoData.Generate())
        {
            foreach (var move in NextMoves.Find(map, query, Words.Text).Moves)
            {
                ComesTrue(map, query, move);
                seen++;
            }
        }
        seen.ShouldBeGreaterThan(6);
    }

    [Fact]
    public void A_move_as_a_sketch_gives_the_way_in_it_promised()
    {
        foreach (var map in DemoData.Generate(seed: 7, accounts: 3))
        {
            foreach (var move in NextMoves.Top(map, Words.Text))
            {
                var sketched = move.AsSketch().ApplyTo(map);
                ReachEngine.Find(sketched, new ReachQuery(), Words.Text).Paths[0].Strength.ShouldBe(move.After.Strength, 1e-12);
            }
        }
    }
}

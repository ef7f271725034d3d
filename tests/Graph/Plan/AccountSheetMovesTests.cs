using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

[English]
public sealed class AccountSheetMovesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void The_sheet_names_the_three_moves_that_most_improve_our_way_in_in_the_engine_s_words()
    {
        var map = new MapBuilder()
            .Counterpart("c-ana", "Ana Ruiz", level: Level.Manager)
            .Counterpart("c-chasity", "Chasity Wilderman", TeamRole.ExecutiveSponsor, Level.Director)
            .Person("p-lois", "Lois Conroy", Stance.Detractor, level: Level.Manager)
            .Person("p-luis", "Luis Gómez", Stance.Supporter, level: Level.Manager)
            .Person("p-val", "Valentina Schaefer", title: "general manager", level: Level.Director, roles: BuyingRole.DecisionMaker)
            .Talks("c-ana", "p-lois", 4).Influences("p-lois", "p-val", 4).Influences("p-luis", "p-val", 3)
            .Build();

        var moves = AccountSheet.Build(map, Today, Words.Text).Moves;

        var expected = NextMoves.Top(map, Words.Text, 3);
        expected.Count.ShouldBe(3);
        moves.Title.ShouldBe(Words.Text["Sheet.Moves.Title"]);
        moves.Lines.Select(l => l.Text).ShouldBe(expected.Select(m => m.Explanation));
        moves.Lines[0].Label.ShouldBe("Chasity Wilderman → Valentina Schaefer");
        moves.Lines[0].Text.ShouldStartWith("If Chasity Wilderman (director) builds a relationship with Valentina Schaefer (general manager, decision maker) at strength 3");
        moves.Empty.ShouldBeNull();
    }

    [Fact]
    public void Without_anybody_of_ours_the_section_says_why_there_is_no_move()
    {
        var map = new MapBuilder().Person("p-val", "Valentina Schaefer", roles: BuyingRole.DecisionMaker).Build();

        var moves = AccountSheet.Build(map, Today, Words.Text).Moves;

        moves.Lines.ShouldBeEmpty();
        moves.Empty.ShouldBe("There is nobody of ours on this account yet.");
    }

    [Fact]
    public void A_second_decision_maker_our_way_to_is_weaker_gets_a_sentence_under_the_moves()
    {
        // Ana reaches Valentina at 100 %; Grant decides too and only Luis, at 3, leads to him; Marta decides and nobody reaches her.
        var map = new MapBuilder()
            .Counterpart("c-ana", "Ana Ruiz", level: Level.Director)
            .Person("p-val", "Valentina Schaefer", level: Level.Director, roles: BuyingRole.DecisionMaker)
            .Person("p-luis", "Luis Gómez", Stance.Supporter, level: Level.Manager)
            .Person("p-grant", "Grant Purdy", level: Level.Director, roles: BuyingRole.DecisionMaker)
            .Person("p-marta", "Marta Gil", level: Level.Executive, roles: BuyingRole.DecisionMaker)
            .Talks("c-ana", "p-val", 5).Talks("c-ana", "p-luis", 5).Influences("p-luis", "p-grant", 3)
            .Build();

        var moves = AccountSheet.Build(map, Today, Words.Text).Moves;

        moves.Lines.ShouldBeEmpty();
        moves.Empty.ShouldBe("No single new or stronger relationship of ours would raise our best way in above 100 %.");
        moves.Notes.ShouldBe([
            "We have no way to Marta Gil yet (best way in: 100 %); ask for the next moves to Marta Gil on the map.",
            "Our way to Grant Purdy is only 60 % (best way in: 100 %); ask for the next moves to Grant Purdy on the map."]);
    }
}

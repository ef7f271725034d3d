using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

/// <summary>The sheet's summary: which gaps weigh most, and that it names five at most.</summary>
public sealed class KeyGapsTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Node Person(string id, string name, BuyingRole[]? roles = null, Stance? stance = null, Level level = Level.Manager) =>
        new() { Id = id, Kind = NodeKind.Person, Name = name, Roles = roles ?? [], Stance = stance, Level = level, Influence = roles is null ? null : Influence.High };

    private static Node Ours(string id, string name, Level level = Level.Manager) => new() { Id = id, Kind = NodeKind.Counterpart, Name = name, Level = level };

    private static Edge Talks(string from, string to, RelationshipStatus status = RelationshipStatus.Active) =>
        new() { Id = $"t-{from}-{to}", Type = EdgeType.TALKS_WITH, From = from, To = to, Strength = 3, Status = status, CadenceDays = 30, LastContact = Today.AddDays(-5) };

    private static AccountMap Map(IEnumerable<Node> nodes, IEnumerable<Edge> edges) => new(new Account { Id = "acc", Name = "Acc" }, [.. nodes], [.. edges]);

    [Fact]
    public void An_unreached_decision_maker_outranks_a_signer_an_unanswered_skeptic_and_a_dormant_member()
    {
        var dm = Person("dm", "Dana Boss", [BuyingRole.DecisionMaker], Stance.Neutral, Level.Executive);
        var signer = Person("signer", "Sam Signer", [BuyingRole.Signer], Stance.Neutral, Level.Executive);
        var skeptic = Person("skeptic", "Kim Doubt", [BuyingRole.Influencer], Stance.Skeptic);
        var dormant = Person("dormant", "Dora Quiet", [BuyingRole.User], Stance.Supporter);
        var ana = Ours("ana", "Ana Ruiz");
        var influences = new Edge { Id = "i", Type = EdgeType.INFLUENCES, From = "skeptic", To = "dm", Strength = 4 };
        var map = Map([dm, signer, skeptic, dormant, ana], [Talks("ana", "skeptic"), Talks("ana", "dormant", RelationshipStatus.Dormant), influences]);

        var gaps = KeyGaps.Rank(map, Words.Text);

        gaps.Take(4).Select(g => (g.Kind, g.NodeIds[0])).ShouldBe(
        [
            (KeyGapKind.Unreached, "dm"), (KeyGapKind.Unreached, "signer"), (KeyGapKind.Unanswered, "skeptic"), (KeyGapKind.Dormant, "dormant"),
        ]);
        gaps[0].Sentence.ShouldBe("Nobody of ours talks with Dana Boss (executive), decision maker.");
        gaps[2].Sentence.ShouldBe("Kim Doubt (manager), skeptic and close to the decision: we do not know their concern.");
        gaps[3].Sentence.ShouldBe("We reach Dora Quiet (manager) only through dormant relationships (Ana Ruiz).");
        gaps.Skip(4).ShouldAllBe(g => g.Kind == KeyGapKind.Risk);
    }

    [Fact]
    public void What_the_map_lacks_comes_before_everything_else()
    {
        var gaps = KeyGaps.Rank(Map([Person("dm", "Dana Boss", [BuyingRole.DecisionMaker])], []), Words.Text);

        gaps[0].Kind.ShouldBe(KeyGapKind.MissingBasis);
        gaps[0].Sentence.ShouldBe(MapBasis.Sentence(Words.Text, MissingBasis.NoTeam));
        gaps[1].Kind.ShouldBe(KeyGapKind.Unreached);
    }

    [Fact]
    public void A_skeptic_whose_concern_was_answered_convincingly_is_no_gap_and_one_far_from_the_decision_neither()
    {
        var dm = Person("dm", "Dana Boss", [BuyingRole.DecisionMaker], Stance.Champion, Level.Executive);
        var near = Person("near", "Nico Near", [BuyingRole.Influencer], Stance.Detractor);
        var far = Person("far", "Fay Far", [BuyingRole.User], Stance.Skeptic);
        var concern = new Node { Id = "c", Kind = NodeKind.Concern, Name = "Price" };
        var argument = new Node { Id = "a", Kind = NodeKind.Argument, Name = "Total cost" };
        var ana = Ours("ana", "Ana Ruiz", Level.Executive);
        Edge[] edges =
        [
            Talks("ana", "dm"), Talks("ana", "near"), Talks("ana", "far"),
            new() { Id = "i", Type = EdgeType.REPORTS_TO, From = "near", To = "dm" },
            new() { Id = "r", Type = EdgeType.RAISED, From = "near", To = "c" },
            new() { Id = "an", Type = EdgeType.ANSWERS, From = "a", To = "c", Result = ArgumentResult.Convinced },
        ];

        KeyGaps.Rank(Map([dm, near, far, concern, argument, ana], edges), Words.Text).ShouldNotContain(g => g.Kind == KeyGapKind.Unanswered);
    }

    [Fact]
    public void The_sheet_summary_names_the_five_heaviest_and_counts_the_rest()
    {
        var people = Enumerable.Range(1, 8).Select(i => Person($"dm{i}", $"Boss {i}", [BuyingRole.DecisionMaker], Stance.Neutral, Level.Executive)).ToList();
        var map = Map([.. people, Ours("ana", "Ana Ruiz")], []);

        var sheet = AccountSheet.Build(map, Today, Words.Text);

        sheet.Summary.Count.ShouldBe(5);
        sheet.Summary.ShouldAllBe(g => g.Kind == KeyGapKind.Unreached);
        sheet.SummaryOf.ShouldBe(KeyGaps.Rank(map, Words.Text).Count);
        sheet.SummaryOf.ShouldBeGreaterThan(5);
    }
}

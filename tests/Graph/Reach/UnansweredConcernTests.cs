using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

[English]
public sealed class UnansweredConcernTests
{
    private static AccountMap Map(Stance stance, bool answered) => new(
        new Account { Id = "acc", Name = "Acc" },
        [
            new() { Id = "p", Kind = NodeKind.Person, Name = "Luis Gómez", Stance = stance, Roles = [BuyingRole.Purchaser] },
            new() { Id = "k", Kind = NodeKind.Concern, Name = "Thinks our price is 10% above the benchmark", Topic = "Price" },
            new() { Id = "a", Kind = NodeKind.Argument, Name = "Total cost of ownership", Topic = "Price" },
        ],
        [
            new() { Id = "r", Type = EdgeType.RAISED, From = "p", To = "k" },
            .. answered ? new Edge[] { new() { Id = "x", Type = EdgeType.ANSWERS, From = "a", To = "k", Result = ArgumentResult.Pending } } : [],
        ]);

    [Fact]
    public void A_skeptics_unanswered_concern_is_a_finding_that_names_both()
    {
        var f = AccountAnalysis.Risks(Map(Stance.Skeptic, answered: false), Words.Text).Single(x => x.Kind == FindingKind.UnansweredConcern);

        f.Severity.ShouldBe(Severity.Warning);
        f.NodeIds.ShouldBe(["p", "k"]);
        f.Sentence.ShouldContain("Luis Gómez");
        f.Sentence.ShouldContain("price is 10%");
    }

    [Theory]
    [InlineData(Stance.Skeptic, true)]
    [InlineData(Stance.Supporter, false)]
    public void An_answered_concern_or_a_supporters_concern_is_not(Stance stance, bool answered) =>
        AccountAnalysis.Risks(Map(stance, answered), Words.Text).ShouldNotContain(x => x.Kind == FindingKind.UnansweredConcern);

    [Fact]
    public void A_detractors_unanswered_concern_is_critical() =>
        AccountAnalysis.Risks(Map(Stance.Detractor, answered: false), Words.Text).Single(x => x.Kind == FindingKind.UnansweredConcern).Severity.ShouldBe(Severity.Critical);
}

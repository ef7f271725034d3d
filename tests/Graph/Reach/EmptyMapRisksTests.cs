using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>An account with nothing to judge is not an account without risks: what is missing is the first finding.</summary>
[English]
public sealed class EmptyMapRisksTests
{
    private static IEnumerable<(Severity, string)> Kinds(MapBuilder map) =>
        AccountAnalysis.Risks(map.Build(), Words.Text).Select(f => (f.Severity, f.Kind));

    [Fact]
    public void An_empty_map_is_the_one_critical_finding()
    {
        var finding = AccountAnalysis.Risks(new MapBuilder().Build(), Words.Text).ShouldHaveSingleItem();

        (finding.Severity, finding.Kind, finding.NodeIds.Count).ShouldBe((Severity.Critical, "empty-map", 0));
        finding.Sentence.ShouldStartWith("The map is empty");
    }

    [Fact]
    public void People_without_a_buying_center_and_without_anyone_of_ours_are_critical_findings()
    {
        var map = new MapBuilder().Person("p-uma", "Uma Sol", Stance.Neutral).Person("p-tom", "Tom Lee", Stance.Supporter);

        Kinds(map).ShouldBe([(Severity.Critical, "no-buying-center"), (Severity.Critical, "no-team")], ignoreOrder: true);
    }

    [Fact]
    public void A_buying_center_nobody_of_ours_works_with_says_we_have_no_team_on_it()
    {
        var map = new MapBuilder().Person("p-maria", "María Vidal", Stance.Neutral, "CFO", roles: BuyingRole.DecisionMaker);

        Kinds(map).ShouldContain((Severity.Critical, "no-team"));
        Kinds(map).ShouldNotContain((Severity.Critical, "no-buying-center"));
    }

    [Fact]
    public void Our_team_alone_is_a_map_without_the_customer()
    {
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz");

        Kinds(map).ShouldBe([(Severity.Critical, "no-customer-people")]);
    }
}

using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

[English]
public sealed class RisksTests
{
    /// <summary>Two of ours, the CFO covered at peer level and through a champion: nothing to worry about.</summary>
    private static MapBuilder Healthy() => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz", TeamRole.ExecutiveSponsor, Level.Director)
        .Counterpart("c-ben", "Ben Ortiz", TeamRole.AccountManager, Level.Manager)
        .Function("f-fin", "Finance", Involvement.Direct)
        .Person("p-maria", "María Vidal", Stance.Supporter, "CFO", Level.Executive, roles: BuyingRole.DecisionMaker)
        .Person("p-luis", "Luis Gómez", Stance.Champion, "Controller", Level.Manager)
        .WorksIn("p-maria", "f-fin").WorksIn("p-luis", "f-fin")
        .Talks("c-ana", "p-maria", 4).Talks("c-ben", "p-luis", 4).Influences("p-luis", "p-maria", 4);

    private static List<Finding> Risks(MapBuilder map, string kind) =>
        [.. AccountAnalysis.Risks(map.Build(), Words.Text).Where(f => f.Kind == kind)];

    [Fact]
    public void A_healthy_map_only_reports_key_influencers()
    {
        AccountAnalysis.Risks(Healthy().Build(), Words.Text).Select(f => f.Kind).ShouldBe([FindingKind.KeyInfluencers]);
    }

    [Fact]
    public void Buying_center_members_nobody_talks_with_are_uncovered()
    {
        var map = Healthy()
            .Person("p-sara", "Sara Gil", Stance.Neutral, "Head of Legal", roles: BuyingRole.Signer)
            .Person("p-tom", "Tom Lee", Stance.Neutral, influence: Influence.High)
            .Person("p-uma", "Uma Sol", Stance.Neutral)
            .Talks("c-ben", "p-tom", 3, RelationshipStatus.Planned);

        var findings = Risks(map, FindingKind.UncoveredMember);

        findings.Select(f => (f.Severity, f.NodeIds.Single(), f.Sentence)).ShouldBe([
            (Severity.Critical, "p-sara", "Nobody of ours talks with Sara Gil (Head of Legal, signer)."),
            (Severity.Warning, "p-tom", "Nobody of ours talks with Tom Lee. A conversation with Ben Ortiz is only planned."),
        ]);
    }

    [Fact]
    public void Directly_involved_functions_without_a_contact_are_uncovered()
    {
        var map = Healthy().Function("f-it", "IT", Involvement.Direct).Function("f-log", "Logistics")
            .Person("p-tom", "Tom Lee", Stance.Neutral).WorksIn("p-tom", "f-it");

        var finding = Risks(map, FindingKind.UncoveredFunction).ShouldHaveSingleItem();

        finding.NodeIds.ShouldBe(["f-it"]);
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Sentence.ShouldBe("Nobody of ours talks with anyone in IT, which takes part directly in the buying decision.");
    }

    [Fact]
    public void Contacts_two_or_more_levels_apart_are_a_mismatch()
    {
        var map = Healthy().Counterpart("c-kim", "Kim Park", TeamRole.SalesEngineer, Level.Specialist)
            .Talks("c-kim", "p-maria", 2).Talks("c-kim", "p-luis", 2);

        var finding = Risks(map, FindingKind.LevelMismatch).ShouldHaveSingleItem();

        finding.NodeIds.ShouldBe(["c-kim", "p-maria"]);
        finding.Sentence.ShouldBe(
            "Kim Park (specialist) talks with María Vidal (executive): three levels apart; a contact closer to María Vidal's level would carry more weight.");
    }

    [Fact]
    public void Executives_without_an_executive_or_director_contact_lack_a_peer()
    {
        var map = Healthy().Person("p-ceo", "Carla Ros", Stance.Neutral, "CEO", Level.Executive, roles: BuyingRole.Influencer)
            .Talks("c-ben", "p-ceo", 3);

        var finding = Risks(map, FindingKind.NoPeerContact).ShouldHaveSingleItem();

        finding.NodeIds.ShouldBe(["p-ceo"]);
        finding.Sentence.ShouldStartWith("No executive or director of ours talks with Carla Ros (CEO, influencer), an executive");
    }

    [Fact]
    public void All_conversations_through_one_counterpart_is_single_threaded()
    {
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz").Person("p-maria", "María Vidal", Stance.Supporter)
            .Person("p-luis", "Luis Gómez", Stance.Supporter)
            .Talks("c-ana", "p-maria").Talks("c-ana", "p-luis");

        var finding = Risks(map, FindingKind.SingleThreaded).ShouldHaveSingleItem();

        finding.NodeIds.ShouldBe(["c-ana"]);
        finding.Sentence.ShouldBe("Every conversation with this account runs through Ana Ruiz (account manager); if Ana Ruiz is away or leaves, we lose touch.");
    }

    [Fact]
    public void A_decision_maker_behind_one_first_contact_has_a_single_path()
    {
        var map = new MapBuilder()
            .Counterpart("c-ana", "Ana Ruiz").Counterpart("c-ben", "Ben Ortiz")
            .Person("p-maria", "María Vidal", Stance.Supporter, "CFO", roles: BuyingRole.DecisionMaker)
            .Person("p-luis", "Luis Gómez", Stance.Champion).Person("p-eva", "Eva Ruiz", Stance.Supporter)
            .Talks("c-ana", "p-luis").Talks("c-ben", "p-luis").Talks("c-ben", "p-eva")
            .Influences("p-luis", "p-maria").Influences("p-luis", "p-eva");

        var finding = Risks(map, FindingKind.SinglePathToDecisionMaker).ShouldHaveSingleItem();

        finding.NodeIds.ShouldBe(["p-maria", "p-luis"]);
        finding.Sentence.ShouldBe("María Vidal (CFO, decision maker) can only be reached through Luis Gómez; a second way in would make the deal safer.");
        Risks(map.Influences("p-eva", "p-maria"), FindingKind.SinglePathToDecisionMaker).ShouldBeEmpty();
    }

    [Fact]
    public void A_decision_maker_we_only_reach_by_talking_to_them_directly_has_a_single_path()
    {
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz").Counterpart("c-ben", "Ben Ortiz")
            .Person("p-maria", "María Vidal", Stance.Supporter, "CFO", roles: BuyingRole.DecisionMaker)
            .Person("p-luis", "Luis Gómez", Stance.Champion)
            .Talks("c-ana", "p-maria").Talks("c-ben", "p-maria").Talks("c-ben", "p-luis");

        var finding = Risks(map, FindingKind.SinglePathToDecisionMaker).ShouldHaveSingleItem();

        finding.NodeIds.ShouldBe(["p-maria"]);
        finding.Sentence.ShouldBe("We reach María Vidal (CFO, decision maker) only by talking with them directly; nobody else we talk with leads to them.");
    }

    [Fact]
    public void Detractors_and_skeptics_within_two_influence_hops_of_a_decision_maker_are_flagged()
    {
        var map = Healthy()
            .Person("p-pedro", "Pedro Díaz", Stance.Detractor, "Buyer", concerns: "Our prices are too high.")
            .Person("p-sara", "Sara Gil", Stance.Skeptic, "CIO")
            .Influences("p-pedro", "p-luis", 3).Influences("p-sara", "p-maria", 2);

        var findings = Risks(map, FindingKind.DetractorNearDecisionMaker);

        findings.Select(f => (f.Severity, string.Join(" ", f.NodeIds), f.Sentence)).ShouldBe([
            (Severity.Critical, "p-pedro p-luis p-maria",
                "Pedro Díaz (Buyer, detractor) influences María Vidal (CFO, decision maker) through Luis Gómez. Their concerns: Our prices are too high."),
            (Severity.Warning, "p-sara p-maria", "Sara Gil (CIO, skeptic) influences María Vidal (CFO, decision maker) directly."),
        ]);
    }

    [Fact]
    public void Buying_center_members_of_unknown_stance_are_a_gap()
    {
        var map = Healthy().Person("p-sara", "Sara Gil", roles: BuyingRole.Signer).Person("p-tom", "Tom Lee", roles: BuyingRole.User)
            .Talks("c-ana", "p-sara").Talks("c-ben", "p-tom");

        Risks(map, FindingKind.UnknownStance).Select(f => (f.Severity, f.NodeIds.Single(), f.Sentence)).ShouldBe([
            (Severity.Warning, "p-sara", "We do not know where Sara Gil (signer) stands towards us."),
            (Severity.Info, "p-tom", "We do not know where Tom Lee (user) stands towards us."),
        ]);
    }

    [Fact]
    public void Key_influencers_are_ranked_by_their_strongest_path_into_the_decision_maker_then_by_hops()
    {
        var map = Healthy()
            .Person("p-eva", "Eva Ruiz", Stance.Neutral).Person("p-tom", "Tom Lee", Stance.Neutral).Person("p-uma", "Uma Sol", Stance.Neutral)
            .Influences("p-eva", "p-luis", 5).ReportsTo("p-tom", "p-maria").Influences("p-uma", "p-maria", 1);

        var finding = Risks(map, FindingKind.KeyInfluencers).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Info);
        finding.NodeIds.ShouldBe(["p-maria", "p-luis", "p-eva", "p-tom"]);
        finding.Sentence.ShouldBe(
            "Key influencers of María Vidal (CFO, decision maker): Luis Gómez (strength 80%, 1 hop), Eva Ruiz (strength 80%, 2 hops) and Tom Lee (strength 60%, 1 hop).");
    }

    [Fact]
    public void Findings_come_most_severe_first_then_by_kind_and_node_ids()
    {
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz", level: Level.Specialist)
            .Person("p-zoe", "Zoe Paz", roles: BuyingRole.DecisionMaker).Person("p-amy", "Amy Paz", roles: BuyingRole.Signer)
            .Person("p-bob", "Bob Paz", Stance.Neutral, level: Level.Executive, roles: BuyingRole.User).Talks("c-ana", "p-bob");

        var findings = AccountAnalysis.Risks(map.Build(), Words.Text);

        findings.Select(f => $"{f.Severity} {f.Kind} {string.Join(",", f.NodeIds)}").ShouldBe([
            "Critical uncovered-member p-amy",
            "Critical uncovered-member p-zoe",
            "Warning level-mismatch c-ana,p-bob",
            "Warning no-peer-contact p-bob",
            "Warning single-threaded c-ana",
            "Warning unknown-stance p-amy",
            "Warning unknown-stance p-zoe",
        ]);
    }
}

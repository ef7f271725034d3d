using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

public sealed class ContactMatrixTests
{
    private static Node Person(string id, Level? level, params BuyingRole[] roles) =>
        new() { Id = id, Kind = NodeKind.Person, Name = id, Level = level, Roles = roles, Stance = Stance.Neutral, Influence = Influence.Medium };

    private static Node Ours(string id, Level? level, TeamRole role = TeamRole.AccountManager) =>
        new() { Id = id, Kind = NodeKind.Counterpart, Name = id, Level = level, TeamRole = role };

    private static Edge Talks(string from, string to, RelationshipStatus status = RelationshipStatus.Active) =>
        new() { Id = $"e-{from}-{to}", Type = EdgeType.TALKS_WITH, From = from, To = to, Strength = 3, Status = status };

    private static AccountMap Map(IEnumerable<Node> nodes, IEnumerable<Edge>? edges = null) =>
        new(new Account { Id = "acc", Name = "Acc" }, [.. nodes], [.. edges ?? []]);

    [Theory]
    [InlineData(Level.Executive, Level.Executive, PeerFit.Peer)]
    [InlineData(Level.Executive, Level.Director, PeerFit.Acceptable)]
    [InlineData(Level.Specialist, Level.Manager, PeerFit.Acceptable)]
    [InlineData(Level.Executive, Level.Manager, PeerFit.Mismatch)]
    [InlineData(Level.Specialist, Level.Executive, PeerFit.Mismatch)]
    [InlineData(null, Level.Executive, PeerFit.Unknown)]
    public void Peer_fit_counts_level_steps(Level? ours, Level? theirs, PeerFit expected) =>
        ContactMatrix.Fit(ours, theirs).ShouldBe(expected);

    [Fact]
    public void Without_counterparts_there_are_rows_of_nothing_and_no_suggestions()
    {
        var m = ContactMatrix.Build(Map([Person("cfo", Level.Executive, BuyingRole.DecisionMaker)]), Words.Text);

        m.Rows.ShouldBeEmpty();
        m.Columns.Count.ShouldBe(1);
        m.Suggestions.ShouldBeEmpty();
    }

    [Fact]
    public void When_every_level_is_equal_each_uncovered_member_gets_the_least_loaded_counterpart()
    {
        var m = ContactMatrix.Build(Map(
            [Person("a", Level.Manager, BuyingRole.User), Person("b", Level.Manager, BuyingRole.Purchaser), Person("x", Level.Manager), Ours("c1", Level.Manager), Ours("c2", Level.Manager)],
            [Talks("c1", "x")]), Words.Text);

        m.Suggestions.Select(s => (s.PersonId, s.CounterpartId, s.Fit)).ShouldBe([("a", "c2", PeerFit.Peer), ("b", "c2", PeerFit.Peer)]);
    }

    [Fact]
    public void Level_beats_function_affinity_which_beats_load_and_name_breaks_the_last_tie()
    {
        var purchasing = new Node { Id = "f", Kind = NodeKind.Function, Name = "Purchasing", Involvement = Involvement.Direct };
        var buyer = Person("buyer", Level.Director, BuyingRole.Purchaser);
        var nodes = new[]
        {
            purchasing, buyer,
            Ours("engineer-near", Level.Director, TeamRole.SalesEngineer),
            Ours("am-near", Level.Director, TeamRole.AccountManager),
            Ours("am-far", Level.Specialist, TeamRole.AccountManager),
        };
        var works = new Edge { Id = "w", Type = EdgeType.WORKS_IN, From = "buyer", To = "f" };

        ContactMatrix.Build(Map(nodes, [works]), Words.Text).Suggestions.Single().CounterpartId.ShouldBe("am-near");

        var tie = ContactMatrix.Build(Map([Person("p", Level.Manager, BuyingRole.User), Ours("zoe", Level.Manager), Ours("adam", Level.Manager)]), Words.Text);
        tie.Suggestions.Single().CounterpartId.ShouldBe("adam");
    }

    [Fact]
    public void A_member_with_a_peer_contact_or_a_planned_one_needs_no_suggestion_and_non_members_never_do()
    {
        var m = ContactMatrix.Build(Map(
            [Person("dm", Level.Executive, BuyingRole.DecisionMaker), Person("plan", Level.Manager, BuyingRole.User), Person("nobody", Level.Manager),
             Ours("boss", Level.Executive, TeamRole.ExecutiveSponsor), Ours("am", Level.Manager)],
            [Talks("boss", "dm"), Talks("am", "plan", RelationshipStatus.Planned)]), Words.Text);

        m.Suggestions.ShouldBeEmpty();
        m.Cell("boss", "dm").ShouldNotBeNull();
        m.Cell("am", "dm").ShouldBeNull();
    }

    [Fact]
    public void A_member_talking_only_to_a_mismatched_counterpart_gets_a_better_one()
    {
        var m = ContactMatrix.Build(Map(
            [Person("dm", Level.Executive, BuyingRole.DecisionMaker), Ours("junior", Level.Specialist), Ours("vp", Level.Director)],
            [Talks("junior", "dm")]), Words.Text);

        var s = m.Suggestions.Single();
        (s.CounterpartId, s.Fit).ShouldBe(("vp", PeerFit.Acceptable));
        s.Why.ShouldContain("closest level");
    }
}

using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

public sealed class MeetingsTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static AccountMap Map() => new(
        new Account { Id = "acc", Name = "Acc" },
        [
            new() { Id = "cfo", Kind = NodeKind.Person, Name = "María Vidal", Level = Level.Executive, Roles = [BuyingRole.DecisionMaker], Stance = Stance.Neutral },
            new() { Id = "buyer", Kind = NodeKind.Person, Name = "Luis Gómez", Level = Level.Manager, Roles = [BuyingRole.Purchaser], Stance = Stance.Neutral },
            new() { Id = "ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz", Level = Level.Manager },
        ],
        [new() { Id = "t1", Type = EdgeType.TALKS_WITH, From = "ana", To = "buyer", Strength = 3, Status = RelationshipStatus.Active, LastContact = new(2026, 9, 1) }]);

    private static AccountMap After(AccountMap map, IReadOnlyList<MapOp> ops) => map.Apply(new Commit("acc", map.Version + 1, ops));

    [Fact]
    public void Logging_a_held_meeting_updates_last_contacts_and_creates_confirmed_relationships()
    {
        var map = Map();

        var after = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "Price negotiation", Date = Day, Method = MeetingMethod.OnSite, Held = true, Outcome = "Agreed on a pilot" },
            ["ana", "buyer", "cfo"], createMissing: true, Today));

        var meeting = after.OfKind(NodeKind.Meeting).Single();
        (meeting.Held, meeting.Outcome).ShouldBe((true, "Agreed on a pilot"));
        Meetings.Participants(after, meeting.Id).ShouldBe(["ana", "buyer", "cfo"], ignoreOrder: true);
        after.FindEdge("t1")!.LastContact.ShouldBe(Day);
        var created = after.Edges.Single(e => e.Type == EdgeType.TALKS_WITH && e.To == "cfo");
        (created.From, created.LastContact, created.Status).ShouldBe(("ana", Day, RelationshipStatus.Active));
    }

    [Theory]
    [InlineData("en", "Follow up on “Revisión del piloto”")]
    [InlineData("es", "Seguimiento de «Revisión del piloto»")]
    [InlineData("de", "Nachfassen zu „Revisión del piloto“")]
    public void A_relationship_created_from_a_meeting_has_its_goal_in_the_language_of_who_logged_it(string culture, string goal)
    {
        using var _ = Words.In(culture);
        var map = Map();

        var after = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "Revisión del piloto", Date = Day, Held = true }, ["ana", "cfo"], createMissing: true, Today));

        after.Edges.Single(e => e.Type == EdgeType.TALKS_WITH && e.To == "cfo").Goal.ShouldBe(goal);
    }

    [Fact]
    public void Without_confirmation_no_relationship_is_created_and_the_missing_pairs_are_listed()
    {
        var map = Map();

        Meetings.MissingRelationships(map, ["ana", "buyer", "cfo"]).ShouldBe([("ana", "cfo")]);
        var after = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "Plant visit", Date = Day, Held = true }, ["ana", "cfo"], createMissing: false, Today));

        after.Edges.Count(e => e.Type == EdgeType.TALKS_WITH).ShouldBe(1);
    }

    [Fact]
    public void A_planned_meeting_touches_no_relationship_until_it_is_held()
    {
        var map = Map();
        var planned = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "QBR", Date = Day }, ["ana", "buyer"], createMissing: false, Today));
        planned.FindEdge("t1")!.LastContact.ShouldBe(new DateOnly(2026, 9, 1));

        var id = planned.OfKind(NodeKind.Meeting).Single().Id;
        var held = After(planned, Meetings.Hold(planned, id, new NodePatch { Outcome = "Renewal on track" }, createMissing: false, Today));

        held.FindEdge("t1")!.LastContact.ShouldBe(Day);
        held.Find(id)!.Held.ShouldBeTrue();
    }

    [Fact]
    public void A_meeting_needs_participants_a_date_and_people_of_this_account()
    {
        var map = Map();
        Should.Throw<GraphException>(() => Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "x", Date = Day }, [], false, Today)).Field.ShouldBe("participants");
        Should.Throw<GraphException>(() => Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "x" }, ["ana"], false, Today)).Field.ShouldBe("date");
        Should.Throw<GraphException>(() => Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "x", Date = Day }, ["ghost"], false, Today)).Field.ShouldBe("participants");
    }

    [Fact]
    public void Stats_count_meetings_per_quarter_and_objective_and_name_members_not_met_in_90_days()
    {
        var map = Map();
        map = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "QBR", Date = new(2026, 7, 2), Held = true }, ["ana", "cfo"], false, Today));
        map = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "QBR", Date = new(2026, 10, 5), Held = true }, ["ana", "buyer"], false, Today));
        map = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "Plant visit", Date = new(2026, 12, 3) }, ["ana", "cfo"], false, Today));

        var stats = MeetingStats.Of(map, new DateOnly(2026, 11, 27));

        stats.PerQuarter.ShouldBe([("2026 Q3", 1, 0), ("2026 Q4", 1, 1)]);
        stats.ByObjective.ShouldBe([("QBR", 2), ("Plant visit", 1)]);
        stats.NotMetRecently.Select(p => p.Id).ShouldBe(["cfo"]);
    }

    [Fact]
    public void Quarters_without_a_meeting_up_to_today_stand_in_the_table_with_nothing_in_them()
    {
        var map = Map();
        map = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "QBR", Date = new(2025, 11, 20), Held = true }, ["ana", "cfo"], false, Today));
        map = After(map, Meetings.Log(map, new NodeDraft { Kind = NodeKind.Meeting, Name = "QBR", Date = new(2026, 5, 5), Held = true }, ["ana", "buyer"], false, Today));

        MeetingStats.Of(map, new DateOnly(2026, 11, 27)).PerQuarter
            .ShouldBe([("2025 Q4", 1, 0), ("2026 Q1", 0, 0), ("2026 Q2", 1, 0), ("2026 Q3", 0, 0), ("2026 Q4", 0, 0)]);
    }
}

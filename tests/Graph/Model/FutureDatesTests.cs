using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Model;

/// <summary>What happened cannot lie ahead: the rules refuse held meetings and last contacts after the day the caller gives.</summary>
[English]
public sealed class FutureDatesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly DateOnly Ahead = new(2026, 12, 6);

    private static AccountMap Map() => new(
        new Account { Id = "acc", Name = "Acc" },
        [
            new() { Id = "luis", Kind = NodeKind.Person, Name = "Luis Gómez" },
            new() { Id = "eva", Kind = NodeKind.Person, Name = "Eva Mora" },
            new() { Id = "ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz" },
            new() { Id = "m-ahead", Kind = NodeKind.Meeting, Name = "Plant visit", Date = Ahead },
            new() { Id = "m-old", Kind = NodeKind.Meeting, Name = "Logged before the rule", Date = Ahead, Held = true },
        ],
        [
            new() { Id = "t", Type = EdgeType.TALKS_WITH, From = "ana", To = "luis", Strength = 3, Status = RelationshipStatus.Active, LastContact = new(2026, 10, 1) },
            new() { Id = "a1", Type = EdgeType.ATTENDED, From = "ana", To = "m-ahead" },
            new() { Id = "a2", Type = EdgeType.ATTENDED, From = "luis", To = "m-ahead" },
        ]);

    private static GraphException Refused(Func<object> rule) => Should.Throw<GraphException>(rule);

    [Fact]
    public void A_meeting_cannot_be_logged_or_marked_held_after_today_and_the_refusal_names_the_date()
    {
        var logged = Refused(() => Meetings.Log(Map(), new NodeDraft { Kind = NodeKind.Meeting, Name = "QBR", Date = Ahead, Held = true }, ["ana", "luis"], false, Today));
        var held = Refused(() => Meetings.Hold(Map(), "m-ahead", new NodePatch { Outcome = "Fine" }, false, Today));
        var patched = Refused(() => NodeRules.Update(Map(), "m-ahead", new NodePatch { Held = true }, Today));

        (logged.Error, logged.Field, held.Field, patched.Field).ShouldBe((GraphError.Invalid, "date", "date", "date"));
        held.Message.ShouldBe("A held meeting (“Plant visit”) cannot be in the future: Dec 6 is after today (Nov 29). Plan it instead, or give the day it took place.");
    }

    [Fact]
    public void A_meeting_planned_for_later_that_took_place_already_is_held_on_the_day_given()
    {
        var map = Map();
        var after = map.With(Meetings.Hold(map, "m-ahead", new NodePatch { Outcome = "Fine", Date = Today }, false, Today));

        (after.Find("m-ahead")!.Held, after.Find("m-ahead")!.Date).ShouldBe((true, Today));
        after.FindEdge("t")!.LastContact.ShouldBe(Today);
    }

    [Fact]
    public void A_last_contact_cannot_be_set_after_today()
    {
        var connect = Refused(() => EdgeRules.Connect(Map(), new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "ana", To = "eva", LastContact = new(2027, 6, 15) }, Today));
        var update = Refused(() => EdgeRules.Update(Map(), "t", new EdgePatch { LastContact = new(2027, 6, 15) }, Today));

        (connect.Field, update.Field).ShouldBe(("lastContact", "lastContact"));
        update.Message.ShouldBe("The last contact cannot be in the future: Jun 15, 2027 is after today (Nov 29).");
        EdgeRules.Update(Map(), "t", new EdgePatch { LastContact = Today }, Today).ShouldHaveSingleItem();
    }

    [Fact]
    public void Only_what_a_change_sets_is_checked_so_older_data_stays_editable_and_rebuilds_need_no_clock()
    {
        NodeRules.Update(Map(), "m-old", new NodePatch { Outcome = "Minutes sent" }, Today).ShouldHaveSingleItem();
        EdgeRules.Update(Map(), "t", new EdgePatch { Strength = 4 }, Today).ShouldHaveSingleItem();
        EdgeRules.Create(new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "ana", To = "luis", LastContact = new(2027, 6, 15) }).LastContact.ShouldBe(new DateOnly(2027, 6, 15));
    }
}

using Ical.Net;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>A planned meeting downloads as an .ics invitation that a calendar reads back with its participants and objective.</summary>
public class MeetingInviteTests
{
    private static (AccountMap Map, string MeetingId) Planned(bool held = false)
    {
        var map = Maps.Sample();
        map = map with { Nodes = [.. map.Nodes.Select(n => n.Id == "c-ana" ? n with { Email = "ana.ruiz@salesops.example" } : n)] };
        var ops = Meetings.Log(map, new NodeDraft
        {
            Id = "m-review", Name = "Agree the pilot scope", Date = new DateOnly(2026, 12, 3), Method = MeetingMethod.OnSite,
            Topic = "Pilot line, downtime during migration", Held = held,
        }, ["c-ana", "p-maria", "p-luis"], createMissing: false, today: new DateOnly(2026, 12, 31));
        return (map.Apply(new Commit(map.Account.Id, map.Version + 1, Commit.Stamp(ops, map.Version + 1))), "m-review");
    }

    [Fact]
    public void A_planned_meeting_becomes_an_invitation_with_its_participants_and_objective()
    {
        var (map, id) = Planned();

        var invite = MeetingInvites.Ics(map, id, Words.Text, new InviteOptions { Start = new TimeOnly(10, 30), Duration = TimeSpan.FromMinutes(90), Now = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero) });

        var calendar = Calendar.Load(invite.Content)!;
        calendar.Method.ShouldBe("REQUEST");
        var e = calendar.Events.Single();
        e.Summary.ShouldBe("Vidal Packaging S.A.: Agree the pilot scope");
        e.Uid.ShouldBe("m-review@salesops");
        e.Organizer!.Value!.ToString().ShouldBe("mailto:ana.ruiz@salesops.example");
        e.Attendees.Select(a => (a.CommonName, a.Value!.ToString())).ShouldBe([("María Vidal", "mailto:maria@vidal.example")]);
        e.Description!.ShouldContain("Objective: Agree the pilot scope");
        e.Description!.ShouldContain("- Luis Gómez, Head of Procurement");
        e.Location.ShouldBe("On site");
        // 10:30 in Madrid in December is 09:30 UTC.
        e.DtStart!.Value.ShouldBe(new DateTime(2026, 12, 3, 9, 30, 0, DateTimeKind.Utc));
        e.DtEnd!.Value.ShouldBe(new DateTime(2026, 12, 3, 11, 0, 0, DateTimeKind.Utc));
        invite.WithoutEmail.ShouldBe(["Luis Gómez"]);
        invite.FileName.ShouldBe("agree-the-pilot-scope-2026-12-03.ics");
    }

    [Fact]
    public void Without_a_start_time_the_invitation_is_an_all_day_event_on_the_meeting_date()
    {
        var (map, id) = Planned();

        var e = Calendar.Load(MeetingInvites.Ics(map, id, Words.Text).Content)!.Events.Single();

        e.IsAllDay.ShouldBeTrue();
        e.DtStart!.Date.ShouldBe(new DateOnly(2026, 12, 3));
    }

    [Fact]
    public void A_held_meeting_is_not_sent_as_an_invitation()
    {
        var (map, id) = Planned(held: true);

        Should.Throw<GraphException>(() => MeetingInvites.Ics(map, id, Words.Text)).Error.ShouldBe(GraphError.Invalid);
    }
}

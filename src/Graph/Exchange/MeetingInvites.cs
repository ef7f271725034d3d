using System.Text;
using Microsoft.Extensions.Localization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Graph.Exchange;

/// <summary>When the meeting starts and who sends the invitation; meetings on the map carry a date only.</summary>
public sealed record InviteOptions
{
    /// <summary>The local start time; null: an all-day event on the meeting's date.</summary>
    public TimeOnly? Start { get; init; }
    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(1);
    /// <summary>The IANA zone the start time is in.</summary>
    public string TimeZone { get; init; } = "Europe/Madrid";
    /// <summary>Our counterpart who invites; null: the first of ours among the participants with an e-mail (account managers first).</summary>
    public string? OrganizerId { get; init; }
    /// <summary>The invitation's time stamp (DTSTAMP); null: now.</summary>
    public DateTimeOffset? Now { get; init; }
}

/// <summary>An .ics file for a planned meeting, and the participants it could not invite for want of an e-mail.</summary>
public sealed record MeetingInvite(string FileName, string Content, IReadOnlyList<string> WithoutEmail);

/// <summary>
/// A planned meeting as an iCalendar invitation (RFC 5545, written by Ical.Net): the objective as the
/// subject, topics, method and both sides' participants in the description, every participant with an
/// e-mail as an attendee. The UID is the meeting's id and the sequence its version, so downloading again
/// after a change updates the event in the calendar instead of adding a second one. Times are written
/// in UTC, which every calendar reads without a time-zone block.
/// </summary>
public static class MeetingInvites
{
    /// <summary>The invitation, its description and location in the reader's language (<paramref name="text"/>).</summary>
    public static MeetingInvite Ics(AccountMap map, string meetingId, IStringLocalizer text, InviteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(text);
        options ??= new InviteOptions();
        var meeting = NodeRules.Get(map, meetingId);
        if (meeting.Kind != NodeKind.Meeting) throw GraphException.Invalid(Errors.Say("Plan.NotMeeting", meeting.Name), "meetingId");
        if (meeting.Held) throw GraphException.Invalid(Errors.Say("Plan.AlreadyHeld", meeting.Name), "meetingId");
        var people = Meetings.Participants(map, meetingId).Select(map.Find).OfType<Node>()
            .OrderBy(n => n.Kind == NodeKind.Counterpart ? 0 : 1).ThenBy(n => n.TeamRole ?? TeamRole.ExecutiveSponsor).ThenBy(n => n.Name, StringComparer.CurrentCulture).ToList();
        var organizer = options.OrganizerId is { } id
            ? people.FirstOrDefault(p => p.Id == id && p.Kind == NodeKind.Counterpart) ?? throw GraphException.Invalid(Errors.Say("Plan.NotOurs", id), "organizerId")
            : people.FirstOrDefault(p => p.Kind == NodeKind.Counterpart && p.Email is not null);

        var date = meeting.Date!.Value;
        var e = new CalendarEvent
        {
            Uid = $"{meeting.Id}@salesops",
            Sequence = (int)Math.Min(int.MaxValue, meeting.Version),
            Summary = $"{map.Account.Name}: {meeting.Name}",
            Description = Description(map, meeting, people, text),
            Location = Words(text, meeting.Method),
            Status = "CONFIRMED",
            DtStamp = new CalDateTime((options.Now ?? DateTimeOffset.UtcNow).UtcDateTime, true),
        };
        if (options.Start is { } start)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
            var utc = TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(start, DateTimeKind.Unspecified), zone);
            e.DtStart = new CalDateTime(utc, true);
            e.DtEnd = new CalDateTime(utc + options.Duration, true);
        }
        else
        {
            e.DtStart = new CalDateTime(date);
            e.DtEnd = new CalDateTime(date.AddDays(1));
        }
        if (organizer?.Email is { } from) e.Organizer = new Organizer($"mailto:{from}") { CommonName = organizer.Name };
        foreach (var p in people.Where(p => p.Email is not null && p != organizer))
            e.Attendees.Add(new Attendee($"mailto:{p.Email}") { CommonName = p.Name, Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = true });

        var calendar = new Calendar { ProductId = "-//SalesOps//Meetings//EN", Method = e.Organizer is null ? "PUBLISH" : "REQUEST" };
        calendar.Events.Add(e);
        var content = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new MeetingInvite($"{FileName(meeting.Name)}-{date:yyyy-MM-dd}.ics", content, [.. people.Where(p => p.Email is null).Select(p => p.Name)]);
    }

    private static string Description(AccountMap map, Node meeting, List<Node> people, IStringLocalizer words)
    {
        var text = new StringBuilder().AppendLine(words["Invite.Objective", meeting.Name]);
        if (meeting.Topic is { } topic) text.AppendLine(words["Invite.Topics", topic]);
        if (meeting.Method is { } method && Words(words, method) is { Length: > 0 } how) text.AppendLine(words["Invite.How", how]);
        text.AppendLine().AppendLine($"{map.Account.Name}:");
        foreach (var p in people.Where(p => p.Kind == NodeKind.Person)) text.AppendLine($"- {p.Name}{(p.Title is null ? "" : $", {p.Title}")}");
        text.AppendLine(words["Invite.Ours"]);
        foreach (var p in people.Where(p => p.Kind == NodeKind.Counterpart)) text.AppendLine($"- {p.Name}{(p.TeamRole is { } r ? $", {words.InSentence(r)}" : "")}");
        if (meeting.NextSteps is { } next) text.AppendLine().AppendLine(words["Invite.NextSteps", next]);
        return text.ToString().TrimEnd();
    }

    /// <summary>How the meeting is held, as a calendar's location reads it ("Video call", "Videollamada"); nothing for "other".</summary>
    private static string Words(IStringLocalizer text, MeetingMethod? method) =>
        method is { } m and not MeetingMethod.Other ? text[$"Invite.Method.{m}"] : "";

    private static string FileName(string name)
    {
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        var squeezed = string.Join('-', safe.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return squeezed.Length == 0 ? "meeting" : squeezed[..Math.Min(60, squeezed.Length)];
    }
}

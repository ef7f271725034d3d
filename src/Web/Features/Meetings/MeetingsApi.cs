using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Web.Contracts;
using SalesOps.Web.Features.Api;

namespace SalesOps.Web.Features.Meetings;

public static class MeetingsApi
{
    /// <summary>A meeting to plan or log: the meeting's fields, who took part, and whether missing relationships may be created.</summary>
    public sealed record MeetingBody(
        string Objective, DateOnly? Date, MeetingMethod? Method = null, string? Topics = null, string? Outcome = null, string? NextSteps = null,
        IReadOnlyList<DocumentLink>? Documents = null, IReadOnlyList<string>? Participants = null, bool Held = false,
        bool CreateMissingRelationships = false);

    /// <summary>What came out of a planned meeting; <c>date</c> when it took place on another day than planned (today at the latest).</summary>
    public sealed record HoldBody(string? Outcome = null, string? NextSteps = null, bool CreateMissingRelationships = false, DateOnly? Date = null);

    public sealed record MeetingDto(NodeDto Meeting, IReadOnlyList<string> Participants);

    public sealed record MeetingsDto(IReadOnlyList<MeetingDto> Meetings, IReadOnlyList<QuarterDto> PerQuarter,
        IReadOnlyList<ObjectiveDto> ByObjective, IReadOnlyList<string> NotMetIn90Days);

    public sealed record QuarterDto(string Quarter, int Held, int Planned);

    public sealed record ObjectiveDto(string Objective, int Count);

    public static void MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}/meetings").WithTags("Meetings");

        api.MapGet("/", async (string accountId, IMediator m, CancellationToken ct) =>
        {
            var (map, stats) = await m.Send(new GetMeetings(accountId), ct);
            return new MeetingsDto(
                [.. map.OfKind(NodeKind.Meeting).OrderByDescending(x => x.Date).Select(x => new MeetingDto(NodeDto.From(map, x), Graph.Plan.Meetings.Participants(map, x.Id)))],
                [.. stats.PerQuarter.Select(q => new QuarterDto(q.Quarter, q.Held, q.Planned))],
                [.. stats.ByObjective.Select(o => new ObjectiveDto(o.Objective, o.Count))],
                [.. stats.NotMetRecently.Select(p => p.Id)]);
        }).WithSummary("Meetings newest first with participants; per quarter, by objective, and buying-center members not met in 90 days (no held meeting with them, no relationship's last contact).").ProducesProblem(404);

        api.MapPost("/", async (string accountId, MeetingBody b, IMediator m, CancellationToken ct) =>
        {
            var draft = new NodeDraft { Kind = NodeKind.Meeting, Name = b.Objective, Date = b.Date, Method = b.Method, Topic = b.Topics, Outcome = b.Outcome, NextSteps = b.NextSteps, Documents = b.Documents, Held = b.Held };
            var r = await m.Send(new LogMeeting(accountId, draft, b.Participants ?? [], b.CreateMissingRelationships), ct);
            var meeting = r.Commit.Ops.OfType<PutNode>().First().Node;
            return TypedResults.Created($"/api/accounts/{accountId}/nodes/{meeting.Id}",
                new MeetingDto(NodeDto.From(r.Map, meeting), Graph.Plan.Meetings.Participants(r.Map, meeting.Id)));
        }).WithSummary("Plans (held: false) or logs (held: true, dated today at the latest) a meeting; logging sets the last contact of every ours × theirs pair who attended, and creates missing relationships when createMissingRelationships is true.")
            .ProducesProblem(400).ProducesProblem(404);

        api.MapPost("/{meetingId}/held", async (string accountId, string meetingId, HoldBody b, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new HoldMeeting(accountId, meetingId, new NodePatch { Outcome = b.Outcome, NextSteps = b.NextSteps, Date = b.Date }, b.CreateMissingRelationships), ct);
            return new MeetingDto(NodeDto.From(r.Map, r.Map.Find(meetingId)!), Graph.Plan.Meetings.Participants(r.Map, meetingId));
        }).WithSummary("Marks a planned meeting as held, with its outcome (and the day it took place, if not the planned one); a meeting dated after today cannot be held. Touches the participants' relationships.").ProducesProblem(400).ProducesProblem(404);
    }
}

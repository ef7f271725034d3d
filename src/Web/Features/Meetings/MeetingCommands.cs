using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Web.Access;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Meetings;

/// <summary>Plans (Held = false) or logs (Held = true) a meeting with its participants.</summary>
public sealed record LogMeeting(string AccountId, NodeDraft Meeting, IReadOnlyList<string> Participants, bool CreateMissingRelationships)
    : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>A planned meeting took place: its outcome (and its date, when it was not the planned one), and the relationships it proves.</summary>
public sealed record HoldMeeting(string AccountId, string MeetingId, NodePatch Outcome, bool CreateMissingRelationships) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record GetMeetings(string AccountId) : IQuery<(AccountMap Map, MeetingStats Stats)>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class MeetingHandlers(MapWriter writer, IMediator mediator, TimeProvider clock) :
    ICommandHandler<LogMeeting, MapResult>,
    ICommandHandler<HoldMeeting, MapResult>,
    IQueryHandler<GetMeetings, (AccountMap Map, MeetingStats Stats)>
{
    public ValueTask<MapResult> Handle(LogMeeting c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => Graph.Plan.Meetings.Log(map, c.Meeting, c.Participants, c.CreateMissingRelationships, clock.Today()), ct);

    public ValueTask<MapResult> Handle(HoldMeeting c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => Graph.Plan.Meetings.Hold(map, c.MeetingId, c.Outcome, c.CreateMissingRelationships, clock.Today()), ct);

    public async ValueTask<(AccountMap Map, MeetingStats Stats)> Handle(GetMeetings q, CancellationToken ct)
    {
        var map = (await mediator.Send(new GetMap(q.AccountId), ct)).OrNotFound(q.AccountId);
        return (map, MeetingStats.Of(map, clock.Today()));
    }
}

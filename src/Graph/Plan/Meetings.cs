using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>
/// Planning and logging meetings. Logging a held meeting touches the relationships it proves:
/// every pair of ours × theirs who attended gets that date as last contact, and pairs without a
/// relationship get one when the user confirmed it (<c>createMissing</c>). A held meeting is dated
/// today at the latest: <c>today</c> comes from the handler's clock.
/// </summary>
public static class Meetings
{
    public static IReadOnlyList<MapOp> Log(AccountMap map, NodeDraft meeting, IReadOnlyCollection<string> participants, bool createMissing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(participants);
        if (participants.Count == 0) throw GraphException.Invalid(Errors.Say("Plan.NoParticipants"), "participants");
        Limits.Participants(participants.Distinct().Count());
        foreach (var id in participants)
        {
            if (map.Find(id) is not { Kind: NodeKind.Person or NodeKind.Counterpart })
                throw GraphException.Invalid(Errors.Say("Plan.NoParticipant", id), "participants");
        }
        var ops = new List<MapOp>(NodeRules.Add(map, meeting with { Kind = NodeKind.Meeting }, today));
        var node = ops.OfType<PutNode>().First().Node;
        var withMeeting = map.With(ops);
        // Each participant's edge goes to the new meeting: none can clash with another, so all are decided on one map.
        var attended = participants.Distinct().SelectMany(id => EdgeRules.Connect(withMeeting, new EdgeDraft { Type = EdgeType.ATTENDED, From = id, To = node.Id })).ToList();
        ops.AddRange(attended);
        if (node.Held) Touch(withMeeting.With(attended), ops, node, participants, createMissing, today);
        return ops;
    }

    /// <summary>
    /// Marks a planned meeting as held, with what came out of it (and the day it took place, when that was
    /// not the planned day), and touches its relationships.
    /// </summary>
    public static IReadOnlyList<MapOp> Hold(AccountMap map, string meetingId, NodePatch outcome, bool createMissing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(outcome);
        var meeting = NodeRules.Get(map, meetingId);
        if (meeting.Kind != NodeKind.Meeting) throw GraphException.Invalid(Errors.Say("Plan.NotMeeting", meeting.Name), "meetingId");
        var ops = new List<MapOp>(NodeRules.Update(map, meetingId, outcome with { Held = true }, today));
        var current = map.With(ops);
        var participants = Participants(current, meetingId);
        Limits.Participants(participants.Count);
        Touch(current, ops, current.Find(meetingId)!, participants, createMissing, today);
        return ops;
    }

    public static IReadOnlyList<string> Participants(AccountMap map, string meetingId)
    {
        ArgumentNullException.ThrowIfNull(map);
        return [.. map.Edges.Where(e => e.Type == EdgeType.ATTENDED && e.To == meetingId).Select(e => e.From)];
    }

    /// <summary>Pairs of ours × theirs among the participants who have no relationship yet (to confirm before logging).</summary>
    public static IReadOnlyList<(string Ours, string Theirs)> MissingRelationships(AccountMap map, IEnumerable<string> participants)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(participants);
        var nodes = participants.Distinct().Select(map.Find).OfType<Node>().ToList();
        return [.. from o in nodes where o.Kind == NodeKind.Counterpart
                   from t in nodes where t.Kind == NodeKind.Person
                   where !map.Edges.Any(e => e.Type == EdgeType.TALKS_WITH && e.From == o.Id && e.To == t.Id)
                   select (o.Id, t.Id)];
    }

    private static void Touch(AccountMap current, List<MapOp> ops, Node meeting, IEnumerable<string> participants, bool createMissing, DateOnly today)
    {
        // Every pair is decided on the same map, and its relationship found in one index: each counterpart ×
        // person pair touches its own edge (or makes a new one), so no decision depends on another, and the
        // cost is the participants' pairs plus one pass over the edges — not a copy of the map per pair.
        var date = meeting.Date!.Value;
        var nodes = participants.Distinct().Select(current.Find).OfType<Node>().ToList();
        var talks = current.Edges.Where(e => e.Type == EdgeType.TALKS_WITH).ToLookup(e => (e.From, e.To));
        foreach (var ours in nodes.Where(n => n.Kind == NodeKind.Counterpart))
        {
            foreach (var theirs in nodes.Where(n => n.Kind == NodeKind.Person))
            {
                var talk = talks[(ours.Id, theirs.Id)].FirstOrDefault();
                if (talk is not null)
                {
                    if (talk.LastContact is { } last && last >= date) continue;
                    var status = talk.Status == RelationshipStatus.Planned ? RelationshipStatus.Active : talk.Status;
                    ops.AddRange(EdgeRules.Update(current, talk.Id, new EdgePatch { LastContact = date, Status = status }, today));
                }
                else if (createMissing)
                {
                    // Its goal is data, written in the language of whoever logged the meeting.
                    ops.AddRange(EdgeRules.Connect(current, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = ours.Id, To = theirs.Id, Strength = 2, Status = RelationshipStatus.Active, CadenceDays = 30, LastContact = date, Goal = Errors.Say("Meeting.FollowUp", meeting.Name) }, today));
                }
            }
        }
    }
}

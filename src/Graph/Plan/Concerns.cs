using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>A person's concerns and the arguments that answer them.</summary>
public sealed record ConcernView(Node Concern, Node RaisedBy, IReadOnlyList<(Node Argument, Edge Answer)> Answers);

public static class Concerns
{
    /// <summary>One change: the concern and the RAISED edge from the person who raised it.</summary>
    public static IReadOnlyList<MapOp> Raise(AccountMap map, string personId, string text, string? topic, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(map);
        var person = NodeRules.Get(map, personId);
        if (person.Kind != NodeKind.Person) throw GraphException.Invalid(Errors.Say("Plan.ConcernNotPerson", person.Name, Errors.Kind(person.Kind)), "personId");
        var ops = new List<MapOp>(NodeRules.Add(map, new NodeDraft { Kind = NodeKind.Concern, Name = text, Topic = topic, Date = date }));
        var concern = ops.OfType<PutNode>().First().Node;
        ops.AddRange(EdgeRules.Connect(map.With(ops), new EdgeDraft { Type = EdgeType.RAISED, From = personId, To = concern.Id }));
        return ops;
    }

    /// <summary>Uses an argument against a concern, or records how the concern took it since.</summary>
    public static IReadOnlyList<MapOp> Answer(AccountMap map, string argumentId, string concernId, ArgumentResult result, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(map);
        var existing = map.Edges.FirstOrDefault(e => e.Type == EdgeType.ANSWERS && e.From == argumentId && e.To == concernId);
        return existing is null
            ? EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.ANSWERS, From = argumentId, To = concernId, Result = result, Date = date })
            : EdgeRules.Update(map, existing.Id, new EdgePatch { Result = result, Date = date });
    }

    /// <summary>Every concern in the account (or of one person), oldest first, with the arguments used and their results.</summary>
    public static IReadOnlyList<ConcernView> Of(AccountMap map, string? personId = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        return [.. map.Edges.Where(e => e.Type == EdgeType.RAISED && (personId is null || e.From == personId))
            .Select(e => (raised: e, person: map.Find(e.From), concern: map.Find(e.To)))
            .Where(x => x.person is not null && x.concern is { Kind: NodeKind.Concern })
            .Select(x => new ConcernView(x.concern!, x.person!, [.. map.Edges
                .Where(a => a.Type == EdgeType.ANSWERS && a.To == x.concern!.Id)
                .Select(a => (map.Find(a.From)!, a))
                .Where(a => a.Item1 is not null)]))
            .OrderBy(v => v.Concern.Date ?? DateOnly.MinValue).ThenBy(v => v.Concern.Name, StringComparer.CurrentCulture)];
    }
}

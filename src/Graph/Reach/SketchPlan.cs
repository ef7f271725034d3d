using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>
/// What turning a sketch into planned relationships does, decided on the map as it is when the change
/// commits: <see cref="Ops"/> to write, and what each hypothetical relationship became.
/// </summary>
public sealed record SketchPlan
{
    public required IReadOnlyList<MapOp> Ops { get; init; }

    /// <summary>New TALKS_WITH with status Planned, by edge id.</summary>
    public IReadOnlyList<string> Added { get; init; } = [];

    /// <summary>Relationships that were planned already: they keep their edge and take the sketched strength.</summary>
    public IReadOnlyList<string> AlreadyPlanned { get; init; } = [];

    /// <summary>
    /// Relationships that exist (active or dormant): left as they are. A planned one cannot stand beside
    /// them, and raising a real relationship's strength is work done with the person, not a plan.
    /// </summary>
    public IReadOnlyList<SketchTalk> Existing { get; init; } = [];

    /// <summary>Stance changes are assumptions about other people's minds, never written to the map.</summary>
    public int StancesNotWritten { get; init; }

    /// <summary>
    /// Every hypothetical TALKS_WITH of <paramref name="sketch"/> as a planned relationship at the sketched
    /// strength, through the same rules as a relationship planned by hand (refused with their messages).
    /// </summary>
    public static SketchPlan Of(AccountMap map, Sketch sketch, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(sketch);
        var ops = new List<MapOp>();
        List<string> added = [], planned = [];
        List<SketchTalk> existing = [];
        var current = map;
        foreach (var talk in sketch.Talks)
        {
            ArgumentNullException.ThrowIfNull(talk);
            var edge = current.Between(EdgeType.TALKS_WITH, talk.From, talk.To);
            IReadOnlyList<MapOp> step;
            if (edge is null)
            {
                step = EdgeRules.Connect(current, new EdgeDraft
                {
                    Type = EdgeType.TALKS_WITH, From = talk.From, To = talk.To, Strength = talk.Strength, Status = RelationshipStatus.Planned,
                }, today);
                added.Add(step.OfType<PutEdge>().Single().Edge.Id);
            }
            else if (edge.Status == RelationshipStatus.Planned)
            {
                step = edge.Strength == talk.Strength ? [] : EdgeRules.Update(current, edge.Id, new EdgePatch { Strength = talk.Strength }, today);
                planned.Add(edge.Id);
            }
            else
            {
                existing.Add(talk);
                continue;
            }
            ops.AddRange(step);
            current = current.With(step);
        }
        return new SketchPlan { Ops = ops, Added = added, AlreadyPlanned = planned, Existing = existing, StancesNotWritten = sketch.Stances.Count };
    }
}

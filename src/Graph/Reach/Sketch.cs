using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>A hypothetical relationship: counterpart <paramref name="From"/> talks with person <paramref name="To"/> at <paramref name="Strength"/> (1–5).</summary>
public sealed record SketchTalk(string From, string To, int Strength);

/// <summary>A hypothetical change of mind: "what if Lois Conroy turned neutral?".</summary>
public sealed record SketchStance(string PersonId, Stance Stance);

/// <summary>
/// A what-if layer over an account map: hypothetical TALKS_WITH (a new one, or an existing one set to
/// another strength, a planned one taken up) and stance changes. <see cref="ApplyTo"/> is pure: the map
/// it is given stays as it was. The changes go through the same rules as real edits (EdgeRules,
/// NodeRules), so a sketch can only assume what someone could really do, with the same error messages.
/// </summary>
public sealed record Sketch
{
    /// <summary>
    /// The version of every sketched map. A sketch is not a snapshot of the account, so it must never be
    /// taken for one: <see cref="ReachGraphCache"/> does not keep maps with a version below zero.
    /// </summary>
    public const long Version = -1;

    /// <summary>New edges are named sketch-1, sketch-2, … (the first free ones), so a path shows which hop is assumed.</summary>
    public const string EdgeIdPrefix = "sketch-";

    public IReadOnlyList<SketchTalk> Talks { get; init; } = [];

    public IReadOnlyList<SketchStance> Stances { get; init; } = [];

    /// <summary>A copy of <paramref name="map"/> with the sketch applied in order; throws <see cref="GraphException"/> as the real edit would.</summary>
    public AccountMap ApplyTo(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var sketched = map;
        foreach (var talk in Talks)
        {
            ArgumentNullException.ThrowIfNull(talk);
            sketched = sketched.With(Assume(sketched, talk));
        }
        foreach (var change in Stances)
        {
            ArgumentNullException.ThrowIfNull(change);
            sketched = sketched.With(NodeRules.Update(sketched, change.PersonId, new NodePatch { Stance = change.Stance }));
        }
        return sketched with { Account = sketched.Account with { Version = Version } };
    }

    private static IReadOnlyList<MapOp> Assume(AccountMap map, SketchTalk talk)
    {
        // Rules refuse a second TALKS_WITH between the same pair, so an existing one (planned too) is changed instead.
        var existing = map.Edges.FirstOrDefault(e => e.Type == EdgeType.TALKS_WITH && e.From == talk.From && e.To == talk.To);
        if (existing is not null)
        {
            var takenUp = existing.Status == RelationshipStatus.Planned ? RelationshipStatus.Active : (RelationshipStatus?)null;
            return EdgeRules.Update(map, existing.Id, new EdgePatch { Strength = talk.Strength, Status = takenUp });
        }
        return EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = talk.From, To = talk.To, Strength = talk.Strength, Id = NewEdgeId(map) });
    }

    /// <summary>The first of sketch-1, sketch-2, … that the map does not use yet.</summary>
    internal static string NewEdgeId(AccountMap map)
    {
        for (var n = 1; ; n++)
        {
            var id = EdgeIdPrefix + n.ToString(CultureInfo.InvariantCulture);
            if (map.FindEdge(id) is null) return id;
        }
    }
}

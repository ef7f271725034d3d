using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Graph.Reach;

/// <summary>
/// Which moves would most improve our way to <paramref name="To"/> (a person id, "decision-makers" or
/// "signer"). <paramref name="Strength"/> is what a relationship we build is assumed to reach (1–5);
/// the other options mean what they mean in a <see cref="ReachQuery"/>, so the moves answer the same
/// question the reach panel shows.
/// </summary>
public sealed record NextMovesQuery(
    string To = ReachQuery.DecisionMakers,
    int K = 3,
    int Strength = 3,
    int MaxHops = 6,
    IReadOnlyCollection<Stance>? Avoid = null,
    IReadOnlyCollection<EdgeType>? EdgeTypes = null)
{
    /// <summary>The reach question the moves improve the answer to: from all of ours, strongest.</summary>
    public ReachQuery Reach => new(ReachQuery.All, To, ReachMode.Strongest, 1, MaxHops, Avoid, EdgeTypes);
}

/// <summary>
/// <see cref="New"/>: this one of ours has no relationship with that person yet, or it is only planned.
/// <see cref="Stronger"/>: it exists (active or dormant) and grows stronger.
/// </summary>
public enum MoveKind { New, Stronger }

/// <summary>Our best way in: its strength (0 when there is none) and the path, or null.</summary>
public sealed record WayIn(double Strength, ReachPath? Path)
{
    public static WayIn None { get; } = new(0, null);
}

/// <summary>
/// One move: counterpart <see cref="From"/> builds (or strengthens) a TALKS_WITH to person <see cref="To"/>
/// at <see cref="Strength"/>, which raises our best way in by <see cref="Gain"/> to <see cref="After"/>.
/// <see cref="EdgeId"/> is the existing edge the move changes (a planned or weaker one), null for a new
/// one; in <see cref="After"/>'s path a new relationship's edge is named by <see cref="Sketch"/> ("sketch-1").
/// </summary>
public sealed record NextMove
{
    public required string From { get; init; }
    public required string To { get; init; }
    public required MoveKind Kind { get; init; }
    public required int Strength { get; init; }
    /// <summary>After minus before, in strength (0.12 = 12 percentage points).</summary>
    public required double Gain { get; init; }
    public required WayIn After { get; init; }
    public required string Explanation { get; init; }
    public string? EdgeId { get; init; }
    /// <summary>The strength the relationship has today (a stronger move), else null.</summary>
    public int? StrengthBefore { get; init; }
    public required PeerFit Fit { get; init; }

    /// <summary>The move as a what-if: the sketch that assumes it.</summary>
    public Sketch AsSketch() => new() { Talks = [new SketchTalk(From, To, Strength)] };
}

/// <summary>
/// Today's best way in and the moves that raise it most, best first. <see cref="Reason"/> says why
/// there are no moves (no target marked, nobody of ours, or nothing would raise it); null when there are.
/// </summary>
public sealed record NextMovesAnswer(WayIn Baseline, IReadOnlyList<NextMove> Moves, string? Reason)
{
    /// <summary>
    /// With several targets (two decision makers, say): those our own best way to is weaker than the best way in,
    /// weakest first. The best way in counts the best-reached target, so no move aims at these; asking for moves
    /// to one of them by name does.
    /// </summary>
    public IReadOnlyList<WeakerTarget> Weaker { get; init; } = [];
}

/// <summary>One of several targets with our best way to it (0: none today), weaker than the best way in.</summary>
public sealed record WeakerTarget(string Id, string Name, double Strength);

using System.Collections.Immutable;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

public enum ReachMode { Strongest, Shortest }

/// <summary>
/// A reach question. <paramref name="From"/> is a counterpart id or "all"; <paramref name="To"/> a person id,
/// "decision-makers" or "signer". Null <paramref name="Avoid"/> avoids detractors; null <paramref name="EdgeTypes"/>
/// allows TALKS_WITH, INFLUENCES and REPORTS_TO.
/// </summary>
public sealed record ReachQuery(
    string From = ReachQuery.All,
    string To = ReachQuery.DecisionMakers,
    ReachMode Mode = ReachMode.Strongest,
    int K = 1,
    int MaxHops = 6,
    IReadOnlyCollection<Stance>? Avoid = null,
    IReadOnlyCollection<EdgeType>? EdgeTypes = null)
{
    public const string All = "all";
    public const string DecisionMakers = "decision-makers";
    public const string Signer = "signer";
}

/// <summary>One way in: node ids from our counterpart to the target person, the edge ids used, and why in words.</summary>
public sealed record ReachPath(double Strength, int Hops, IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges, string Explanation);

/// <summary>The paths found, best first; when there are none, <see cref="Reason"/> says why.</summary>
public sealed record ReachAnswer(IReadOnlyList<ReachPath> Paths, string? Reason);

/// <summary>
/// A path on a <see cref="ReachGraph"/> in node indexes. <see cref="Slots"/> are adjacency slots
/// (see <see cref="ReachGraph.EdgeIdAt"/>). The strength is exactly <see cref="Product"/> / 5^hops.
/// </summary>
public sealed record IndexPath(ImmutableArray<int> Nodes, ImmutableArray<int> Slots, long Product)
{
    public int Hops => Slots.Length;

    public double Strength => Product / Math.Pow(5, Hops);

    // By content: ImmutableArray alone would compare the underlying array references.
    public bool Equals(IndexPath? other) =>
        other is not null && Product == other.Product
        && Nodes.AsSpan().SequenceEqual(other.Nodes.AsSpan()) && Slots.AsSpan().SequenceEqual(other.Slots.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Product);
        foreach (var n in Nodes) hash.Add(n);
        return hash.ToHashCode();
    }
}

/// <summary>
/// The query options in the form the search loop reads them. Masks are bit sets over
/// <c>(int)Stance</c> and <c>(int)EdgeType</c>.
/// </summary>
public readonly record struct ReachLimits(ReachMode Mode, int MaxHops, int AvoidMask, int EdgeTypeMask)
{
    public const int AllPathTypes = (1 << (int)EdgeType.TALKS_WITH) | (1 << (int)EdgeType.INFLUENCES) | (1 << (int)EdgeType.REPORTS_TO);

    public const int MaxHopsLimit = 12;

    public static ReachLimits Default { get; } = new(ReachMode.Strongest, 6, 1 << (int)Stance.Detractor, AllPathTypes);

    public static ReachLimits Strongest(int maxHops = 6) => Default with { MaxHops = maxHops };

    public static int MaskOf(IEnumerable<Stance> stances)
    {
        ArgumentNullException.ThrowIfNull(stances);
        var mask = 0;
        foreach (var s in stances) mask |= 1 << (int)s;
        return mask;
    }

    public static int MaskOf(IEnumerable<EdgeType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var mask = 0;
        foreach (var t in types) mask |= 1 << (int)t;
        return mask;
    }
}

using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>What a function's box says about its people: how many, their stances, who decides.</summary>
public sealed record FunctionSummary(string FunctionId, string? Name, int People, int Champions, int Supporters, int Neutral, int Skeptics, int Detractors, int Deciders)
{
    public static FunctionSummary Of(Node? function, IReadOnlyCollection<Node> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        int Count(Stance s) => people.Count(p => p.Stance == s);
        return new(function?.Id ?? "", function?.Name, people.Count, Count(Stance.Champion), Count(Stance.Supporter), Count(Stance.Neutral),
            Count(Stance.Skeptic), Count(Stance.Detractor), people.Count(p => p.Roles.Contains(BuyingRole.DecisionMaker)));
    }
}

/// <summary>
/// A function drawn as one box instead of its people's cards, far out or folded by hand, over the region
/// where their cards stand (its size is set, not measured). It cannot be dragged.
/// </summary>
public sealed class FunctionBoxModel : NodeModel
{
    public const string Prefix = "function-box:";

    public FunctionBoxModel(string functionId, FunctionSummary summary, Point position) : base(IdFor(functionId), position)
    {
        ControlledSize = true;
        FunctionId = functionId;
        Summary = summary;
        Locked = true;
    }

    public static string IdFor(string functionId) => Prefix + functionId;

    /// <summary>The function's node id; "" for the people with no function.</summary>
    public string FunctionId { get; }

    public FunctionSummary Summary { get; set; }

    public bool Dimmed { get; set; }
}

/// <summary>All the lines between two ends of which at least one is a function's box: one line, as thick as there are many.</summary>
public sealed class BundleLinkModel : LinkModel
{
    public BundleLinkModel(string a, string b, int count, NodeModel from, NodeModel to) : base(from, to)
    {
        (A, B, Count) = (a, b, count);
        Color = "#90a4ae";
        Width = 1 + Math.Log2(count);
        Locked = true;
        AddLabel(count.ToString(System.Globalization.CultureInfo.CurrentCulture));
    }

    public string A { get; }

    public string B { get; }

    public int Count { get; }
}

/// <summary>Which lines the map draws: some types hidden; weak (strength 1–2) and dormant relationships hidden or not.</summary>
public sealed record LineFilter
{
    public IReadOnlySet<EdgeType> Hidden { get; init; } = new HashSet<EdgeType>();

    public bool HideWeak { get; init; }

    public bool IsEmpty => Hidden.Count == 0 && !HideWeak;

    public bool Shows(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (Hidden.Contains(edge.Type)) return false;
        return !HideWeak || edge.Type is not (EdgeType.TALKS_WITH or EdgeType.INFLUENCES) || (edge.Status != RelationshipStatus.Dormant && (edge.Strength ?? 3) > 2);
    }

    public LineFilter Toggle(EdgeType type, bool show) =>
        this with { Hidden = show ? Hidden.Where(t => t != type).ToHashSet() : Hidden.Append(type).ToHashSet() };
}

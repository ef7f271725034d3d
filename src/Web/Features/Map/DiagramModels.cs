using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>What a card and a line share when paths are shown: which one they are on, lit or dimmed.</summary>
public interface IEmphasis
{
    int? Path { get; set; }

    bool Highlighted { get; set; }

    bool Dimmed { get; set; }

    void Refresh();
}

/// <summary>A map node on the diagram: the diagram id is our node id; the widget reads <see cref="Data"/>.</summary>
public sealed class MapNodeModel : NodeModel, IEmphasis
{
    public MapNodeModel(Node data, string? functionName, Point position) : base(data.Id, position)
    {
        Data = data;
        FunctionName = functionName;
    }

    /// <summary>A line drawn from this card may end on any other card, never on itself, a function's box or a line.</summary>
    public override bool CanAttachTo(ILinkable other) => other is MapNodeModel node && node != this;

    /// <summary>People and ours are drawn always; meetings, concerns and arguments only on the plan layer.</summary>
    public static bool IsPlanItem(Node n) => n.Kind is NodeKind.Meeting or NodeKind.Concern or NodeKind.Argument;

    public Node Data { get; set; }

    public string? FunctionName { get; set; }

    /// <summary>Dimmed by a filter or because it is off the highlighted path.</summary>
    public bool Dimmed { get; set; }

    /// <summary>On the highlighted path or the focus of a finding.</summary>
    public bool Highlighted { get; set; }

    /// <summary>Which of the shown reach paths this card is on first (0 the best), for its colour; null when on none.</summary>
    public int? Path { get; set; }

    /// <summary>The stance a what-if assumes for this person when it is not theirs; null otherwise.</summary>
    public Stance? WhatIfStance { get; set; }

    /// <summary>Other viewers who have this card selected: (name, colour).</summary>
    public IReadOnlyList<(string Name, string Colour)> SelectedBy { get; set; } = [];

    /// <summary>What a comparison of two points found for this card; null: unchanged, or no comparison shown.</summary>
    public Graph.History.Delta? Mark { get; set; }
}

/// <summary>A map edge on the diagram, joined node to node; the link id is our edge id.</summary>
public sealed class MapLinkModel : LinkModel, IEmphasis
{
    public MapLinkModel(Edge data, MapNodeModel from, MapNodeModel to, bool whatIf = false) : base(data.Id, from, to) => Restyle(data, whatIf);

    public Edge Data { get; private set; } = null!;

    public bool Dashed => Data.Dotted || Data.Status is RelationshipStatus.Planned || Data.Type is EdgeType.ATTENDED or EdgeType.RAISED or EdgeType.ANSWERS;

    /// <summary>Assumed by a what-if: a hypothetical relationship, or a real one at another strength.</summary>
    public bool WhatIf { get; private set; }

    public bool Dimmed { get; set; }

    public bool Highlighted { get; set; }

    /// <summary>Which of the shown reach paths runs along this line (0 the best), for its colour.</summary>
    public int? Path { get; set; }

    /// <summary>What a comparison of two points found for this line; null: unchanged, or no comparison shown.</summary>
    public Graph.History.Delta? Mark { get; set; }

    /// <summary>Where the line was last drawn bending around other cards (its control point); null when drawn straight.</summary>
    public (double X, double Y)? Bend { get; set; }

    public void Restyle(Edge data, bool whatIf = false)
    {
        Data = data;
        WhatIf = whatIf;
        var strength = data.Strength ?? 3;
        Color = whatIf ? EdgeStyle.WhatIf : EdgeStyle.Color(data);
        Width = data.Type == EdgeType.REPORTS_TO ? 1.5 : 0.8 + strength * 0.7;
        // The strength is written on the line by MapLinkWidget, not as a label model with its own component.
        TargetMarker = LinkMarker.Arrow;
    }
}

public static class EdgeStyle
{
    /// <summary>What a what-if assumes: a colour no real relationship has, drawn dotted (never colour alone).</summary>
    public const string WhatIf = "#e65100";

    public static string Color(Edge e) => e.Type switch
    {
        EdgeType.REPORTS_TO => "#78909c",
        EdgeType.INFLUENCES => "#8e24aa",
        EdgeType.TALKS_WITH when e.Status == RelationshipStatus.Dormant => "#90a4ae",
        EdgeType.TALKS_WITH => "#0277bd",
        _ => "#bdbdbd",
    };
}

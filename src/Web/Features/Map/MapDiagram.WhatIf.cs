using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Web.Features.Map;

// The what-if layer: a sketch drawn over the map. Hypothetical relationships are drawn dotted in their
// own colour, people whose stance it changes carry a "what if" mark; the map itself stays as it is.
public sealed partial class MapDiagram
{
    /// <summary>The what-if shown over the map (only what still applies to it); null when none is.</summary>
    public Sketch? WhatIf { get; private set; }

    /// <summary>The map as the what-if assumes it: what reach, risks and next moves run on while it is shown.</summary>
    public AccountMap? Sketched { get; private set; }

    /// <summary>
    /// A newer map left parts of the what-if without ground (a person deleted, say): those parts, now gone
    /// from it, and the map before (which still knows the names they mention).
    /// </summary>
    public event Action<Sketch, AccountMap>? WhatIfDropped;

    /// <summary>Draws <paramref name="sketch"/> over the map; null takes the layer away.</summary>
    public void ShowWhatIf(Sketch? sketch)
    {
        WhatIf = sketch;
        Update(Map);
    }

    /// <summary>Lays the what-if over a (newer) map, keeping what still applies.</summary>
    private void Assume(AccountMap map, AccountMap before)
    {
        if (WhatIf is null)
        {
            Sketched = null;
            return;
        }
        var layer = SketchLayer.Over(map, WhatIf);
        (WhatIf, Sketched) = (layer.Kept, layer.Map);
        if (layer.Dropped.Talks.Count + layer.Dropped.Stances.Count > 0) WhatIfDropped?.Invoke(layer.Dropped, before);
    }

    private Stance? WhatIfStance(Node node) =>
        Sketched?.Find(node.Id) is { } assumed && assumed.Stance != node.Stance ? assumed.Stance : null;

    /// <summary>An edge the what-if adds, or changes (the real one differs).</summary>
    private bool IsWhatIf(Edge edge) => Sketched is not null && Map.FindEdge(edge.Id) != edge;
}

using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace SalesOps.Web.Features.Map;

// The user's gestures on the diagram (a drag, a line drawn) and others' drags shown live.
public sealed partial class MapDiagram
{
    /// <summary>Shows where another viewer is dragging a card; the stored position arrives with their drag end.</summary>
    public void ShowDragging(string nodeId, double x, double y)
    {
        if (_draggingHere.Contains(nodeId) || NodeOf(nodeId) is not { } n) return;
        _applying = true;
        try { n.SetPosition(x, y); }
        finally { _applying = false; }
    }

    /// <summary>Marks the cards other viewers have selected with their name and colour.</summary>
    public void ShowSelections(IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Colour)>> byNode)
    {
        foreach (var n in Diagram.Nodes.OfType<MapNodeModel>())
        {
            var now = byNode.GetValueOrDefault(n.Id, []);
            if (now.SequenceEqual(n.SelectedBy)) continue;
            n.SelectedBy = now;
            n.Refresh();
        }
    }

    private void OnMoving(NodeModel model)
    {
        if (_applying || model is not MapNodeModel n) return;
        _draggingHere.Add(n.Id);
        var now = DateTime.UtcNow;
        if (_lastShared.TryGetValue(n.Id, out var last) && now - last < DragShareInterval) return;
        _lastShared[n.Id] = now;
        NodeDragging?.Invoke(n.Id, Math.Round(n.Position.X, 1), Math.Round(n.Position.Y, 1));
    }

    private void OnMoved(MovableModel model)
    {
        if (model is MapNodeModel n) _draggingHere.Remove(n.Id);
        if (!_applying && model is MapNodeModel m)
        {
            Rebend();
            NodeMoved?.Invoke(m.Id, Math.Round(m.Position.X, 1), Math.Round(m.Position.Y, 1));
        }
    }

    /// <summary>
    /// A card dropped or moved into a line's way (or out of it) bends that line (or straightens it): lines are drawn
    /// again when their own cards move, so the others are weighed here. Only the lines whose bend changed are redrawn.
    /// On a big map nothing bends, and a map that grew big straightens the lines it had bent.
    /// </summary>
    private void Rebend()
    {
        foreach (var link in _links.Values)
        {
            if (_paths.BendOf(Diagram, link) != link.Bend) link.Refresh();
        }
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        if (_applying || link.Target is not PositionAnchor) return;
        _pending = link;
        link.TargetAttached += attached =>
        {
            _pending = null;
            if (attached.Source.Model is MapNodeModel from && attached.Target.Model is MapNodeModel to) LinkDrawn?.Invoke(from.Id, to.Id, attached);
        };
    }

    private void OnLinkRemoved(BaseLinkModel link)
    {
        if (link != _pending) return;
        // Removed while still unattached: the user let go away from any card.
        _pending = null;
        LinkDroppedOnNothing?.Invoke();
    }
}

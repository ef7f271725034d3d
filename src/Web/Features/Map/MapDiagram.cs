using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Core.PathGenerators;
using Blazor.Diagrams.Options;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// The account map as a diagram, in plain C#: built from an <see cref="AccountMap"/>, updated in
/// place from newer snapshots (no re-render, viewport untouched), and raising the user's gestures
/// (drag end, a line drawn from one card to another) as events. People and ours are drawn;
/// functions are listed, not drawn; plan items (meetings, concerns, arguments) only on the plan layer.
/// A what-if (MapDiagram.WhatIf.cs) is drawn over the map without changing it.
/// </summary>
public sealed partial class MapDiagram
{
    private static readonly TimeSpan DragShareInterval = TimeSpan.FromMilliseconds(100);
    private readonly Dictionary<string, DateTime> _lastShared = new(StringComparer.Ordinal);
    private readonly HashSet<string> _draggingHere = new(StringComparer.Ordinal);
    private bool _applying;
    private BaseLinkModel? _pending;
    private IReadOnlyDictionary<string, Graph.History.Delta>? _marks;

    public MapDiagram(AccountMap map)
    {
        var options = new BlazorDiagramOptions { AllowMultiSelection = true, GridSize = null };
        options.Zoom.Minimum = 0.05;
        options.Zoom.Maximum = 2.5;
        options.Links.DefaultPathGenerator = new StraightPathGenerator();
        options.Links.RequireTarget = true;
        // A line dropped near a port snaps to it; dropped on a card's body it joins that card's nearest port.
        options.Links.EnableSnapping = true;
        options.Links.SnappingRadius = 30;
        options.Links.TargetAnchorFactory = (_, link, model) => model switch
        {
            MapNodeModel node => new SinglePortAnchor(Nearest(node, link.Source.GetPlainPosition())),
            PortModel port => new SinglePortAnchor(port),
            _ => throw new ArgumentOutOfRangeException(nameof(model), model, "A line ends on a card or a port."),
        };
        Diagram = new BlazorDiagram(options);
        Diagram.RegisterComponent<MapNodeModel, MapNodeWidget>();
        Diagram.RegisterComponent<MapLinkModel, MapLinkWidget>();
        // Deleting asks for confirmation first, so the page handles the Delete key itself.
        Diagram.GetBehavior<KeyboardShortcutsBehavior>()?.RemoveShortcut("Delete", false, false, false);
        Diagram.Links.Added += OnLinkAdded;
        Diagram.Links.Removed += OnLinkRemoved;
        Map = map;
        Diagram.Batch(() => Apply(map));
    }

    public BlazorDiagram Diagram { get; }

    public AccountMap Map { get; private set; }

    /// <summary>The user let go of a node they dragged: (node id, x, y).</summary>
    public event Action<string, double, double>? NodeMoved;

    /// <summary>The user is dragging a node: (node id, x, y), at most ten times a second per node.</summary>
    public event Action<string, double, double>? NodeDragging;

    /// <summary>The user drew a link from one node to another: (from id, to id, the temporary link).</summary>
    public event Action<string, string, BaseLinkModel>? LinkDrawn;

    /// <summary>The user opened a card or a line from the keyboard (Enter or Space on it): its id.</summary>
    public event Action<string>? Activated;

    /// <summary>Selects a card or a line, as a click would, and says it was opened from the keyboard.</summary>
    public void Activate(string id)
    {
        Model? model = (Model?)NodeOf(id) ?? LinkOf(id);
        if (model is not SelectableModel selectable) return;
        Diagram.UnselectAll();
        Diagram.SelectModel(selectable, true);
        Activated?.Invoke(id);
    }

    /// <summary>The user let go of a line that was not on a card: nothing was connected.</summary>
    public event Action? LinkDroppedOnNothing;

    /// <summary>Whether meetings, concerns and arguments are drawn too (off: people and ours only).</summary>
    public bool ShowPlan { get; private set; }

    public bool Drawn(Node n) => n.Kind is NodeKind.Person or NodeKind.Counterpart || (ShowPlan && MapNodeModel.IsPlanItem(n));

    public void SetShowPlan(bool show)
    {
        ShowPlan = show;
        Update(Map);
    }

    /// <summary>Whether the caller may only look: cards cannot be dragged and no line can be drawn from a port.</summary>
    public bool ReadOnly { get; private set; }

    public void SetReadOnly(bool readOnly)
    {
        ReadOnly = readOnly;
        foreach (var node in Diagram.Nodes) Lock(node);
        foreach (var link in Diagram.Links) link.Locked = readOnly;
    }

    private void Lock(NodeModel node)
    {
        node.Locked = ReadOnly;
        foreach (var port in node.Ports) port.Locked = ReadOnly;
    }

    public MapNodeModel? NodeOf(string id) => Diagram.Nodes.OfType<MapNodeModel>().FirstOrDefault(n => n.Id == id);

    public MapLinkModel? LinkOf(string id) => Diagram.Links.OfType<MapLinkModel>().FirstOrDefault(l => l.Id == id);

    /// <summary>Brings the diagram to a newer snapshot, touching only what changed.</summary>
    public void Update(AccountMap map)
    {
        var before = Map;
        Map = map;
        Assume(map, before);
        Diagram.Batch(() => Apply(map));
    }

    private void Apply(AccountMap map)
    {
        _applying = true;
        try
        {
            var auto = MapLayout.Place(map);
            var wanted = map.Nodes.Where(Drawn).ToDictionary(n => n.Id, StringComparer.Ordinal);
            foreach (var gone in Diagram.Nodes.OfType<MapNodeModel>().Where(n => !wanted.ContainsKey(n.Id)).ToList())
                Diagram.Nodes.Remove(gone);
            foreach (var node in wanted.Values)
            {
                var (x, y) = MapLayout.PositionOf(node, auto);
                var fn = map.FunctionOf(node.Id) is { } f ? map.Find(f)?.Name : null;
                if (NodeOf(node.Id) is { } model)
                {
                    model.Data = node;
                    model.FunctionName = fn;
                    model.WhatIfStance = WhatIfStance(node);
                    var far = Math.Abs(model.Position.X - x) > 0.01 || Math.Abs(model.Position.Y - y) > 0.01;
                    if (far && !_draggingHere.Contains(node.Id)) model.SetPosition(x, y); // never yank a card out of the user's hand
                    model.Refresh();
                }
                else
                {
                    var added = Diagram.Nodes.Add(new MapNodeModel(node, fn, new Point(x, y)) { WhatIfStance = WhatIfStance(node), Mark = MarkOf(_marks, node.Id) });
                    Lock(added);
                    added.Moved += OnMoved;
                    added.Moving += OnMoving;
                }
            }

            var edges = (Sketched ?? map).Edges.Where(e => e.Type != EdgeType.WORKS_IN && wanted.ContainsKey(e.From) && wanted.ContainsKey(e.To))
                .ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (var gone in Diagram.Links.OfType<MapLinkModel>().Where(l => !edges.ContainsKey(l.Id)).ToList())
                Diagram.Links.Remove(gone);
            foreach (var edge in edges.Values)
            {
                if (LinkOf(edge.Id) is { } link)
                {
                    link.Restyle(edge, IsWhatIf(edge));
                    link.Refresh();
                }
                else
                {
                    Diagram.Links.Add(new MapLinkModel(edge, NodeOf(edge.From)!, NodeOf(edge.To)!, IsWhatIf(edge)) { Locked = ReadOnly, Mark = MarkOf(_marks, edge.Id) });
                }
            }
        }
        finally
        {
            _applying = false;
        }
    }

    /// <summary>
    /// Marks what two points of the history compared found: added, removed or changed (null: no marks).
    /// Cards and lines keep them until the map is drawn without marks again.
    /// </summary>
    public void Mark(IReadOnlyDictionary<string, Graph.History.Delta>? marks)
    {
        _marks = marks;
        Diagram.Batch(() =>
        {
            foreach (var n in Diagram.Nodes.OfType<MapNodeModel>())
            {
                n.Mark = MarkOf(marks, n.Id);
                n.Refresh();
            }
            foreach (var l in Diagram.Links.OfType<MapLinkModel>())
            {
                l.Mark = MarkOf(marks, l.Id);
                l.Refresh();
            }
        });
    }

    /// <summary>How an element differs, or null when it does not (not the enum's default, which is Added).</summary>
    private static Graph.History.Delta? MarkOf(IReadOnlyDictionary<string, Graph.History.Delta>? marks, string id) =>
        marks is not null && marks.TryGetValue(id, out var how) ? how : null;

    /// <summary>Dims everything but the given nodes and edges (null: nothing dimmed).</summary>
    public void Highlight(IReadOnlySet<string>? nodes, IReadOnlySet<string>? edges = null) =>
        HighlightPaths(nodes is null ? [] : [(nodes, edges ?? new HashSet<string>())]);

    /// <summary>
    /// Shows several paths at once, each in its own colour (the first, the best, on top); the rest
    /// dims. No paths: nothing dimmed.
    /// </summary>
    public void HighlightPaths(IReadOnlyList<(IReadOnlySet<string> Nodes, IReadOnlySet<string> Edges)> paths)
    {
        int? First(Func<int, bool> on) => Enumerable.Range(0, paths.Count).Cast<int?>().FirstOrDefault(i => on(i!.Value));
        Diagram.Batch(() =>
        {
            foreach (var n in Diagram.Nodes.OfType<MapNodeModel>())
            {
                n.Path = First(i => paths[i].Nodes.Contains(n.Id));
                n.Highlighted = n.Path is not null;
                n.Dimmed = paths.Count > 0 && !n.Highlighted;
                n.Refresh();
            }
            foreach (var l in Diagram.Links.OfType<MapLinkModel>())
            {
                l.Path = First(i => paths[i].Edges.Contains(l.Id));
                l.Highlighted = l.Path is not null;
                l.Dimmed = paths.Count > 0 && !l.Highlighted;
                l.Refresh();
            }
        });
    }

    /// <summary>
    /// Shows every card, never magnified beyond 1:1. With <paramref name="minZoom"/> a large map
    /// stays readable instead: it is shown from the top (where the decision makers sit), centred.
    /// </summary>
    public void Fit(double margin = 40, double? minZoom = null, IReadOnlySet<string>? only = null)
    {
        var nodes = Diagram.Nodes.Where(n => only?.Contains(n.Id) != false).ToList();
        if (Diagram.Container is not { } c || nodes.Count == 0) return;
        var (minX, maxX) = (nodes.Min(n => n.Position.X), nodes.Max(n => n.Position.X + (n.Size?.Width ?? 200)));
        var (minY, maxY) = (nodes.Min(n => n.Position.Y), nodes.Max(n => n.Position.Y + (n.Size?.Height ?? 90)));
        var zoom = Math.Min(1, Math.Min((c.Width - 2 * margin) / Math.Max(1, maxX - minX), (c.Height - 2 * margin) / Math.Max(1, maxY - minY)));
        var clipped = minZoom is { } m && zoom < m;
        zoom = Math.Max(clipped ? minZoom!.Value : zoom, Diagram.Options.Zoom.Minimum);
        Diagram.SetZoom(zoom);
        Diagram.SetPan(c.Width / 2 - (minX + maxX) / 2 * zoom,
            clipped ? margin - minY * zoom : c.Height / 2 - (minY + maxY) / 2 * zoom);
    }

    /// <summary>Pans so the node sits in the middle of the canvas, and selects it unless told not to.</summary>
    public void CenterOn(string nodeId, bool select = true)
    {
        if (NodeOf(nodeId) is not { } n || Diagram.Container is not { } c) return;
        var w = n.Size?.Width ?? 200;
        var h = n.Size?.Height ?? 90;
        Diagram.SetPan(c.Width / 2 - (n.Position.X + w / 2) * Diagram.Zoom, c.Height / 2 - (n.Position.Y + h / 2) * Diagram.Zoom);
        if (!select) return;
        Diagram.UnselectAll();
        Diagram.SelectModel(n, true);
    }

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
        if (!_applying && model is MapNodeModel m) NodeMoved?.Invoke(m.Id, Math.Round(m.Position.X, 1), Math.Round(m.Position.Y, 1));
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        if (_applying || link.Target is not PositionAnchor) return;
        _pending = link;
        link.TargetAttached += attached =>
        {
            _pending = null;
            var from = (attached.Source.Model as PortModel)?.Parent as MapNodeModel ?? attached.Source.Model as MapNodeModel;
            var to = (attached.Target.Model as PortModel)?.Parent as MapNodeModel ?? attached.Target.Model as MapNodeModel;
            if (from is not null && to is not null) LinkDrawn?.Invoke(from.Id, to.Id, attached);
        };
    }

    private void OnLinkRemoved(BaseLinkModel link)
    {
        if (link != _pending) return;
        // Removed while still unattached: the user let go away from any card.
        _pending = null;
        LinkDroppedOnNothing?.Invoke();
    }

    private static PortModel Nearest(NodeModel node, Point? from) =>
        from is null ? node.Ports[0] : node.Ports.MinBy(p => p.Position.DistanceTo(from))!;
}

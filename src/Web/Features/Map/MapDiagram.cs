using Blazor.Diagrams;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
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
    private readonly BendingPathGenerator _paths;
    private BaseLinkModel? _pending;
    private IReadOnlyDictionary<string, Graph.History.Delta>? _marks;
    // The diagram's cards and lines by id: a 2,000-person map must not be searched card by card.
    private readonly Dictionary<string, MapNodeModel> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MapLinkModel> _links = new(StringComparer.Ordinal);

    public MapDiagram(AccountMap map)
    {
        var options = new BlazorDiagramOptions { AllowMultiSelection = true, GridSize = null };
        // Far enough out for a 2,000-person map to fit; from 0.45 down a big map shows functions, not people.
        options.Zoom.Minimum = 0.02;
        options.Zoom.Maximum = 2.5;
        _paths = new BendingPathGenerator(() => IsBig);
        options.Links.DefaultPathGenerator = _paths;
        options.Links.RequireTarget = true;
        // Cards have no ports (#20: 80 port components per viewer of a 20-card map): a line is drawn from a
        // card's grip (MapNodeWidget) and dropped anywhere on another card, and meets both at their edges.
        options.Links.EnableSnapping = false;
        Diagram = new BlazorDiagram(options);
        Diagram.RegisterComponent<MapNodeModel, MapNodeWidget>();
        Diagram.RegisterComponent<MapLinkModel, MapLinkWidget>();
        Diagram.RegisterComponent<FunctionBoxModel, FunctionBoxWidget>();
        // Deleting asks for confirmation first, so the page handles the Delete key itself.
        Diagram.GetBehavior<KeyboardShortcutsBehavior>()?.RemoveShortcut("Delete", false, false, false);
        Diagram.Links.Added += OnLinkAdded;
        Diagram.Links.Removed += OnLinkRemoved;
        Diagram.Nodes.Removed += n => { if (n is MapNodeModel m && _nodes.GetValueOrDefault(m.Id) == m) _nodes.Remove(m.Id); };
        Diagram.Links.Removed += l => { if (l is MapLinkModel m && _links.GetValueOrDefault(m.Id) == m) _links.Remove(m.Id); };
        Diagram.ZoomChanged += OnZoomChanged;
        Diagram.PanChanged += Cull;
        Diagram.ContainerChanged += Cull;
        Map = map;
        IsBig = Big(map);
        // On a big map a wheel notch zooms further: from the whole map to reading a card is ~25 notches, not ~50.
        if (IsBig) Diagram.Options.Zoom.ScaleFactor = 1.1;
        // A big map opens as its functions: the page fits it next, and 500 cards drawn first only to be folded would cost seconds.
        Detail = IsBig ? MapDetail.Groups : MapDetail.Full;
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

    /// <summary>Whether the caller may only look: cards cannot be dragged and no line can be drawn from them.</summary>
    public bool ReadOnly { get; private set; }

    public void SetReadOnly(bool readOnly)
    {
        ReadOnly = readOnly;
        foreach (var node in Diagram.Nodes) Lock(node);
        foreach (var link in Diagram.Links) link.Locked = readOnly || link is BundleLinkModel;
    }

    private void Lock(NodeModel node)
    {
        // A function's box never moves: it stands where its people are.
        var locked = ReadOnly || node is FunctionBoxModel;
        if (node.Locked == locked) return;
        node.Locked = locked;
        // A locked card draws no grips to start a line from.
        if (node is MapNodeModel) node.Refresh();
    }

    public MapNodeModel? NodeOf(string id) => _nodes.GetValueOrDefault(id);

    public MapLinkModel? LinkOf(string id) => _links.GetValueOrDefault(id);

    /// <summary>Brings the diagram to a newer snapshot, touching only what changed.</summary>
    public void Update(AccountMap map)
    {
        var before = Map;
        Map = map;
        IsBig = Big(map);
        Assume(map, before);
        Diagram.Batch(() => Apply(map));
    }

    private void Apply(AccountMap map)
    {
        _applying = true;
        try
        {
            var layout = Layouts.Of(map);
            _where = layout.Positions;
            var wanted = map.Nodes.Where(n => Drawn(n) && !IsFolded(map, n)).ToDictionary(n => n.Id, StringComparer.Ordinal);
            foreach (var gone in _nodes.Values.Where(n => !wanted.ContainsKey(n.Id)).ToList())
                Diagram.Nodes.Remove(gone);
            foreach (var node in wanted.Values)
            {
                var (x, y) = MapLayout.PositionOf(node, layout.Positions);
                var fn = map.FunctionOf(node.Id) is { } f ? map.Find(f)?.Name : null;
                var whatIf = WhatIfStance(node);
                if (NodeOf(node.Id) is { } model)
                {
                    var far = Math.Abs(model.Position.X - x) > 0.01 || Math.Abs(model.Position.Y - y) > 0.01;
                    if (far && !_draggingHere.Contains(node.Id)) model.SetPosition(x, y); // never yank a card out of the user's hand
                    // Only a card whose data changed is drawn again: a live change to one person leaves the other 499 alone.
                    if (ReferenceEquals(model.Data, node) && model.FunctionName == fn && model.WhatIfStance == whatIf) continue;
                    (model.Data, model.FunctionName, model.WhatIfStance) = (node, fn, whatIf);
                    model.Refresh();
                }
                else
                {
                    var added = Diagram.Nodes.Add(new MapNodeModel(node, fn, new Point(x, y)) { WhatIfStance = whatIf, Mark = MarkOf(_marks, node.Id) });
                    _nodes[node.Id] = added;
                    Lock(added);
                    added.Moved += OnMoved;
                    added.Moving += OnMoving;
                }
            }
            ApplyBoxes(map, layout);

            var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
            var bundles = new Dictionary<(string, string), int>();
            foreach (var e in (Sketched ?? map).Edges)
            {
                if (e.Type == EdgeType.WORKS_IN || !Lines.Shows(e)) continue;
                if (wanted.ContainsKey(e.From) && wanted.ContainsKey(e.To)) edges[e.Id] = e;
                else if (EndOf(map, e.From, wanted) is { } a && EndOf(map, e.To, wanted) is { } b && a != b)
                {
                    // Lines into a folded function are drawn as one bundle per pair of ends, whatever their type.
                    var ends = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
                    bundles[ends] = bundles.GetValueOrDefault(ends) + 1;
                }
            }
            foreach (var gone in _links.Values.Where(l => !edges.ContainsKey(l.Id)).ToList())
                Diagram.Links.Remove(gone);
            foreach (var edge in edges.Values)
            {
                var whatIf = IsWhatIf(edge);
                if (LinkOf(edge.Id) is { } link)
                {
                    if (ReferenceEquals(link.Data, edge) && link.WhatIf == whatIf) continue;
                    link.Restyle(edge, whatIf);
                    link.Refresh();
                }
                else
                {
                    _links[edge.Id] = (MapLinkModel)Diagram.Links.Add(new MapLinkModel(edge, NodeOf(edge.From)!, NodeOf(edge.To)!, whatIf) { Locked = ReadOnly, Mark = MarkOf(_marks, edge.Id) });
                }
            }
            ApplyBundles(bundles);
            Rebend();
        }
        finally
        {
            _applying = false;
        }
        if (_emphasis.Count > 0) HighlightPaths(_emphasis, _emphasisBy);
        Cull();
    }
}

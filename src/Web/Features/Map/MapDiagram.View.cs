using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

// What the viewer is shown on top of the map: marks of a comparison, highlighted paths, the selection's
// neighbourhood, and where the view sits (fit, centre on a card).
public sealed partial class MapDiagram
{
    /// <summary>
    /// The diagram's zoom and pan settings, for the browser to show a wheel notch or a pan at once as
    /// the diagram will compute it (mapview.js).
    /// </summary>
    public ViewGestures Gestures
    {
        get
        {
            var o = Diagram.Options;
            return new(o.Zoom.Enabled, o.Zoom.ScaleFactor, o.Zoom.Minimum, o.Zoom.Maximum, o.Zoom.Inverse, o.AllowPanning);
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
    public void HighlightPaths(IReadOnlyList<(IReadOnlySet<string> Nodes, IReadOnlySet<string> Edges)> paths) => HighlightPaths(paths, Emphasis.Asked);

    /// <summary>
    /// Selecting a card fades everything but the card, its lines and the people at their other ends;
    /// a filter, a finding or a path shown stays as it is. Null (nothing selected) takes the fade away.
    /// </summary>
    public void FadeAround(string? nodeId)
    {
        if (_emphasisBy == Emphasis.Asked) return;
        if (nodeId is null || Map.Find(nodeId) is null)
        {
            if (_emphasisBy == Emphasis.Selection) HighlightPaths([], Emphasis.None);
            return;
        }
        var lines = (Sketched ?? Map).Edges.Where(e => e.Type != EdgeType.WORKS_IN && Lines.Shows(e) && (e.From == nodeId || e.To == nodeId)).ToList();
        var near = lines.SelectMany(e => new[] { e.From, e.To }).Append(nodeId).ToHashSet(StringComparer.Ordinal);
        HighlightPaths([(near, lines.Select(e => e.Id).ToHashSet(StringComparer.Ordinal))], Emphasis.Selection);
    }

    private enum Emphasis { None, Selection, Asked }

    private IReadOnlyList<(IReadOnlySet<string> Nodes, IReadOnlySet<string> Edges)> _emphasis = [];
    private Emphasis _emphasisBy;

    private void HighlightPaths(IReadOnlyList<(IReadOnlySet<string> Nodes, IReadOnlySet<string> Edges)> paths, Emphasis by)
    {
        (_emphasis, _emphasisBy) = (paths, paths.Count == 0 ? Emphasis.None : by);
        int? First(Func<int, bool> on) => Enumerable.Range(0, paths.Count).Cast<int?>().FirstOrDefault(i => on(i!.Value));
        // The functions with someone on a path: their boxes stay lit. Found once, not once per box.
        var lit = paths.Count == 0 ? [] : Map.OfKind(NodeKind.Person).Where(n => paths.Any(p => p.Nodes.Contains(n.Id)))
            .Select(n => Map.FunctionOf(n.Id) ?? "").ToHashSet(StringComparer.Ordinal);
        Diagram.Batch(() =>
        {
            foreach (var n in _nodes.Values) Emphasize(n, First(i => paths[i].Nodes.Contains(n.Id)), paths.Count > 0);
            foreach (var l in _links.Values) Emphasize(l, First(i => paths[i].Edges.Contains(l.Id)), paths.Count > 0);
            foreach (var box in _boxes.Values)
            {
                var dimmed = paths.Count > 0 && !lit.Contains(box.FunctionId);
                if (box.Dimmed == dimmed) continue;
                box.Dimmed = dimmed;
                box.Refresh();
            }
        });
    }

    /// <summary>Puts a card or a line on the given path (null: on none; dimmed while any is shown), redrawn only when that changes.</summary>
    private static void Emphasize(IEmphasis model, int? path, bool anyShown)
    {
        var (highlighted, dimmed) = (path is not null, anyShown && path is null);
        if (model.Path == path && model.Highlighted == highlighted && model.Dimmed == dimmed) return;
        (model.Path, model.Highlighted, model.Dimmed) = (path, highlighted, dimmed);
        model.Refresh();
    }

    /// <summary>
    /// Shows every card (or only the given nodes), never magnified beyond 1:1 (or, with
    /// <paramref name="atLeast"/>, at least that zoom). The extent is that of every card, drawn or
    /// folded into its function's box, so a fit that zooms in far enough to unfold still fits.
    /// </summary>
    public void Fit(double margin = 40, IReadOnlySet<string>? only = null, double? atLeast = null)
    {
        var boxes = Map.Nodes.Where(n => Drawn(n) && only?.Contains(n.Id) != false).Select(n =>
        {
            var drawn = NodeOf(n.Id);
            var (x, y) = drawn is not null ? (drawn.Position.X, drawn.Position.Y) : MapLayout.PositionOf(n, _where);
            var (w, h) = MapLayout.SizeOf(drawn);
            return (X: x, Y: y, W: w, H: h);
        }).ToList();
        if (Diagram.Container is not { } c || boxes.Count == 0) return;
        var (minX, maxX) = (boxes.Min(b => b.X), boxes.Max(b => b.X + b.W));
        var (minY, maxY) = (boxes.Min(b => b.Y), boxes.Max(b => b.Y + b.H));
        var zoom = Math.Min(1, Math.Min((c.Width - 2 * margin) / Math.Max(1, maxX - minX), (c.Height - 2 * margin) / Math.Max(1, maxY - minY)));
        zoom = Math.Max(Math.Max(zoom, atLeast ?? 0), Diagram.Options.Zoom.Minimum);
        Diagram.SetZoom(zoom);
        Diagram.SetPan(c.Width / 2 - (minX + maxX) / 2 * zoom, c.Height / 2 - (minY + maxY) / 2 * zoom);
    }

    /// <summary>
    /// Pans so the node sits in the middle of the canvas, zoomed in to at least <paramref name="atLeast"/> when given
    /// (never out), and selects it unless told not to.
    /// </summary>
    public void CenterOn(string nodeId, bool select = true, double? atLeast = null)
    {
        Reveal(nodeId);
        if (NodeOf(nodeId) is not { } n || Diagram.Container is not { } c) return;
        if (atLeast is { } least && Diagram.Zoom < least) Diagram.SetZoom(least);
        var (w, h) = MapLayout.SizeOf(n);
        Diagram.SetPan(c.Width / 2 - (n.Position.X + w / 2) * Diagram.Zoom, c.Height / 2 - (n.Position.Y + h / 2) * Diagram.Zoom);
        if (!select) return;
        Diagram.UnselectAll();
        Diagram.SelectModel(n, true);
    }

    /// <summary>Pans so the point (in map coordinates) sits in the middle of the canvas.</summary>
    public void CenterAt(double x, double y)
    {
        if (Diagram.Container is not { } c) return;
        Diagram.SetPan(c.Width / 2 - x * Diagram.Zoom, c.Height / 2 - y * Diagram.Zoom);
    }

    /// <summary>Where every card is, drawn or folded into its function's box (top-left corners).</summary>
    public IReadOnlyList<(double X, double Y)> Everywhere() =>
        [.. Map.Nodes.Where(Drawn).Select(n => NodeOf(n.Id) is { } m ? (m.Position.X, m.Position.Y) : MapLayout.PositionOf(n, _where))];
}

/// <summary>What the browser needs to zoom and pan the map's canvas the way Blazor.Diagrams does.</summary>
public sealed record ViewGestures(bool Zoom, double Scale, double Minimum, double Maximum, bool Inverse, bool Panning);

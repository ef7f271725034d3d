using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>How much of a big map is drawn at the current zoom.</summary>
public enum MapDetail
{
    /// <summary>Every card with all it says: always on a map of up to <see cref="MapDiagram.BigMap"/> people.</summary>
    Full,

    /// <summary>Zoomed out on a big map: cards show name and stance only.</summary>
    Compact,

    /// <summary>Further out: each function is one box, our people stay cards.</summary>
    Groups,
}

// Level of detail and culling. A big map (more than BigMap people) is drawn by zoom: full cards when
// reading, name and stance when zoomed out, one box per function further out. A function can also be
// folded by hand. Cards and lines outside the canvas are not rendered, and cards of a folded function
// are not even on the diagram, so what the server holds per viewer follows what the viewer sees.
public sealed partial class MapDiagram
{
    /// <summary>Above this many people and ours, the map is drawn by level of detail and its lines straight; smaller maps always in full.</summary>
    public const int BigMap = Graph.Exchange.LineBend.MaxCards;

    public const double CompactBelow = 0.7;
    public const double GroupsBelow = 0.45;
    private const double CardWidth = MapLayout.CardWidth, CardHeight = MapLayout.CardHeight;

    private readonly HashSet<string> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FunctionBoxModel> _boxes = new(StringComparer.Ordinal);
    private readonly List<BundleLinkModel> _bundles = [];
    private IReadOnlyDictionary<string, (double X, double Y)> _where = new Dictionary<string, (double X, double Y)>();

    public MapDetail Detail { get; private set; }

    /// <summary>The level of detail changed (the page shows it in the canvas' class).</summary>
    public event Action? DetailChanged;

    /// <summary>Which lines are drawn: by type, and whether weak or dormant ones are hidden.</summary>
    public LineFilter Lines { get; private set; } = new();

    /// <summary>Whether the map has more than <see cref="BigMap"/> people and ours, and so is drawn by level of detail.</summary>
    public bool IsBig { get; private set; }

    private static bool Big(AccountMap map) => map.Nodes.Count(n => n.Kind is NodeKind.Person or NodeKind.Counterpart) > BigMap;

    /// <summary>The functions folded by hand into one box ("" stands for the people with no function).</summary>
    public IReadOnlySet<string> Folded => _folded;

    public void ShowLines(LineFilter lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Lines = lines;
        Update(Map);
    }

    /// <summary>Folds a function's people into one box, or unfolds it; far out, every function is a box anyway.</summary>
    public void Fold(string functionId, bool fold)
    {
        if (fold ? !_folded.Add(functionId) : !_folded.Remove(functionId)) return;
        Update(Map);
        // Folded from the side panel, the box may sit off the canvas: show where the people went.
        if (fold && _boxes.TryGetValue(functionId, out var box) && box.Size is { } size) CenterAt(box.Position.X + size.Width / 2, box.Position.Y + size.Height / 2);
    }

    /// <summary>Opens a function's box: unfolds it, and far out zooms in on its people.</summary>
    public void Open(string functionId)
    {
        _folded.Remove(functionId);
        var members = Map.Nodes.Where(n => n.Kind == NodeKind.Person && (Map.FunctionOf(n.Id) ?? "") == functionId).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        if (Detail == MapDetail.Groups) Fit(only: members, atLeast: GroupsBelow + 0.01);
        else Update(Map);
    }

    /// <summary>Makes sure a person's card is on the diagram: unfolds their function, zooms in from far out.</summary>
    public void Reveal(string nodeId)
    {
        if (Map.Find(nodeId) is not { } node || NodeOf(nodeId) is not null) return;
        if (node.Kind == NodeKind.Person) _folded.Remove(Map.FunctionOf(nodeId) ?? "");
        if (Detail == MapDetail.Groups) Diagram.SetZoom(1);
        else Update(Map);
    }

    private MapDetail LevelFor(double zoom) =>
        !IsBig || zoom >= CompactBelow ? MapDetail.Full : zoom >= GroupsBelow ? MapDetail.Compact : MapDetail.Groups;

    private void OnZoomChanged()
    {
        var level = LevelFor(Diagram.Zoom);
        if (level == Detail)
        {
            Cull();
            return;
        }
        var regroup = (level == MapDetail.Groups) != (Detail == MapDetail.Groups);
        Detail = level;
        if (regroup) Diagram.Batch(() => Apply(Map));
        else Cull();
        DetailChanged?.Invoke();
    }

    /// <summary>A person whose function is shown as a box, not as cards.</summary>
    private bool IsFolded(AccountMap map, Node n) =>
        n.Kind == NodeKind.Person && (Detail == MapDetail.Groups || _folded.Contains(map.FunctionOf(n.Id) ?? ""));

    /// <summary>Where a line to a node ends on the diagram: its card, its function's box, or nowhere.</summary>
    private string? EndOf(AccountMap map, string nodeId, Dictionary<string, Node> drawn)
    {
        if (drawn.ContainsKey(nodeId)) return nodeId;
        var function = map.FunctionOf(nodeId) ?? "";
        return map.Find(nodeId) is { Kind: NodeKind.Person } && _boxes.ContainsKey(function) ? FunctionBoxModel.IdFor(function) : null;
    }

    private void ApplyBoxes(AccountMap map, MapPlacement layout)
    {
        var members = map.Nodes.Where(n => IsFolded(map, n)).GroupBy(n => map.FunctionOf(n.Id) ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var gone in _boxes.Keys.Where(k => !members.ContainsKey(k)).ToList())
        {
            Diagram.Nodes.Remove(_boxes[gone]);
            _boxes.Remove(gone);
        }
        if (members.Count == 0) return;
        var regions = MapLayout.FunctionBoxes(map, map.Nodes.Where(n => n.Kind == NodeKind.Person)
            .ToDictionary(n => n.Id, n => MapLayout.PositionOf(n, layout.Positions), StringComparer.Ordinal));
        foreach (var (functionId, people) in members)
        {
            var summary = FunctionSummary.Of(functionId.Length == 0 ? null : map.Find(functionId), people);
            var (x, y, w, h) = regions.TryGetValue(functionId, out var region) ? region : (0, 0, FunctionRegions.MinWidth, FunctionRegions.MinHeight);
            if (_boxes.TryGetValue(functionId, out var box))
            {
                if (box.Summary != summary || box.Size is not { } size || size.Width != w || size.Height != h)
                {
                    (box.Summary, box.Size) = (summary, new Size(w, h));
                    box.Refresh();
                }
                if (Math.Abs(box.Position.X - x) > 0.01 || Math.Abs(box.Position.Y - y) > 0.01) box.SetPosition(x, y);
                continue;
            }
            var added = (FunctionBoxModel)Diagram.Nodes.Add(new FunctionBoxModel(functionId, summary, new Point(x, y)) { Size = new Size(w, h) });
            // Under the cards: our people often stand inside the region of the people they talk with.
            Diagram.SendToBack(added);
            _boxes[functionId] = added;
        }
    }

    private void ApplyBundles(Dictionary<(string A, string B), int> bundles)
    {
        // Few (functions × ours), and rebuilt only when something changed: simpler than matching them up.
        var same = bundles.Count == _bundles.Count && _bundles.All(b => bundles.GetValueOrDefault((b.A, b.B)) == b.Count);
        if (same) return;
        foreach (var b in _bundles) Diagram.Links.Remove(b);
        _bundles.Clear();
        foreach (var ((a, b), count) in bundles)
        {
            if (End(a) is not { } from || End(b) is not { } to) continue;
            var bundle = new BundleLinkModel(a, b, count, from, to);
            Diagram.Links.Add(bundle);
            _bundles.Add(bundle);
        }
    }

    private NodeModel? End(string id) => (NodeModel?)NodeOf(id) ?? _boxes.Values.FirstOrDefault(b => b.Id == id);

    private static NodeModel? CardOf(Anchor? end) => end?.Model as NodeModel;

    /// <summary>
    /// On a big map, only what is on the canvas is rendered: cards by their box, lines by the box of their two
    /// ends. What comes within a card's margin of the canvas is drawn; what is drawn goes only once it is half a
    /// canvas away, so a view moving to and fro does not draw and drop (and measure) the same cards at every
    /// step. Small maps render everything, as they always did.
    /// </summary>
    private void Cull()
    {
        if (!IsBig || Diagram.Container is not { } c) return;
        var (zoom, pan) = (Diagram.Zoom, Diagram.Pan);
        var (left, top, width, height) = (-pan.X / zoom, -pan.Y / zoom, c.Width / zoom, c.Height / zoom);
        var show = Area(CardWidth, CardHeight);
        var keep = Area(Math.Max(CardWidth, width / 2), Math.Max(CardHeight, height / 2));
        (double L, double T, double R, double B) Area(double dx, double dy) => (left - dx, top - dy, left + width + dx, top + height + dy);
        static bool Inside((double L, double T, double R, double B) a, double x0, double y0, double x1, double y1) =>
            x1 >= a.L && x0 <= a.R && y1 >= a.T && y0 <= a.B;
        bool Drawn(bool now, double x0, double y0, double x1, double y1) => Inside(show, x0, y0, x1, y1) || (now && Inside(keep, x0, y0, x1, y1));
        foreach (var n in Diagram.Nodes)
        {
            var (w, h) = MapLayout.SizeOf(n);
            var visible = Drawn(n.Visible, n.Position.X, n.Position.Y, n.Position.X + w, n.Position.Y + h);
            if (n.Visible != visible) n.Visible = visible;
        }
        foreach (var l in Diagram.Links)
        {
            if (CardOf(l.Source) is not { } s || CardOf(l.Target) is not { } t) continue;
            var visible = Drawn(l.Visible, Math.Min(s.Position.X, t.Position.X), Math.Min(s.Position.Y, t.Position.Y),
                Math.Max(s.Position.X, t.Position.X) + CardWidth, Math.Max(s.Position.Y, t.Position.Y) + CardHeight);
            if (l.Visible != visible) l.Visible = visible;
        }
    }
}

using Microsoft.Extensions.Localization;
using System.Xml.Linq;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

// The map itself: cards where the screen puts them, relationships under them, scaled into the page.
public static partial class MapPicture
{
    private const double SlotWidth = 240;
    private const double RowHeight = 170;

    private static XElement Drawing(AccountMap map, MapPictureOptions o, (double X, double Y, double W, double H) area, IStringLocalizer text)
    {
        var cards = map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart).ToList();
        var at = Place(cards, o.Positions);
        if (o.View is { } view)
            cards = [.. cards.Where(n => at[n.Id].X < view.X + view.Width && at[n.Id].X + MapLook.CardWidth > view.X && at[n.Id].Y < view.Y + view.Height && at[n.Id].Y + Height(n) > view.Y)];
        var g = new XElement(Ns + "g", new XAttribute("class", "map"), new XAttribute("clip-path", "url(#map-area)"));
        var clip = new XElement(Ns + "clipPath", new XAttribute("id", "map-area"), new XElement(Ns + "rect", Attrs(("x", area.X), ("y", area.Y), ("width", area.W), ("height", area.H))));
        if (cards.Count == 0)
            return new XElement(Ns + "g", clip, Text(area.X + area.W / 2, area.Y + area.H / 2, "No one on this map yet.", 24 * area.H / 1000, MapLook.Muted, anchor: "middle"));

        var frame = o.View is { } v ? (X: v.X, Y: v.Y, W: v.Width, H: v.Height) : Bounds(cards, at);
        var scale = Math.Min(1.6, Math.Min(area.W / frame.W, area.H / frame.H));
        var tx = area.X + (area.W - frame.W * scale) / 2 - frame.X * scale;
        var ty = area.Y - frame.Y * scale; // top-aligned: the decision makers sit at the top
        var inner = new XElement(Ns + "g", new XAttribute("transform", FormattableString.Invariant($"translate({tx:0.##} {ty:0.##}) scale({scale:0.####})")));
        var shown = cards.ToDictionary(n => n.Id, StringComparer.Ordinal);
        // As on screen: a small map's lines bend around the cards a straight line would run behind.
        var boxes = map.Nodes.Count(n => n.Kind is NodeKind.Person or NodeKind.Counterpart) <= LineBend.MaxCards
            ? cards.ToDictionary(n => n.Id, n => Box(n, at[n.Id]), StringComparer.Ordinal)
            : null;
        foreach (var e in map.Edges.Where(e => e.Type is EdgeType.REPORTS_TO or EdgeType.INFLUENCES or EdgeType.TALKS_WITH && shown.ContainsKey(e.From) && shown.ContainsKey(e.To)))
            inner.Add(EdgeLine(e, shown[e.From], shown[e.To], at, o, boxes));
        foreach (var n in cards) inner.Add(Card(map, n, at[n.Id], o, text));
        g.Add(inner);
        return new XElement(Ns + "g", clip, g);
    }

    /// <summary>Saved positions first, then the caller's layout, then a grid under everything else.</summary>
    private static Dictionary<string, (double X, double Y)> Place(List<Node> cards, IReadOnlyDictionary<string, (double X, double Y)>? layout)
    {
        var at = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var loose = new List<Node>();
        foreach (var n in cards)
        {
            if (n.X is { } x && n.Y is { } y) at[n.Id] = (x, y);
            else if (layout?.TryGetValue(n.Id, out var p) == true) at[n.Id] = p;
            else loose.Add(n);
        }
        var (left, below) = at.Count == 0 ? (0.0, 0.0) : (at.Values.Min(p => p.X), at.Values.Max(p => p.Y) + RowHeight);
        var columns = Math.Max(4, (int)Math.Ceiling(Math.Sqrt(loose.Count * 1.8)));
        var ordered = loose.OrderBy(n => n.Kind == NodeKind.Counterpart ? 0 : 1).ThenBy(n => n.Level ?? Level.Specialist).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++) at[ordered[i].Id] = (left + i % columns * SlotWidth, below + i / columns * RowHeight);
        return at;
    }

    private static (double X, double Y, double W, double H) Bounds(List<Node> cards, Dictionary<string, (double X, double Y)> at)
    {
        const double pad = 30;
        var minX = cards.Min(n => at[n.Id].X) - pad;
        var minY = cards.Min(n => at[n.Id].Y) - pad;
        var maxX = cards.Max(n => at[n.Id].X + MapLook.CardWidth) + pad;
        var maxY = cards.Max(n => at[n.Id].Y + Height(n)) + pad;
        return (minX, minY, maxX - minX, maxY - minY);
    }

    private static double Height(Node n) => n.Roles.Count > 0 ? MapLook.CardWithBadges : MapLook.CardHeight;

    private static XElement EdgeLine(Edge e, Node from, Node to, Dictionary<string, (double X, double Y)> at, MapPictureOptions o, Dictionary<string, CardBox>? boxes)
    {
        var lit = o.HighlightedEdges?.Contains(e.Id) == true;
        var dim = o.Highlighted is not null && !lit;
        var colour = lit ? MapLook.PathColour : MapLook.EdgeColour(e);
        var (a, b) = boxes is null ? (Box(from, at[from.Id]), Box(to, at[to.Id])) : (boxes[from.Id], boxes[to.Id]);
        var bend = boxes is null ? null : LineBend.Around(a, b, boxes.Where(x => x.Key != from.Id && x.Key != to.Id).Select(x => x.Value));
        var ((x1, y1), (x2, y2)) = bend is { } c ? (LineBend.Exit(a, c), LineBend.Exit(b, c)) : (LineBend.Exit(a, b.Centre), LineBend.Exit(b, a.Centre));
        var stroke = new object?[]
        {
            Attrs(("stroke-width", lit ? Math.Max(3, MapLook.EdgeWidth(e)) : MapLook.EdgeWidth(e))), new XAttribute("stroke", colour),
            new XAttribute("marker-end", $"url(#arrow-{colour.TrimStart('#')})"), MapLook.Dashed(e) ? new XAttribute("stroke-dasharray", "7 5") : null,
        };
        var g = new XElement(Ns + "g", new XAttribute("class", $"edge type-{e.Type}"), new XAttribute("data-edge-id", e.Id), dim ? new XAttribute("opacity", "0.15") : null,
            bend is { } q
                ? new XElement(Ns + "path", new XAttribute("d", FormattableString.Invariant($"M{x1:0.##},{y1:0.##} Q{q.X:0.##},{q.Y:0.##} {x2:0.##},{y2:0.##}")), new XAttribute("fill", "none"), stroke)
                : new XElement(Ns + "line", Attrs(("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)), stroke));
        if (e.Type != EdgeType.REPORTS_TO && e.Strength is { } s)
        {
            var (mx, my) = bend is { } k ? LineBend.Along((x1, y1), k, (x2, y2), MapLook.StrengthAlong)
                : (x1 + (x2 - x1) * MapLook.StrengthAlong, y1 + (y2 - y1) * MapLook.StrengthAlong);
            g.Add(Box(mx - 8, my - 8, 16, 15, 3, "#ffffff", MapLook.BadgeBorder, 1));
            g.Add(Text(mx, my + 3.5, s.ToString(System.Globalization.CultureInfo.InvariantCulture), 10, MapLook.Ink, anchor: "middle"));
        }
        return g;
    }

    private static CardBox Box(Node n, (double X, double Y) at) => CardBox.At(at.X, at.Y, MapLook.CardWidth, Height(n));

    private static XElement Markers()
    {
        var defs = new XElement(Ns + "defs");
        foreach (var colour in new[] { "#78909c", "#8e24aa", "#0277bd", "#90a4ae", "#bdbdbd", MapLook.PathColour })
        {
            defs.Add(new XElement(Ns + "marker", new XAttribute("id", $"arrow-{colour.TrimStart('#')}"), new XAttribute("viewBox", "0 0 10 10"),
                new XAttribute("refX", "10"), new XAttribute("refY", "5"), new XAttribute("markerWidth", "10"), new XAttribute("markerHeight", "10"),
                new XAttribute("markerUnits", "userSpaceOnUse"), new XAttribute("orient", "auto"),
                new XElement(Ns + "path", new XAttribute("d", "M0,0 L10,5 L0,10 z"), new XAttribute("fill", colour))));
        }
        return defs;
    }
}

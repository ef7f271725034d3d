using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>Measures of how readable a layout is, for the layout's tests and the bench.</summary>
public static class LayoutQuality
{
    private static readonly EdgeType[] Drawn = [EdgeType.REPORTS_TO, EdgeType.INFLUENCES, EdgeType.TALKS_WITH];

    /// <summary>
    /// How many pairs of drawn lines cross: REPORTS_TO (solid and dotted), INFLUENCES and TALKS_WITH, each a
    /// straight line between its cards' centres (<paramref name="positions"/> are top-left corners; nodes without
    /// one are not drawn). Lines that share a card meet there and do not count; nor do lines that only touch.
    /// </summary>
    public static int Crossings(AccountMap map, IReadOnlyDictionary<string, (double X, double Y)> positions)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(positions);
        (double X, double Y) Centre((double X, double Y) p) => (p.X + MapLayout.CardWidth / 2, p.Y + MapLayout.CardHeight / 2);
        var lines = map.Edges
            .Where(e => Drawn.Contains(e.Type) && positions.ContainsKey(e.From) && positions.ContainsKey(e.To))
            .Select(e => new Line(e.From, e.To, Centre(positions[e.From]), Centre(positions[e.To])))
            .OrderBy(l => l.Left).ToList();

        // Sweep left to right: a line can only cross those that start before it ends.
        var count = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var a = lines[i];
            for (var j = i + 1; j < lines.Count && lines[j].Left <= a.Right; j++)
            {
                if (a.Crosses(lines[j])) count++;
            }
        }
        return count;
    }

    /// <summary>
    /// How many drawn lines (as <see cref="Crossings"/> counts them) run behind a card of neither of their ends: straight
    /// from centre to centre, or with <paramref name="bent"/> as the map draws them, bent around the cards in their way
    /// (<see cref="LineBend.Around"/>, from where each leaves its cards). Each line is sampled at 101 points.
    /// </summary>
    public static int LinesBehindCards(AccountMap map, IReadOnlyDictionary<string, (double X, double Y)> positions, bool bent)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(positions);
        var boxes = positions.Where(p => map.Find(p.Key)?.Kind is NodeKind.Person or NodeKind.Counterpart)
            .ToDictionary(p => p.Key, p => CardBox.At(p.Value.X, p.Value.Y, MapLayout.CardWidth, MapLayout.CardHeight), StringComparer.Ordinal);
        var count = 0;
        foreach (var e in map.Edges.Where(e => Drawn.Contains(e.Type) && boxes.ContainsKey(e.From) && boxes.ContainsKey(e.To)))
        {
            var (from, to) = (boxes[e.From], boxes[e.To]);
            var others = boxes.Where(b => b.Key != e.From && b.Key != e.To).Select(b => b.Value).ToList();
            var (a, c, b) = bent && LineBend.Around(from, to, others) is { } q ? (LineBend.Exit(from, q), q, LineBend.Exit(to, q)) : (from.Centre, from.Centre, to.Centre);
            var points = Enumerable.Range(0, 101).Select(k => LineBend.Along(a, c, b, k / 100.0)).ToList();
            if (others.Exists(o => points.Exists(o.Contains))) count++;
        }
        return count;
    }

    private sealed record Line(string From, string To, (double X, double Y) A, (double X, double Y) B)
    {
        public double Left => Math.Min(A.X, B.X);
        public double Right => Math.Max(A.X, B.X);

        public bool Crosses(Line o)
        {
            if (From == o.From || From == o.To || To == o.From || To == o.To) return false;
            if (Math.Max(A.Y, B.Y) < Math.Min(o.A.Y, o.B.Y) || Math.Max(o.A.Y, o.B.Y) < Math.Min(A.Y, B.Y)) return false;
            var (d1, d2) = (Side(o.A, o.B, A), Side(o.A, o.B, B));
            var (d3, d4) = (Side(A, B, o.A), Side(A, B, o.B));
            return d1 * d2 < 0 && d3 * d4 < 0;
        }

        private static double Side((double X, double Y) p, (double X, double Y) q, (double X, double Y) r) =>
            Math.Sign((q.X - p.X) * (r.Y - p.Y) - (q.Y - p.Y) * (r.X - p.X));
    }
}

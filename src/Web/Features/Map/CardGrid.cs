using SalesOps.Graph.Exchange;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// Card rectangles (top-left corners, all one size) bucketed by slot, so "would a card here cover another?"
/// looks at a few neighbours instead of every card on a 2,000-person map.
/// </summary>
internal sealed class CardGrid
{
    /// <summary>The widest gap <see cref="Free"/> can keep: a cell is a card plus this much each way.</summary>
    public const double MaxMargin = 20;

    private readonly Dictionary<(long, long), List<(double X, double Y)>> _cells = [];
    private readonly double _width;
    private readonly double _height;

    public CardGrid(IEnumerable<(double X, double Y)> cards, double width = MapLayout.CardWidth, double height = MapLayout.CardHeight)
    {
        (_width, _height) = (width, height);
        foreach (var c in cards) Add(c);
    }

    public void Add((double X, double Y) card)
    {
        var key = Cell(card.X, card.Y);
        if (!_cells.TryGetValue(key, out var list)) _cells[key] = list = [];
        list.Add(card);
    }

    /// <summary>Whether a card at (x, y) keeps at least <paramref name="margin"/> from every card.</summary>
    public bool Free(double x, double y, double margin)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(margin, MaxMargin);
        var (cx, cy) = Cell(x, y);
        // A cell is a card plus its margin wide, so only the 3×3 cells around can hold a card that touches.
        for (var i = cx - 1; i <= cx + 1; i++)
        {
            for (var j = cy - 1; j <= cy + 1; j++)
            {
                if (!_cells.TryGetValue((i, j), out var list)) continue;
                foreach (var c in list)
                {
                    if (Math.Abs(c.X - x) < _width + margin && Math.Abs(c.Y - y) < _height + margin) return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// The free place nearest (x, y) on a lattice of the given steps, searched ring by ring out to
    /// <paramref name="rings"/>; past that, (x, y) itself, which cannot happen on a map of fewer cards than a ring holds.
    /// With <paramref name="hidden"/> (how many lines a spot would put behind cards), the rings up to <paramref name="slack"/>
    /// past the first free one are searched too, within <paramref name="reach"/> of (x, y), and the spot that hides the
    /// fewest lines wins, the nearest among those.
    /// </summary>
    public (double X, double Y) Nearest(double x, double y, double stepX, double stepY, double margin, int rings,
        Func<(double X, double Y), int>? hidden = null, int slack = 0, double reach = double.MaxValue)
    {
        for (var ring = 0; ring < rings; ring++)
        {
            (double X, double Y)? nearest = null;
            var nearestDistance = double.MaxValue;
            foreach (var (px, py, distance) in Ring(x, y, stepX, stepY, ring))
            {
                if (distance < nearestDistance && Free(px, py, margin)) (nearest, nearestDistance) = ((px, py), distance);
            }
            if (nearest is not { } found) continue;
            if (hidden is null) return found;

            // A little further, within reach, a place that hides fewer lines wins; the nearer of two that hide as many.
            var (best, fewest, bestDistance) = (found, hidden(found), nearestDistance);
            for (var further = ring; further <= ring + slack && fewest > 0; further++)
            {
                foreach (var (px, py, distance) in Ring(x, y, stepX, stepY, further))
                {
                    if (distance > reach * reach || (px, py) == best || !Free(px, py, margin)) continue;
                    var lines = hidden((px, py));
                    if (lines < fewest || (lines == fewest && distance < bestDistance)) (best, fewest, bestDistance) = ((px, py), lines, distance);
                }
            }
            return best;
        }
        return (x, y);
    }

    /// <summary>The lattice points on a ring's border around (x, y), with their squared distance from it.</summary>
    private static IEnumerable<(double X, double Y, double Distance)> Ring(double x, double y, double stepX, double stepY, int ring)
    {
        for (var dx = -ring; dx <= ring; dx++)
        {
            // Only the ring's border: the inside was searched before.
            var step = Math.Abs(dx) == ring ? 1 : 2 * ring;
            for (var dy = -ring; dy <= ring; dy += step)
            {
                var (px, py) = (x + dx * stepX, y + dy * stepY);
                yield return (px, py, (px - x) * (px - x) + (py - y) * (py - y));
            }
        }
    }

    /// <summary>
    /// How many cards the line between the centres of cards at <paramref name="from"/> and <paramref name="to"/>
    /// runs behind, not counting the cards at its two ends.
    /// </summary>
    public int Behind((double X, double Y) from, (double X, double Y) to)
    {
        var (ax, ay, bx, by) = (from.X + _width / 2, from.Y + _height / 2, to.X + _width / 2, to.Y + _height / 2);
        // Walk the line in steps shorter than half a cell: only the cells around the points it passes (a long line on
        // a big map spans far fewer of them than its bounding box). The 3 × 3 cells around each point hold every card
        // that reaches into the cells the line touches between two points. Each card is in one cell; each cell is looked at once.
        var cellSize = Math.Min(_width, _height) / 2;
        var steps = (int)Math.Ceiling(Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay)) / cellSize) + 1;
        var seen = new HashSet<(long, long)>();
        var count = 0;
        for (var k = 0; k <= steps; k++)
        {
            var (cx, cy) = Cell(ax + (bx - ax) * k / steps, ay + (by - ay) * k / steps);
            for (var i = cx - 1; i <= cx + 1; i++)
            {
                for (var j = cy - 1; j <= cy + 1; j++)
                {
                    if (!seen.Add((i, j)) || !_cells.TryGetValue((i, j), out var list)) continue;
                    count += list.Count(c => c != from && c != to && Covers(c, from, to));
                }
            }
        }
        return count;
    }

    /// <summary>Whether a card at <paramref name="card"/> would cover the line between the centres of the cards at its two ends.</summary>
    public bool Covers((double X, double Y) card, (double X, double Y) from, (double X, double Y) to) =>
        LineBend.Crosses((from.X + _width / 2, from.Y + _height / 2), (to.X + _width / 2, to.Y + _height / 2), CardBox.At(card.X, card.Y, _width, _height));

    private (long, long) Cell(double x, double y) => ((long)Math.Floor(x / (_width + MaxMargin)), (long)Math.Floor(y / (_height + MaxMargin)));
}

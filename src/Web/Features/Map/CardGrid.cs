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
    /// </summary>
    public (double X, double Y) Nearest(double x, double y, double stepX, double stepY, double margin, int rings)
    {
        for (var ring = 0; ring < rings; ring++)
        {
            (double X, double Y)? best = null;
            var bestDistance = double.MaxValue;
            for (var dx = -ring; dx <= ring; dx++)
            {
                // Only the ring's border: the inside was searched before.
                var step = Math.Abs(dx) == ring ? 1 : 2 * ring;
                for (var dy = -ring; dy <= ring; dy += step)
                {
                    var (px, py) = (x + dx * stepX, y + dy * stepY);
                    var distance = (px - x) * (px - x) + (py - y) * (py - y);
                    if (distance < bestDistance && Free(px, py, margin)) (best, bestDistance) = ((px, py), distance);
                }
            }
            if (best is { } found) return found;
        }
        return (x, y);
    }

    private (long, long) Cell(double x, double y) => ((long)Math.Floor(x / (_width + MaxMargin)), (long)Math.Floor(y / (_height + MaxMargin)));
}

namespace SalesOps.Graph.Exchange;

/// <summary>A card's box on the map, in map coordinates.</summary>
public readonly record struct CardBox(double Left, double Top, double Right, double Bottom)
{
    public static CardBox At(double x, double y, double width, double height) => new(x, y, x + width, y + height);

    public (double X, double Y) Centre => ((Left + Right) / 2, (Top + Bottom) / 2);

    /// <summary>Whether the point lies inside the box (not on its border).</summary>
    public bool Contains((double X, double Y) p) => p.X > Left && p.X < Right && p.Y > Top && p.Y < Bottom;
}

/// <summary>
/// A line that runs behind a card reads as that card's line. Such a line bends around instead: a quadratic curve
/// through a control point beside the line's middle (or a quarter of the line before or after it), from where the line
/// towards that point leaves each of its two cards; the least bend that clears every other card, one side first, then
/// the other, and never more than a card's width from the straight line. The map on screen and its picture follow this
/// one rule, each with its own card sizes.
/// </summary>
public static class LineBend
{
    /// <summary>
    /// Maps of at most this many people and ours bend their lines. A bigger map is drawn by level of detail on screen,
    /// with straight lines, and weighing every line against every card would cost its picture seconds.
    /// </summary>
    public const int MaxCards = 60;

    /// <summary>How far the curve's middle may stand from the straight line, as parts of the line's length, least first.</summary>
    private static readonly double[] Bends = [0.08, 0.12, 0.16, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

    /// <summary>
    /// The farthest the curve may stand from the straight line, in map units (a card is 200 × 90): a long line bent
    /// further swings out past the map and back, harder to follow than a line behind a card.
    /// </summary>
    private const double MaxSwing = 200;
    private const int Steps = 16;

    /// <summary>
    /// The control point of the least bend between the cards <paramref name="from"/> and <paramref name="to"/> that runs
    /// behind none of <paramref name="others"/>; null when the straight line already runs behind none, or when every
    /// bend tried still runs behind one (then the straight line is the shortest to read). The curve is drawn from where
    /// the line from each card's middle towards the control point leaves the card (<see cref="Exit"/>), and that is the
    /// curve weighed.
    /// </summary>
    public static (double X, double Y)? Around(CardBox from, CardBox to, IEnumerable<CardBox> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var (a, b) = (from.Centre, to.Centre);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length < 1) return null;
        // Only cards within reach of the widest bend can be in the way of any curve tried.
        var reach = Math.Min(length * Bends[^1], MaxSwing);
        var near = others.Where(c => c.Right > Math.Min(a.X, b.X) - reach && c.Left < Math.Max(a.X, b.X) + reach
                                     && c.Bottom > Math.Min(a.Y, b.Y) - reach && c.Top < Math.Max(a.Y, b.Y) + reach).ToList();
        if (!near.Exists(c => Crosses(a, b, c))) return null;
        var (nx, ny) = (-dy / length, dx / length);
        var (mx, my) = ((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        foreach (var bend in Bends.TakeWhile(b => b * length <= MaxSwing))
        {
            foreach (var shift in (ReadOnlySpan<double>)[0, -0.25, 0.25])
            {
                foreach (var side in (ReadOnlySpan<int>)[1, -1])
                {
                    // The curve's middle stands half as far from the line as its control point.
                    var control = (X: mx + shift * dx + side * nx * 2 * bend * length, Y: my + shift * dy + side * ny * 2 * bend * length);
                    if (Clear(Exit(from, control), control, Exit(to, control), near, from, to)) return control;
                }
            }
        }
        return null;
    }

    /// <summary>The point at <paramref name="t"/> (0 to 1) of the quadratic curve from <paramref name="a"/> through <paramref name="c"/> to <paramref name="b"/>.</summary>
    public static (double X, double Y) Along((double X, double Y) a, (double X, double Y) c, (double X, double Y) b, double t)
    {
        var u = 1 - t;
        return (u * u * a.X + 2 * u * t * c.X + t * t * b.X, u * u * a.Y + 2 * u * t * c.Y + t * t * b.Y);
    }

    /// <summary>Where the line from the middle of <paramref name="card"/> towards <paramref name="towards"/> leaves the card.</summary>
    public static (double X, double Y) Exit(CardBox card, (double X, double Y) towards)
    {
        var (cx, cy) = card.Centre;
        var (dx, dy) = (towards.X - cx, towards.Y - cy);
        if (Math.Abs(dx) < 1e-9 && Math.Abs(dy) < 1e-9) return (cx, cy);
        var t = Math.Min(Math.Abs(dx) < 1e-9 ? double.MaxValue : (card.Right - card.Left) / 2 / Math.Abs(dx),
                         Math.Abs(dy) < 1e-9 ? double.MaxValue : (card.Bottom - card.Top) / 2 / Math.Abs(dy));
        return (cx + dx * t, cy + dy * t);
    }

    /// <summary>Whether the segment from <paramref name="a"/> to <paramref name="b"/> passes through the inside of <paramref name="box"/> (Liang–Barsky clipping).</summary>
    public static bool Crosses((double X, double Y) a, (double X, double Y) b, CardBox box)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var (enter, leave) = (0.0, 1.0);
        foreach (var (p, q) in (ReadOnlySpan<(double, double)>)[(-dx, a.X - box.Left), (dx, box.Right - a.X), (-dy, a.Y - box.Top), (dy, box.Bottom - a.Y)])
        {
            if (p == 0)
            {
                if (q <= 0) return false;
                continue;
            }
            var t = q / p;
            if (p < 0) enter = Math.Max(enter, t);
            else leave = Math.Min(leave, t);
            if (enter >= leave) return false;
        }
        return true;
    }

    /// <summary>Whether the curve runs behind none of the cards, and leaves its own two cards without crossing back into them.</summary>
    private static bool Clear((double X, double Y) a, (double X, double Y) c, (double X, double Y) b, List<CardBox> near, CardBox from, CardBox to)
    {
        var previous = a;
        var (left, arrived) = (false, false);
        for (var k = 1; k <= Steps; k++)
        {
            var next = Along(a, c, b, (double)k / Steps);
            foreach (var card in near)
            {
                if (Crosses(previous, next, card)) return false;
            }
            if (!from.Contains(next)) left = true;
            else if (left) return false;
            if (to.Contains(next)) arrived = true;
            else if (arrived) return false;
            previous = next;
        }
        return true;
    }
}

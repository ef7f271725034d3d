namespace SalesOps.Web.Features.Map;

/// <summary>
/// One function's drawing (positions from its own top-left corner), and how the drawings are laid out together:
/// in bands by depth (a function whose people report into another comes below it, so managers stay above their
/// people across functions), each band wrapped into rows of about the width that makes the whole map roughly
/// twice as wide as high — a screen's shape, instead of one band of cards tens of thousands of pixels long.
/// </summary>
internal sealed record FunctionBlock(string Function, Dictionary<string, (double X, double Y)> Cards)
{
    private const double Aspect = 2;
    // A buying-center map (about 20 people) stays in one row, as it was drawn before: wrapping pays only when the
    // row would be wider than a screen holds at a readable zoom.
    private const double NarrowestRow = 12 * MapLayout.SlotWidth;
    private const double GapX = MapLayout.SlotWidth;
    private const double GapY = MapLayout.RowHeight;

    public double Width => Cards.Values.Max(c => c.X) + MapLayout.CardWidth;

    public double Height => Cards.Values.Max(c => c.Y) + MapLayout.CardHeight;

    public static Dictionary<string, (double X, double Y)> Pack(IReadOnlyList<FunctionBlock> blocks, ReportingTree tree)
    {
        var placed = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        if (blocks.Count == 0) return placed;
        var depth = Depths(blocks, tree);
        var area = blocks.Sum(b => (b.Width + GapX) * (b.Height + GapY));
        var rowWidth = Math.Max(NarrowestRow, Math.Max(blocks.Max(b => b.Width), Math.Sqrt(area * Aspect)));

        var rows = new List<List<FunctionBlock>>();
        foreach (var band in blocks.GroupBy(b => depth[b.Function]).OrderBy(g => g.Key))
        {
            var row = new List<FunctionBlock>();
            rows.Add(row);
            foreach (var block in band)
            {
                if (row.Count > 0 && row.Sum(b => b.Width + GapX) + block.Width > rowWidth) rows.Add(row = []);
                row.Add(block);
            }
        }

        var top = 0.0;
        foreach (var row in rows)
        {
            // Each row centred under the widest, like an org chart.
            var left = Math.Round((rowWidth - (row.Sum(b => b.Width + GapX) - GapX)) / 2);
            foreach (var block in row)
            {
                foreach (var (id, (x, y)) in block.Cards) placed[id] = (left + x, top + y);
                left += block.Width + GapX;
            }
            top += row.Max(b => b.Height) + GapY;
        }
        // The map starts at x = 0 as before, where the plan items' rows below start too.
        var shift = placed.Values.Min(p => p.X);
        foreach (var id in placed.Keys.ToList()) placed[id] = (placed[id].X - shift, placed[id].Y);
        return placed;
    }

    /// <summary>
    /// How many functions sit above each: one more than the deepest function its drawing's top people report into
    /// (longest path; a loop between functions, which the data may hold, stops growing after one lap).
    /// </summary>
    private static Dictionary<string, int> Depths(IReadOnlyList<FunctionBlock> blocks, ReportingTree tree)
    {
        var above = tree.RootsByFunction.ToDictionary(f => f.Function, f => f.Roots
            .Select(tree.Manager).OfType<string>().Select(tree.FunctionKey).Where(g => g != f.Function)
            .Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var depth = blocks.ToDictionary(b => b.Function, _ => 0, StringComparer.Ordinal);
        for (var lap = 0; lap < blocks.Count; lap++)
        {
            var changed = false;
            foreach (var b in blocks)
            {
                var d = above[b.Function].Where(depth.ContainsKey).Select(g => depth[g] + 1).DefaultIfEmpty(0).Max();
                if (d > depth[b.Function]) (depth[b.Function], changed) = (d, true);
            }
            if (!changed) break;
        }
        return depth;
    }
}

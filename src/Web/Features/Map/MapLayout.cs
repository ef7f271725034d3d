using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// Automatic positions for nodes that have none saved: the customer's reporting hierarchy top-down
/// as a tidy tree (managers centred over their people), our counterparts in a column on the left,
/// and the account plan's items (meetings by date, then concerns, then arguments) in rows below,
/// for when the plan layer is shown.
/// </summary>
public static class MapLayout
{
    public const double SlotWidth = 240;
    public const double RowHeight = 170;
    public const double OursX = -340;
    public const double StackStep = 115;
    private const int PlanRow = 8;

    public static Dictionary<string, (double X, double Y)> Place(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var placed = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var people = map.OfKind(NodeKind.Person).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var manager = map.Edges
            .Where(e => e.Type == EdgeType.REPORTS_TO && !e.Dotted && people.ContainsKey(e.From) && people.ContainsKey(e.To))
            .GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.First().To, StringComparer.Ordinal);
        var children = manager.ToLookup(kv => kv.Value, kv => kv.Key);
        var order = Comparer<Node>.Create((a, b) =>
        {
            var byLevel = (a.Level ?? Level.Specialist).CompareTo(b.Level ?? Level.Specialist);
            return byLevel != 0 ? byLevel : string.Compare(a.Name, b.Name, StringComparison.Ordinal);
        });

        var nextSlot = 0.0;
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        double Place(Node n, int depth)
        {
            visiting.Add(n.Id);
            var kids = children[n.Id].Where(id => !visiting.Contains(id)).Select(id => people[id]).Order(order).ToList();
            double x;
            if (kids.Count >= 2 && kids.All(k => !children[k.Id].Any()))
            {
                // A team of individual contributors stacks in columns of four under its manager, like an org chart.
                var columns = (kids.Count + 3) / 4;
                var first = nextSlot;
                for (var i = 0; i < kids.Count; i++)
                    placed[kids[i].Id] = ((first + i / 4) * SlotWidth, (depth + 1) * RowHeight + (i % 4) * StackStep);
                nextSlot += columns;
                x = (first + (columns - 1) / 2.0) * SlotWidth;
            }
            else
            {
                x = kids.Count == 0 ? nextSlot++ * SlotWidth : kids.Select(k => Place(k, depth + 1)).Average();
            }
            placed[n.Id] = (x, depth * RowHeight);
            return x;
        }

        foreach (var root in people.Values.Where(p => !manager.ContainsKey(p.Id)).Order(order))
            Place(root, 0);
        // People caught in a reporting cycle (the rules forbid it, imported data might not) still get a place.
        foreach (var rest in people.Values.Where(p => !placed.ContainsKey(p.Id)).Order(order))
            Place(rest, 0);

        var i = 0;
        foreach (var ours in map.OfKind(NodeKind.Counterpart).OrderBy(n => n.Level ?? Level.Specialist).ThenBy(n => n.Name, StringComparer.Ordinal))
            placed[ours.Id] = (OursX, i++ * (RowHeight * 0.8));

        var below = placed.Count == 0 ? 0 : placed.Values.Max(p => p.Y) + RowHeight * 1.5;
        var plan = map.Nodes.Where(MapNodeModel.IsPlanItem).OrderBy(n => n.Kind).ThenBy(n => n.Date).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        for (var k = 0; k < plan.Count; k++)
            placed[plan[k].Id] = (k % PlanRow * SlotWidth, below + k / PlanRow * (RowHeight * 0.7));
        return placed;
    }

    /// <summary>Where a node is drawn: its saved position, else the automatic one.</summary>
    public static (double X, double Y) PositionOf(Node node, IReadOnlyDictionary<string, (double X, double Y)> auto)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(auto);
        if (node.X is { } x && node.Y is { } y) return (x, y);
        return auto.TryGetValue(node.Id, out var p) ? p : (0, 0);
    }

    /// <summary>The nearest place to (x, y), searched ring by ring, where a card would not cover another.</summary>
    public static (double X, double Y) FreeSpot(IReadOnlyList<(double X, double Y)> taken, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(taken);
        bool Free(double px, double py) => taken.All(t => Math.Abs(t.X - px) >= SlotWidth - 20 || Math.Abs(t.Y - py) >= RowHeight - 50);
        for (var ring = 0; ring < 12; ring++)
        {
            for (var dx = -ring; dx <= ring; dx++)
            {
                for (var dy = -ring; dy <= ring; dy++)
                {
                    if (Math.Max(Math.Abs(dx), Math.Abs(dy)) != ring) continue;
                    var (px, py) = (x + dx * SlotWidth, y + dy * (RowHeight - 40));
                    if (Free(px, py)) return (px, py);
                }
            }
        }
        return (x, y);
    }

    /// <summary>
    /// A spot for each function's box (key "" for people with no function): near its people's centre,
    /// no two boxes overlapping.
    /// </summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> FunctionSpots(AccountMap map, IReadOnlyDictionary<string, (double X, double Y)> positions)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(positions);
        var spots = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var groups = positions.GroupBy(p => map.FunctionOf(p.Key) ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var (x, y) = (g.Average(p => p.Value.X), g.Average(p => p.Value.Y));
            while (spots.Values.Any(s => Math.Abs(s.X - x) < 260 && Math.Abs(s.Y - y) < 140)) x += 270;
            spots[g.Key] = (Math.Round(x), Math.Round(y));
        }
        return spots;
    }
}

using SalesOps.Graph.Model;

namespace SalesOps.Benchmarks;

/// <summary>
/// The map layout before #13, kept only to compare against (bench <c>layout</c>, and the layout tests link this
/// file): automatic positions for nodes that have none saved: the customer's reporting hierarchy top-down
/// as a tidy tree (managers centred over their people), our counterparts in a column on the left,
/// and the account plan's items (meetings by date, then concerns, then arguments) in rows below,
/// for when the plan layer is shown.
/// </summary>
public static class OldLayout
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
        var plan = map.Nodes.Where(n => n.Kind is NodeKind.Meeting or NodeKind.Concern or NodeKind.Argument).OrderBy(n => n.Kind).ThenBy(n => n.Date).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        for (var k = 0; k < plan.Count; k++)
            placed[plan[k].Id] = (k % PlanRow * SlotWidth, below + k / PlanRow * (RowHeight * 0.7));
        return placed;
    }
}

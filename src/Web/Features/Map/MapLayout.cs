using Blazor.Diagrams.Core.Models;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// Automatic positions for nodes that have none saved: the customer's reporting hierarchy as layered
/// (Sugiyama) drawings, one block per function (<see cref="Hierarchy"/>), each of our people
/// beside the people they talk with (<see cref="OursPlacement"/>), and the account plan's items (meetings by
/// date, then concerns, then arguments) in rows below, for when the plan layer is shown. Positions are a card's
/// top-left corner; the same map gives the same positions.
/// </summary>
public static class MapLayout
{
    public const double CardWidth = 200;
    public const double CardHeight = 90;
    public const double SlotWidth = 240;
    public const double RowHeight = 170;
    private const int PlanRow = 8;

    public static Dictionary<string, (double X, double Y)> Place(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var placed = Hierarchy.Place(map);
        OursPlacement.Place(map, placed);

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

    /// <summary>A drawn card's size as the browser measured it; the layout's card size until it has been measured (or with no card).</summary>
    public static (double W, double H) SizeOf(NodeModel? card) =>
        (card?.Size?.Width ?? CardWidth, card?.Size?.Height ?? CardHeight);

    /// <summary>
    /// The region each function's box covers when it stands for its people (zoomed far out, or folded): one per
    /// function id, and "" for people in no function (<see cref="FunctionRegions"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, (double X, double Y, double Width, double Height)> FunctionBoxes(AccountMap map, IReadOnlyDictionary<string, (double X, double Y)> positions) =>
        FunctionRegions.Of(map, positions);

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
}

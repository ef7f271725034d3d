using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// Our people (counterparts) beside the customer's people they talk with: each goes to the free place nearest
/// the centre of their partners' cards (TALKS_WITH either way), so their lines stay short instead of crossing
/// the whole map from one far column. Those who talk with nobody stand in a compact column left of the map.
/// Placed one by one, the best connected first (ties by level, name, id), each seeing the cards already placed.
/// </summary>
internal static class OursPlacement
{
    /// <summary>The gap kept around each of our cards: about 9 px at the zoom that fits a demo account (10 left them touching).</summary>
    private const double Margin = CardGrid.MaxMargin;
    private const double StepX = MapLayout.SlotWidth / 2;
    private const double StepY = MapLayout.RowHeight / 2;
    private const int Rings = 60;

    public static void Place(AccountMap map, Dictionary<string, (double X, double Y)> placed)
    {
        var ours = map.OfKind(NodeKind.Counterpart).ToList();
        if (ours.Count == 0) return;
        var oursIds = ours.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var partners = ours.ToDictionary(o => o.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var e in map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH))
        {
            if (oursIds.Contains(e.From) && placed.ContainsKey(e.To)) partners[e.From].Add(e.To);
            else if (oursIds.Contains(e.To) && placed.ContainsKey(e.From)) partners[e.To].Add(e.From);
        }

        var cards = new CardGrid(placed.Values);
        var left = placed.Count == 0 ? 0 : placed.Values.Min(p => p.X);
        var top = placed.Count == 0 ? 0 : placed.Values.Min(p => p.Y);
        var column = 0;
        foreach (var o in ours.OrderByDescending(o => partners[o.Id].Count).ThenBy(o => o.Level ?? Level.Specialist)
                     .ThenBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal))
        {
            var near = partners[o.Id];
            var spot = near.Count == 0
                ? (left - MapLayout.SlotWidth - 100, top + column++ * (MapLayout.CardHeight + 2 * Margin))
                : cards.Nearest(Math.Round(near.Average(p => placed[p].X)), Math.Round(near.Average(p => placed[p].Y)), StepX, StepY, Margin, Rings);
            placed[o.Id] = spot;
            cards.Add(spot);
        }
    }
}

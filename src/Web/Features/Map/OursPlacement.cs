using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// Our people (counterparts) beside the customer's people they talk with: each goes to the free place nearest
/// the centre of their partners' cards (TALKS_WITH either way), so their lines stay short instead of crossing
/// the whole map from one far column. Those who talk with nobody stand in a compact column left of the map.
/// Placed one by one, the best connected first (ties by level, name, id), each seeing the cards already placed; a
/// place a little further (up to <see cref="Slack"/> rings) wins when fewer lines would run behind cards there (its own
/// behind other cards, or the customer's reporting and influence lines and our earlier ones behind it).
/// </summary>
internal static class OursPlacement
{
    /// <summary>The gap kept around each of our cards: about 9 px at the zoom that fits a demo account (10 left them touching).</summary>
    private const double Margin = CardGrid.MaxMargin;
    private const double StepX = MapLayout.SlotWidth / 2;
    private const double StepY = MapLayout.RowHeight / 2;
    private const int Rings = 60;

    /// <summary>How many rings past the nearest free place a spot may lie to keep its lines out from behind other cards.</summary>
    private const int Slack = 2;

    /// <summary>How far from the centre of their partners a place further than the nearest may lie: two slots.</summary>
    private const double Reach = 2 * MapLayout.SlotWidth;

    /// <summary>
    /// Up to this many cards the lines are kept in sight; past it, the nearest free place as before: on a 100,000-person
    /// map the search added 2–3 s to the first layout (docs/benchmarks.md).
    /// </summary>
    private const int KeepLinesInSightUpTo = 5_000;

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
        // The column of those who talk with nobody (placed last) stands left of every card, ours who talk included.
        (double X, double Y)? corner = null;
        var column = 0;
        // The lines already drawn between the customer's people (reporting and influence): a card of ours on one hides it.
        var keepInSight = placed.Count <= KeepLinesInSightUpTo;
        List<((double X, double Y) From, (double X, double Y) To)> lines = keepInSight
            ? [.. map.Edges.Where(e => e.Type is (EdgeType.REPORTS_TO or EdgeType.INFLUENCES) && placed.ContainsKey(e.From) && placed.ContainsKey(e.To))
                .Select(e => (placed[e.From], placed[e.To]))]
            : [];
        foreach (var o in ours.OrderByDescending(o => partners[o.Id].Count).ThenBy(o => o.Level ?? Level.Specialist)
                     .ThenBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal))
        {
            var near = partners[o.Id];
            // Lines behind cards: this card's own behind others, and the lines drawn so far behind this card.
            int Hidden((double X, double Y) place) =>
                near.Sum(p => cards.Behind(place, placed[p])) + lines.Count(l => cards.Covers(place, l.From, l.To));
            (double X, double Y) spot;
            if (near.Count == 0)
            {
                corner ??= placed.Count == 0 ? (0, 0) : (placed.Values.Min(p => p.X), placed.Values.Min(p => p.Y));
                spot = (corner.Value.X - MapLayout.SlotWidth - 100, corner.Value.Y + column++ * (MapLayout.CardHeight + 2 * Margin));
            }
            else
            {
                spot = cards.Nearest(Math.Round(near.Average(p => placed[p].X)), Math.Round(near.Average(p => placed[p].Y)), StepX, StepY, Margin, Rings,
                    keepInSight ? Hidden : null, Slack, Reach);
            }
            placed[o.Id] = spot;
            cards.Add(spot);
            if (keepInSight) lines.AddRange(near.Select(p => (spot, placed[p])));
        }
    }
}

using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// Spots for the boxes that stand for whole functions (zoomed far out, or a function collapsed): each near the
/// centre of its members' cards, the biggest functions first so they keep their centres, the others at the
/// nearest place where no box covers another.
/// </summary>
internal static class FunctionBoxSpots
{
    public const double Width = 240;
    public const double Height = 120;
    private const double Margin = 10;
    private const int Rings = 200;

    public static IReadOnlyDictionary<string, (double X, double Y)> Spots(AccountMap map, IReadOnlyDictionary<string, (double X, double Y)> positions)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(positions);
        var groups = map.OfKind(NodeKind.Person)
            .Where(p => positions.ContainsKey(p.Id))
            .GroupBy(p => map.FunctionOf(p.Id) ?? "", StringComparer.Ordinal)
            .Select(g => (Function: g.Key, Centre: Centre(g.Select(p => positions[p.Id])), Members: g.Count()))
            .OrderByDescending(g => g.Members).ThenBy(g => g.Function, StringComparer.Ordinal);

        var boxes = new CardGrid([], Width, Height);
        var spots = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var (function, (cx, cy), _) in groups)
        {
            var spot = boxes.Nearest(Math.Round(cx - Width / 2), Math.Round(cy - Height / 2), Width / 4, Height / 4, Margin, Rings);
            spots[function] = spot;
            boxes.Add(spot);
        }
        return spots;
    }

    private static (double X, double Y) Centre(IEnumerable<(double X, double Y)> cards)
    {
        var list = cards.ToList();
        return (list.Average(c => c.X) + MapLayout.CardWidth / 2, list.Average(c => c.Y) + MapLayout.CardHeight / 2);
    }
}

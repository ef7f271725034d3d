using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// The region a function's box covers when the function is shown as one box (zoomed far out, or folded):
/// the bounding box of its people's cards, at least a readable 240×120. The layout keeps each function's
/// people together, so the boxes tile the map where the cards were, and a box opens where it stood.
/// </summary>
internal static class FunctionRegions
{
    public const double MinWidth = 240;
    public const double MinHeight = 120;

    public static IReadOnlyDictionary<string, (double X, double Y, double Width, double Height)> Of(AccountMap map, IReadOnlyDictionary<string, (double X, double Y)> positions)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(positions);
        return map.OfKind(NodeKind.Person)
            .Where(p => positions.ContainsKey(p.Id))
            .GroupBy(p => map.FunctionOf(p.Id) ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Around([.. g.Select(p => positions[p.Id])]), StringComparer.Ordinal);
    }

    private static (double X, double Y, double Width, double Height) Around(IReadOnlyList<(double X, double Y)> cards)
    {
        var (left, top) = (cards.Min(c => c.X), cards.Min(c => c.Y));
        var (right, bottom) = (cards.Max(c => c.X) + MapLayout.CardWidth, cards.Max(c => c.Y) + MapLayout.CardHeight);
        var (width, height) = (Math.Max(MinWidth, right - left), Math.Max(MinHeight, bottom - top));
        // A small function's box grows around its centre, not from its corner.
        return (Math.Round((left + right - width) / 2), Math.Round((top + bottom - height) / 2), Math.Round(width), Math.Round(height));
    }
}

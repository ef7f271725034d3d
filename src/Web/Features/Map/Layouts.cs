using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>The automatic positions of a map's nodes that have none saved.</summary>
public sealed record MapPlacement(IReadOnlyDictionary<string, (double X, double Y)> Positions);

/// <summary>
/// Automatic layouts, computed once per map structure and shared by every viewer: a live change that
/// does not touch the structure (a stance, a title, a drag) never lays the map out again, and fifty
/// viewers of one account hold one layout. The structure is what the layout reads: which nodes there
/// are and the lines between them, not names or saved positions (a rename does not move cards).
/// </summary>
public static class Layouts
{
    // Bounded by an estimate in bytes (an entry per node, ~100 bytes each), least recently used out first.
    private static readonly SizedCache<(string Account, long Shape), MapPlacement> Cache = new(32 * 1024 * 1024);

    public static MapPlacement Of(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Cache.GetOrAdd((map.Account.Id, Shape(map)), () =>
        {
            var placement = new MapPlacement(MapLayout.Place(map));
            return (placement, placement.Positions.Count * 100L + 200);
        });
    }

    /// <summary>Lets go of the layouts no page asked for within <paramref name="unusedFor"/>.</summary>
    public static int DropUnused(TimeSpan unusedFor) => Cache.DropUnused(unusedFor);

    /// <summary>A fingerprint of what the layout depends on.</summary>
    private static long Shape(AccountMap map)
    {
        var h = new HashCode();
        foreach (var n in map.Nodes)
        {
            h.Add(n.Id, StringComparer.Ordinal);
            h.Add(n.Kind);
            h.Add(n.Date);
        }
        foreach (var e in map.Edges)
        {
            if (e.Type is not (EdgeType.REPORTS_TO or EdgeType.TALKS_WITH or EdgeType.WORKS_IN)) continue;
            h.Add(e.Type);
            h.Add(e.From, StringComparer.Ordinal);
            h.Add(e.To, StringComparer.Ordinal);
            h.Add(e.Dotted);
        }
        return ((long)h.ToHashCode() << 32) ^ ((long)map.Nodes.Count << 16) ^ map.Edges.Count;
    }
}

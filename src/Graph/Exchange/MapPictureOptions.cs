using SalesOps.Graph.Reach;

namespace SalesOps.Graph.Exchange;

/// <summary>Page sizes for map pictures: a 16:9 slide, and A4 or A3 landscape for print.</summary>
public enum PictureFormat { Slide16x9, A4Landscape, A3Landscape }

/// <summary>A picture's size: pixels for the PNG (and the SVG's coordinate space), and the SVG's printed size.</summary>
public sealed record PictureSize(int Width, int Height, string SvgWidth, string SvgHeight)
{
    /// <summary>Full HD for slides; 150 dpi for print, enough for a wall chart and still small to send.</summary>
    public static PictureSize Of(PictureFormat format) => format switch
    {
        PictureFormat.A4Landscape => new(1754, 1240, "297mm", "210mm"),
        PictureFormat.A3Landscape => new(2480, 1754, "420mm", "297mm"),
        _ => new(1920, 1080, "1920", "1080"),
    };
}

/// <summary>A part of the map in map coordinates (what the viewer's screen shows).</summary>
public sealed record MapRegion(double X, double Y, double Width, double Height);

/// <summary>
/// What a picture of the map shows besides the map: its date, the current view, what stands out
/// (a filter's matches or a reach path: the rest dims, as on screen) and the words for both.
/// </summary>
public sealed record MapPictureOptions
{
    public PictureFormat Format { get; init; } = PictureFormat.Slide16x9;
    public required DateOnly Date { get; init; }
    /// <summary>The current view; null: the whole map.</summary>
    public MapRegion? View { get; init; }
    /// <summary>Cards that stand out; the others dim. Null: none dims.</summary>
    public IReadOnlySet<string>? Highlighted { get; init; }
    /// <summary>Edges that stand out (a reach path's hops are drawn in the path colour).</summary>
    public IReadOnlySet<string>? HighlightedEdges { get; init; }
    /// <summary>The filters in words ("Stance: skeptic"), as the caption lists them.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];
    /// <summary>The highlighted reach path in words (its explanation), or null when none is shown.</summary>
    public string? Path { get; init; }
    /// <summary>Where the web layer's layout put the cards that have no saved position.</summary>
    public IReadOnlyDictionary<string, (double X, double Y)>? Positions { get; init; }
    public bool Legend { get; init; } = true;

    /// <summary>These options with a reach path shown as the map page shows it: its cards and hops stand out, its explanation in the caption.</summary>
    public MapPictureOptions WithPath(ReachPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return this with
        {
            Highlighted = path.Nodes.ToHashSet(StringComparer.Ordinal),
            HighlightedEdges = path.Edges.ToHashSet(StringComparer.Ordinal),
            Path = path.Explanation,
        };
    }
}

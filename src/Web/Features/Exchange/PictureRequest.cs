using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Map;

namespace SalesOps.Web.Features.Exchange;

public enum PictureKind { Svg, Png }

/// <summary>
/// What a map picture shows, as the map page (or a script) asks for it: the file type, the page size,
/// the part of the map in view (map coordinates; null: all of it), the filters and the reach path shown
/// (its node ids from our person to the target; it stands out, as on screen, and beats the filters).
/// </summary>
public sealed record PictureRequest
{
    public PictureKind Kind { get; init; } = PictureKind.Svg;
    public PictureFormat Format { get; init; } = PictureFormat.Slide16x9;
    public MapRegion? View { get; init; }
    public MapFilters Filters { get; init; } = new();
    public IReadOnlyList<string> Path { get; init; } = [];

    /// <summary>"slide", "a4" or "a3" (the API's and the command line's words); Invalid otherwise.</summary>
    public static PictureFormat ParseSize(string? size) => size?.Trim().ToLowerInvariant() switch
    {
        null or "" or "slide" or "16x9" => PictureFormat.Slide16x9,
        "a4" => PictureFormat.A4Landscape,
        "a3" => PictureFormat.A3Landscape,
        _ => throw GraphException.Invalid(InputWords.Say("Error.Input.PictureSize.Unknown", size ?? ""), "format"),
    };

    /// <summary>"x,y,width,height" in map coordinates, as the map page sends its viewport; Invalid otherwise.</summary>
    public static MapRegion? ParseView(string? view)
    {
        if (string.IsNullOrWhiteSpace(view)) return null;
        var parts = view.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : (double?)null).ToList();
        if (numbers.Count != 4 || numbers.Any(n => n is null) || numbers[2] <= 0 || numbers[3] <= 0)
            throw GraphException.Invalid(InputWords.Say("Error.Input.View.Invalid", view ?? ""), "view");
        return new MapRegion(numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value);
    }

    /// <summary>Node ids separated by commas ("c-ana,p-luis,p-maria").</summary>
    public static IReadOnlyList<string> ParsePath(string? path) =>
        string.IsNullOrWhiteSpace(path) ? [] : path.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The picture's options: the layout the map page uses for unplaced cards, the highlight and its words.</summary>
    public MapPictureOptions Options(AccountMap map, DateOnly today, IStringLocalizer<Text> words, ReachGraphCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(words);
        var options = new MapPictureOptions { Format = Format, Date = today, View = View, Positions = MapLayout.Place(map) };
        if (Path.Count > 0) return WithPath(map, options, words, cache);
        if (Filters.IsEmpty) return options;
        var match = Filters.Matches(map);
        var among = map.Edges.Where(e => match.Contains(e.From) && match.Contains(e.To)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var filters = new List<string>();
        if (Filters.Stance is { } stance) filters.Add(words["Picture.Filter.Stance", words.Word(stance)]);
        if (Filters.FunctionId is { } function)
            filters.Add(words["Picture.Filter.Function", map.Find(function)?.Name ?? throw GraphException.Invalid(words["Error.Picture.NoFunction", function], "function")]);
        if (Filters.Role is { } role) filters.Add(words["Picture.Filter.Role", words.Word(role)]);
        if (Filters.NobodyOfOurs) filters.Add(words["Map.Filter.NobodyOfOurs"]);
        return options with { Highlighted = match, HighlightedEdges = among, Filters = filters };
    }

    /// <summary>
    /// The path in the engine's own words when the engine finds this very path (as the map page showed it);
    /// otherwise the hops as they are on the map, named one after the other.
    /// </summary>
    private MapPictureOptions WithPath(AccountMap map, MapPictureOptions options, IStringLocalizer<Text> words, ReachGraphCache? cache)
    {
        if (Path.Count < 2) throw GraphException.Invalid(words["Error.Picture.ShortPath"], "path");
        var nodes = Path.Select(id => map.Find(id) ?? throw GraphException.Invalid(words["Error.Picture.NotOnMap", id], "path")).ToList();
        if (nodes[0].Kind == NodeKind.Counterpart && nodes.Count - 1 <= ReachLimits.MaxHopsLimit)
        {
            var question = new ReachQuery(Path[0], Path[^1], ReachMode.Strongest, K: 10, MaxHops: nodes.Count - 1, Avoid: []);
            if (ReachEngine.Find(map, question, words, cache).Paths.FirstOrDefault(p => p.Nodes.SequenceEqual(Path, StringComparer.Ordinal)) is { } found)
                return options.WithPath(found);
        }
        var edges = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            var hop = map.Outgoing(nodes[i].Id).FirstOrDefault(e => e.To == nodes[i + 1].Id && e.Type is EdgeType.TALKS_WITH or EdgeType.INFLUENCES or EdgeType.REPORTS_TO)
                ?? throw GraphException.Invalid(words["Error.Picture.NotConnected", nodes[i].Name, nodes[i + 1].Name], "path");
            edges.Add(hop.Id);
        }
        return options with
        {
            Highlighted = Path.ToHashSet(StringComparer.Ordinal),
            HighlightedEdges = edges,
            Path = string.Join(" → ", nodes.Select(n => n.Name)),
        };
    }
}

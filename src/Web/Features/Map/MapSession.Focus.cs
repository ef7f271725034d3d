using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

// What the viewer looks at: filters, a focused finding, a found person, the side panel's tab.
public sealed partial class MapSession
{
    /// <summary>Lights up the people who match every filter (and the edges among them); the rest dims.</summary>
    public void Filter(MapFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        Filters = filters;
        if (filters.IsEmpty)
        {
            View.Highlight(null);
            Notice = null;
            return;
        }
        var match = filters.Matches(Map);
        View.Highlight(match, Among(match));
        Notice = new(match.Count switch { 0 => _text["Map.Filter.None"], 1 => _text["Map.Filter.One"], var n => _text["Map.Filter.Many", n] });
    }

    /// <summary>A finding's people stand out, the rest dims, and the map centres on the first of them.</summary>
    public void Focus(IReadOnlyList<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var nodes = nodeIds.ToHashSet(StringComparer.Ordinal);
        // A function is not drawn as a card: its people stand for it.
        nodes.UnionWith(Map.Edges.Where(e => e.Type == EdgeType.WORKS_IN && nodes.Contains(e.To)).Select(e => e.From));
        View.Highlight(nodes, Among(nodes));
        // Pans without selecting: the findings list stays open beside the map.
        if (nodeIds.FirstOrDefault(id => View.NodeOf(id) is not null) is { } first) View.CenterOn(first, select: false);
    }

    /// <summary>
    /// Shows reach paths, each in its colour (the rest dims), and brings them into view; the one
    /// <paramref name="focus"/> names is fitted to, all of them when null.
    /// </summary>
    public void ShowPaths(IReadOnlyList<(IReadOnlySet<string> Nodes, IReadOnlySet<string> Edges)> paths, int? focus = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        View.HighlightPaths(paths);
        var shown = focus is { } i && i < paths.Count ? paths[i].Nodes : paths.SelectMany(p => p.Nodes).ToHashSet(StringComparer.Ordinal);
        if (shown.Count > 0) View.Fit(80, only: shown);
    }

    /// <summary>
    /// Finds a person or one of ours by part of their name (accents and case aside), centres on them at a size one can
    /// read (1:1, the cards' own size, unless already closer) and opens them; false when nobody matches.
    /// </summary>
    public bool Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var hit = Map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart).FirstOrDefault(n => Names.Contain(n.Name, text.Trim()));
        if (hit is null)
        {
            Notice = new(_text["Map.Find.Nobody", text], IsError: true);
            return false;
        }
        View.CenterOn(hit.Id, atLeast: 1);
        EditNode(hit.Id);
        Notice = new(_text["Map.Find.Found", hit.Name]);
        return true;
    }

    public void SwitchTab(SideTab tab)
    {
        Tab = tab;
        View.Highlight(null);
    }

    private HashSet<string> Among(HashSet<string> nodes) =>
        Map.Edges.Where(e => nodes.Contains(e.From) && nodes.Contains(e.To)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
}

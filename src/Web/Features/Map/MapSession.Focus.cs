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
        var match = Map.Nodes.Where(n => n.Kind == NodeKind.Person
                && (filters.Stance is null || (n.Stance ?? Stance.Unknown) == filters.Stance)
                && (filters.FunctionId is null || Map.FunctionOf(n.Id) == filters.FunctionId)
                && (filters.Role is not { } role || n.Has(role)))
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        View.Highlight(match, Among(match));
        Notice = new(match.Count == 0 ? "No one matches these filters." : $"{match.Count} {(match.Count == 1 ? "person matches" : "people match")} the filters.");
    }

    /// <summary>A finding's people stand out, the rest dims, and the map centres on the first of them.</summary>
    public void Focus(IReadOnlyList<string> nodeIds)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        var nodes = nodeIds.ToHashSet(StringComparer.Ordinal);
        // A function is not drawn as a card: its people stand for it.
        nodes.UnionWith(Map.Edges.Where(e => e.Type == EdgeType.WORKS_IN && nodes.Contains(e.To)).Select(e => e.From));
        View.Highlight(nodes, Among(nodes));
        if (nodeIds.FirstOrDefault(id => View.NodeOf(id) is not null) is { } first) View.CenterOn(first);
    }

    /// <summary>Lights up a path (the rest dims) and brings all of it into view.</summary>
    public void Highlight(IReadOnlySet<string>? nodes, IReadOnlySet<string>? edges)
    {
        View.Highlight(nodes, edges);
        if (nodes is { Count: > 0 }) View.Fit(80, only: nodes);
    }

    /// <summary>Finds a person or one of ours by part of their name, centres on them and opens them; false when nobody matches.</summary>
    public bool Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var hit = Map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart)
            .FirstOrDefault(n => n.Name.Contains(text.Trim(), StringComparison.CurrentCultureIgnoreCase));
        if (hit is null)
        {
            Notice = new($"Nobody on this map matches “{text}”.", IsError: true);
            return false;
        }
        View.CenterOn(hit.Id);
        EditNode(hit.Id);
        Notice = new($"Found {hit.Name}.");
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

using System.Text;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>Puts paths and their absence into the words an account manager reads.</summary>
internal static class ReachWords
{
    public static ReachPath Path(ReachGraph graph, IndexPath path)
    {
        var nodes = new string[path.Nodes.Length];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = graph.NodeId(path.Nodes[i]);
        var edges = new string[path.Hops];
        for (var i = 0; i < edges.Length; i++) edges[i] = graph.EdgeIdAt(path.Slots[i]);
        return new ReachPath(path.Strength, path.Hops, nodes, edges, Explain(graph, path));
    }

    /// <summary>"Ana Ruiz (account manager) talks with Luis Gómez (Purchasing, supporter, strength 4/5) → Luis Gómez influences …".</summary>
    public static string Explain(ReachGraph graph, IndexPath path)
    {
        var text = new StringBuilder();
        for (var i = 0; i < path.Hops; i++)
        {
            var from = graph.NodeAt(path.Nodes[i]);
            var to = path.Nodes[i + 1];
            var edge = graph.EdgeAt(path.Slots[i]);
            if (i > 0) text.Append(" → ");
            text.Append(from.Name);
            if (i == 0) text.Append(" (").Append(Describe(graph, path.Nodes[i])).Append(')');
            text.Append(' ').Append(edge.Type == EdgeType.REPORTS_TO && edge.Dotted ? "reports (dotted line) to" : EdgeRules.Verb(edge.Type));
            text.Append(' ').Append(graph.NodeAt(to).Name).Append(" (");
            var about = Describe(graph, to);
            if (about.Length > 0) text.Append(about).Append(", ");
            text.Append("strength ").Append(Formats.Strength(graph.StrengthAt(path.Slots[i]))).Append(')');
        }
        return text.ToString();
    }

    /// <summary>A counterpart by team role; a person by function, title, stance (when known) and buying roles.</summary>
    public static string Describe(ReachGraph graph, int index)
    {
        var node = graph.NodeAt(index);
        if (node.Kind == NodeKind.Counterpart) return node.TeamRole?.Words() ?? node.Title ?? "ours";
        var parts = new List<string>();
        if (graph.FunctionNameAt(index) is { } function) parts.Add(function);
        if (node.Title is { } title) parts.Add(title);
        if (node.Stance is { } stance and not Stance.Unknown) parts.Add(stance.ToString().ToLowerInvariant());
        parts.AddRange(node.Roles.Select(r => r.Words()));
        return string.Join(", ", parts);
    }

    /// <summary>"A", "A and B", "A, B and C"; past five names, "A, B, C, D, E and 7 more".</summary>
    public static string Names(ReachGraph graph, IReadOnlyList<int> indexes)
    {
        const int shown = 5;
        var names = indexes.Take(shown).Select(i => graph.NodeAt(i).Name).ToList();
        if (indexes.Count > shown) names.Add($"{indexes.Count - shown} more");
        return List(names, "and");
    }

    /// <summary>The target(s) in words: a name, or "the decision makers A and B".</summary>
    public static string Targets(ReachGraph graph, int[] targets, BuyingRole? role) =>
        role is { } r && targets.Length > 1 ? $"the {r.Words()}s {Names(graph, targets)}" : Names(graph, targets);

    public static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };

    public static string Hops(int n) => n == 1 ? "1 hop" : $"{n} hops";

    /// <summary>Why no path: blocked by an avoided stance (found by searching again without avoiding) or unreachable.</summary>
    public static string WhyNot(ReachGraph graph, int[] sources, int[] targets, ReachLimits limits, string fromWords, string toWords)
    {
        var open = graph.TopK(sources, targets, 3, limits with { AvoidMask = 0 });
        if (open.Count > 0)
        {
            var blockers = new List<int>();
            foreach (var p in open)
                for (var i = 1; i < p.Hops; i++)
                    if (((limits.AvoidMask >> graph.Stances[p.Nodes[i]]) & 1) != 0 && !blockers.Contains(p.Nodes[i])) blockers.Add(p.Nodes[i]);
            var stances = blockers.Select(b => graph.NodeAt(b).Stance ?? Stance.Unknown).Distinct().Order().ToArray();
            return $"blocked: every path to {toWords} passes through {List([.. stances.Select(One)], "or")} ({Names(graph, blockers)}); " +
                   $"allow {List([.. stances.Select(Many)], "and")} to see it";
        }

        var verb = targets.Length == 1 ? "is" : "are";
        var reason = $"{toWords} {verb} unreachable from {fromWords} within {Hops(limits.MaxHops)}";
        if (limits.MaxHops < ReachLimits.MaxHopsLimit
            && graph.Best(sources, targets, limits with { Mode = ReachMode.Shortest, MaxHops = ReachLimits.MaxHopsLimit }) is { } longer)
            reason += $"; the shortest way takes {Hops(longer.Hops)}";
        return reason;
    }

    private static string One(Stance s) => s switch
    {
        Stance.Unknown => "someone of unknown stance",
        Stance.Neutral => "someone neutral",
        _ => "a " + s.ToString().ToLowerInvariant(),
    };

    private static string Many(Stance s) => s switch
    {
        Stance.Unknown => "people of unknown stance",
        Stance.Neutral => "neutral people",
        _ => s.ToString().ToLowerInvariant() + "s",
    };
}

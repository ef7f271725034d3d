using System.Text;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>Puts paths and their absence into the words an account manager reads.</summary>
internal static class ReachWords
{
    /// <summary>
    /// The path in ids and words. With <paramref name="first"/> (a next move) the path is led by a TALKS_WITH
    /// the projection does not have yet: from one of ours to the path's first person.
    /// </summary>
    public static ReachPath Path(ReachGraph graph, IndexPath path, AssumedTalk? first = null)
    {
        var lead = first is null ? 0 : 1;
        var hops = path.Hops + lead;
        var nodes = new string[hops + 1];
        var edges = new string[hops];
        if (first is { } f)
        {
            nodes[0] = graph.NodeId(f.Ours);
            edges[0] = f.EdgeId;
        }
        for (var i = 0; i < path.Nodes.Length; i++) nodes[lead + i] = graph.NodeId(path.Nodes[i]);
        for (var i = 0; i < path.Hops; i++) edges[lead + i] = graph.EdgeIdAt(path.Slots[i]);
        // The same arithmetic as IndexPath.Strength, so the number equals what the engine says once the talk is real.
        var strength = first is { } a ? a.Strength * path.Product / Math.Pow(5, hops) : path.Strength;
        return new ReachPath(strength, hops, nodes, edges, Explain(graph, path, first));
    }

    /// <summary>"Ana Ruiz (account manager) talks with Luis Gómez (Purchasing, supporter, strength 4/5) → Luis Gómez influences …".</summary>
    public static string Explain(ReachGraph graph, IndexPath path, AssumedTalk? first = null)
    {
        var text = new StringBuilder();
        if (first is { } f) Hop(text, graph, f.Ours, path.Nodes[0], EdgeType.TALKS_WITH, false, f.Strength);
        for (var i = 0; i < path.Hops; i++)
        {
            var edge = graph.EdgeAt(path.Slots[i]);
            Hop(text, graph, path.Nodes[i], path.Nodes[i + 1], edge.Type, edge.Dotted, graph.StrengthAt(path.Slots[i]));
        }
        return text.ToString();
    }

    private static void Hop(StringBuilder text, ReachGraph graph, int from, int to, EdgeType type, bool dotted, int strength)
    {
        // Only the path's start is introduced; later hops start at someone already described.
        var first = text.Length == 0;
        if (!first) text.Append(" → ");
        text.Append(graph.NodeAt(from).Name);
        if (first) text.Append(" (").Append(Describe(graph, from)).Append(')');
        text.Append(' ').Append(type == EdgeType.REPORTS_TO && dotted ? "reports (dotted line) to" : EdgeRules.Verb(type));
        text.Append(' ').Append(graph.NodeAt(to).Name).Append(" (");
        var about = Describe(graph, to);
        if (about.Length > 0) text.Append(about).Append(", ");
        text.Append("strength ").Append(Formats.Strength(strength)).Append(')');
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

/// <summary>A TALKS_WITH assumed in front of a path (a next move): from one of ours, named <paramref name="EdgeId"/>, at <paramref name="Strength"/>.</summary>
internal readonly record struct AssumedTalk(int Ours, string EdgeId, int Strength);

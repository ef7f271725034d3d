using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>
/// Puts paths and their absence into the words an account manager reads, in the reader's language: each
/// sentence is one template of Text.resx (and its translations), so word order and agreement are the translator's.
/// </summary>
internal static class ReachWords
{
    /// <summary>
    /// The path in ids and words. With <paramref name="first"/> (a next move) the path is led by a TALKS_WITH
    /// the projection does not have yet: from one of ours to the path's first person.
    /// </summary>
    public static ReachPath Path(ReachGraph graph, IndexPath path, IStringLocalizer text, AssumedTalk? first = null)
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
        return new ReachPath(strength, hops, nodes, edges, Explain(graph, path, text, first));
    }

    /// <summary>"Ana Ruiz (account manager) talks with Luis Gómez (Purchasing, supporter, strength 4/5) → Luis Gómez influences …".</summary>
    public static string Explain(ReachGraph graph, IndexPath path, IStringLocalizer text, AssumedTalk? first = null)
    {
        var hops = new List<string>();
        if (first is { } f) hops.Add(Hop(graph, text, f.Ours, path.Nodes[0], EdgeType.TALKS_WITH, false, f.Strength, true));
        for (var i = 0; i < path.Hops; i++)
        {
            var edge = graph.EdgeAt(path.Slots[i]);
            hops.Add(Hop(graph, text, path.Nodes[i], path.Nodes[i + 1], edge.Type, edge.Dotted, graph.StrengthAt(path.Slots[i]), hops.Count == 0));
        }
        return string.Join(" → ", hops);
    }

    /// <summary>One hop; only the path's start is introduced, later hops start at someone already described.</summary>
    private static string Hop(ReachGraph graph, IStringLocalizer text, int from, int to, EdgeType type, bool dotted, int strength, bool first)
    {
        var start = first ? Who(graph.NodeAt(from).Name, Describe(graph, from, text)) : graph.NodeAt(from).Name;
        var about = Describe(graph, to, text);
        var measure = text["Reach.Strength", Formats.Strength(strength)].Value;
        var end = Who(graph.NodeAt(to).Name, about.Length > 0 ? $"{about}, {measure}" : measure);
        var key = type switch
        {
            EdgeType.REPORTS_TO => dotted ? "Reach.Hop.ReportsToDotted" : "Reach.Hop.ReportsTo",
            EdgeType.INFLUENCES => "Reach.Hop.Influences",
            _ => "Reach.Hop.TalksWith",
        };
        return text[key, start, end];
    }

    private static string Who(string name, string about) => about.Length == 0 ? name : $"{name} ({about})";

    /// <summary>A counterpart by team role; a person by function, title, stance (when known) and buying roles.</summary>
    public static string Describe(ReachGraph graph, int index, IStringLocalizer text)
    {
        var node = graph.NodeAt(index);
        if (node.Kind == NodeKind.Counterpart)
            return node.TeamRole is { } role ? text.InSentence(role) : node.Title ?? text["Reach.Ours"];
        var parts = new List<string>();
        if (graph.FunctionNameAt(index) is { } function) parts.Add(function);
        if (node.Title is { } title) parts.Add(title);
        if (node.Stance is { } stance and not Stance.Unknown) parts.Add(text.InSentence(stance));
        parts.AddRange(node.Roles.Select(r => text.InSentence(r)));
        return string.Join(", ", parts);
    }

    /// <summary>"A", "A and B", "A, B and C"; past five names, "A, B, C, D, E and 7 more".</summary>
    public static string Names(ReachGraph graph, IReadOnlyList<int> indexes, IStringLocalizer text)
    {
        const int shown = 5;
        var names = indexes.Take(shown).Select(i => graph.NodeAt(i).Name).ToList();
        if (indexes.Count > shown) names.Add(text["Reach.More", indexes.Count - shown]);
        return text.And(names);
    }

    /// <summary>The target(s) in words: a name, or "the decision makers A and B" (only decision makers and signers are asked for by role).</summary>
    public static string Targets(ReachGraph graph, int[] targets, BuyingRole? role, IStringLocalizer text) =>
        role is { } r && targets.Length > 1
            ? text[r == BuyingRole.Signer ? "Reach.Targets.Signers" : "Reach.Targets.DecisionMakers", Names(graph, targets, text)]
            : Names(graph, targets, text);

    /// <summary>"1 hop", "3 hops", as the subject or object of a sentence.</summary>
    public static string Hops(int n, IStringLocalizer text) => n == 1 ? text["Reach.Hops.One"] : text["Reach.Hops.Many", n];

    /// <summary>Why no path: blocked by an avoided stance (found by searching again without avoiding) or unreachable.</summary>
    public static string WhyNot(ReachGraph graph, int[] sources, int[] targets, ReachLimits limits, string fromWords, string toWords, IStringLocalizer text)
    {
        var open = graph.TopK(sources, targets, 3, limits with { AvoidMask = 0 });
        if (open.Count > 0)
        {
            var blockers = new List<int>();
            foreach (var p in open)
                for (var i = 1; i < p.Hops; i++)
                    if (((limits.AvoidMask >> graph.Stances[p.Nodes[i]]) & 1) != 0 && !blockers.Contains(p.Nodes[i])) blockers.Add(p.Nodes[i]);
            var stances = blockers.Select(b => graph.NodeAt(b).Stance ?? Stance.Unknown).Distinct().Order().ToArray();
            return text["Reach.Blocked", toWords, text.Or([.. stances.Select(s => text[$"Reach.Blocked.One.{s}"].Value)]),
                Names(graph, blockers, text), text.And([.. stances.Select(s => text[$"Reach.Blocked.Many.{s}"].Value)])];
        }

        // German puts "within n hops" in the dative ("in höchstens 6 Schritten"), so it has its own words.
        var within = limits.MaxHops == 1 ? text["Reach.Within.One"] : text["Reach.Within.Many", limits.MaxHops];
        var reason = text[targets.Length == 1 ? "Reach.Unreachable.One" : "Reach.Unreachable.Many", toWords, fromWords, within].Value;
        if (limits.MaxHops < ReachLimits.MaxHopsLimit
            && graph.Best(sources, targets, limits with { Mode = ReachMode.Shortest, MaxHops = ReachLimits.MaxHopsLimit }) is { } longer)
            reason = text["Reach.Unreachable.Longer", reason, Hops(longer.Hops, text)];
        return reason;
    }
}

/// <summary>A TALKS_WITH assumed in front of a path (a next move): from one of ours, named <paramref name="EdgeId"/>, at <paramref name="Strength"/>.</summary>
internal readonly record struct AssumedTalk(int Ours, string EdgeId, int Strength);

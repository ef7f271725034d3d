namespace SalesOps.Graph.Model;

/// <summary>The reporting lines' own rule: one solid manager each, and no line that closes a circle.</summary>
public static partial class EdgeRules
{
    /// <summary>At most one solid manager per person, and no chain of reporting lines that returns to its start.</summary>
    private static void CheckReporting(AccountMap map, Edge edge, Node from, Node to)
    {
        if (!edge.Dotted && map.Outgoing(from.Id).FirstOrDefault(e => e.Type == EdgeType.REPORTS_TO && !e.Dotted) is { } solid)
            throw GraphException.Invalid(Errors.Say("Edge.SecondManager", from.Name, map.Find(solid.To)?.Name), "to");
        // A line closes a circle only through someone who reports to the new subordinate: a person added after
        // their manager (every generated and most imported lines) has nobody below them yet.
        if (!map.HasReports(from.Id)) return;
        // Walking up from the new manager must never reach the new subordinate. Most lines climb a plain
        // chain (one manager each), followed without bookkeeping; where it forks, or runs longer than the
        // map has nodes (a cycle in data that bypassed the rules), the walk goes on with a set of the seen.
        var start = to.Id;
        for (var steps = 0; steps <= map.Nodes.Count; steps++)
        {
            if (start == from.Id) throw Circular(from, to);
            string? next = null;
            var forks = false;
            foreach (var up in map.Outgoing(start))
            {
                if (up.Type != EdgeType.REPORTS_TO) continue;
                forks = next is not null;
                if (forks) break;
                next = up.To;
            }
            if (next is null) return;
            if (forks) break;
            start = next;
        }
        // The walk's scratch is reused per thread: generators and imports check hundreds of thousands of lines.
        var (seen, stack) = (_seen ??= new HashSet<string>(StringComparer.Ordinal), _stack ??= new Stack<string>());
        try
        {
            stack.Push(start);
            while (stack.TryPop(out var id))
            {
                if (id == from.Id) throw Circular(from, to);
                if (!seen.Add(id)) continue;
                foreach (var up in map.Outgoing(id)) if (up.Type == EdgeType.REPORTS_TO) stack.Push(up.To);
            }
        }
        finally
        {
            // A set that once held a long chain is dropped rather than cleared over its whole capacity each time.
            if (seen.Count > 64) _seen = null;
            else seen.Clear();
            stack.Clear();
        }
    }

    private static GraphException Circular(Node from, Node to) =>
        GraphException.Invalid(Errors.Say("Edge.Cycle", from.Name, to.Name), "to");

    [ThreadStatic] private static HashSet<string>? _seen;
    [ThreadStatic] private static Stack<string>? _stack;
}

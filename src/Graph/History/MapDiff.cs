using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

public enum Delta { Added, Removed, Changed }

/// <summary>A node that is new, gone or different: both sides as they were, and for a change the fields that differ.</summary>
public sealed record NodeDelta(string Id, Delta How, Node? Before, Node? After, IReadOnlyList<FieldChange> Fields)
{
    public Node Node => After ?? Before!;
}

public sealed record EdgeDelta(string Id, Delta How, Edge? Before, Edge? After, IReadOnlyList<FieldChange> Fields)
{
    public Edge Edge => After ?? Before!;
}

/// <summary>
/// What differs between two maps of one account: nodes and edges added, removed and changed, and the
/// account's own fields. A person's function is their field "function" (the function's id), not a
/// WORKS_IN edge; a card's place on the map (x, y) is not a difference of the account.
/// </summary>
public sealed record MapDelta(long From, long To, IReadOnlyList<NodeDelta> Nodes, IReadOnlyList<EdgeDelta> Edges, IReadOnlyList<FieldChange> Account)
{
    public bool IsEmpty => Nodes.Count == 0 && Edges.Count == 0 && Account.Count == 0;

    /// <summary>Every id that differs, with how: what a diagram marks.</summary>
    public IReadOnlyDictionary<string, Delta> Marks() =>
        Nodes.Select(n => (n.Id, n.How)).Concat(Edges.Select(e => (e.Id, e.How))).ToDictionary(x => x.Id, x => x.How, StringComparer.Ordinal);
}

public static class MapDiff
{
    /// <summary>
    /// Compares two maps of the same account. Both come from one log, so an element whose version stamp
    /// is the same on both sides did not change and is not compared field by field.
    /// </summary>
    public static MapDelta Compare(AccountMap from, AccountMap to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var nodes = new List<NodeDelta>();
        foreach (var before in from.Nodes)
        {
            if (to.Find(before.Id) is not { } after) nodes.Add(new(before.Id, Delta.Removed, before, null, []));
            else if (NodeChanges(from, to, before, after) is { Count: > 0 } fields) nodes.Add(new(before.Id, Delta.Changed, before, after, fields));
        }
        nodes.AddRange(to.Nodes.Where(n => from.Find(n.Id) is null).Select(n => new NodeDelta(n.Id, Delta.Added, null, n, [])));

        var edges = new List<EdgeDelta>();
        foreach (var before in from.Edges.Where(e => e.Type != EdgeType.WORKS_IN))
        {
            if (to.FindEdge(before.Id) is not { } after) edges.Add(new(before.Id, Delta.Removed, before, null, []));
            else if (after.Version != before.Version && ElementFields.Changes(before, after) is { Count: > 0 } fields)
                edges.Add(new(before.Id, Delta.Changed, before, after, fields));
        }
        edges.AddRange(to.Edges.Where(e => e.Type != EdgeType.WORKS_IN && from.FindEdge(e.Id) is null).Select(e => new EdgeDelta(e.Id, Delta.Added, null, e, [])));

        var account = ElementFields.Changes(from.Account with { Version = 0 }, to.Account with { Version = 0 });
        return new MapDelta(from.Version, to.Version, nodes, edges, account);
    }

    /// <summary>The ops that turn <paramref name="from"/> into <paramref name="to"/>: removals first, then nodes, then edges.</summary>
    public static IReadOnlyList<MapOp> Ops(AccountMap from, AccountMap to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return
        [
            .. from.Edges.Where(e => to.FindEdge(e.Id) is null).Select(e => new RemoveEdge(e.Id)),
            .. from.Nodes.Where(n => to.Find(n.Id) is null).Select(n => new RemoveNode(n.Id)),
            .. to.Nodes.Where(n => from.Find(n.Id) is not { } old || !Equal(old, n)).Select(n => new PutNode(n)),
            .. to.Edges.Where(e => from.FindEdge(e.Id) is not { } old || ElementFields.Changes(old, e).Count > 0 || (old.From, old.To) != (e.From, e.To)).Select(e => new PutEdge(e)),
            .. ElementFields.Changes(from.Account, to.Account).Count > 0 ? [new PutAccount(to.Account)] : Array.Empty<MapOp>(),
        ];
    }

    private static bool Equal(Node a, Node b) => a.Kind == b.Kind && ElementFields.Changes(a, b).Count == 0;

    private static List<FieldChange> NodeChanges(AccountMap from, AccountMap to, Node before, Node after)
    {
        var fields = new List<FieldChange>();
        if (after.Version != before.Version)
            fields.AddRange(ElementFields.Changes(before, after).Where(f => !ElementFields.Layout.Contains(f.Field)));
        if (before.Kind == NodeKind.Person && from.FunctionOf(before.Id) is var was && to.FunctionOf(after.Id) is var now && was != now)
            fields.Add(new FieldChange("function", was, now));
        return fields;
    }
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

public enum Happened { Created, Imported, Based, Added, Removed, Changed, Moved }

/// <summary>
/// One thing a commit did, as people tell it: a person added (with the function and manager given in
/// the same commit), removed (with how many relationships went along), changed field by field or only
/// moved; a relationship added, removed or changed; the account's fields; or a whole map written.
/// </summary>
public sealed record ChangeItem
{
    public required Happened What { get; init; }
    /// <summary>The node or edge; null for the account and whole maps.</summary>
    public string? ElementId { get; init; }
    public Node? Node { get; init; }
    public Edge? Edge { get; init; }
    public IReadOnlyList<FieldChange> Fields { get; init; } = [];
    /// <summary>An added person's function and solid manager (ids), when the same commit gave them.</summary>
    public string? FunctionId { get; init; }
    public string? ManagerId { get; init; }
    /// <summary>Relationships that went with a removed node; relationships of a whole map.</summary>
    public int Relationships { get; init; }
    public int People { get; init; }
    public int Ours { get; init; }
    /// <summary>What to light up on the map: the node, or the edge and its two ends.</summary>
    public IReadOnlyList<string> Focus { get; init; } = [];
}

/// <summary>A commit told as items, with the names of every node they mention as they were then.</summary>
public sealed record HistoryEntry(string AccountId, long Version, DateTimeOffset At, Author By, IReadOnlyList<ChangeItem> Items, IReadOnlyDictionary<string, string> Names)
{
    public ChangeKind Kind => By.Kind;

    public string Name(string? id) => id is null ? "" : Names.GetValueOrDefault(id) ?? id;
}

public static class ChangeStory
{
    public static HistoryEntry Of(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var names = new Dictionary<string, string>(commit.Names, StringComparer.Ordinal);
        foreach (var n in commit.Before.Nodes) names[n.Id] = n.Name;
        foreach (var n in commit.Ops.OfType<PutNode>()) names[n.Node.Id] = n.Node.Name;
        var by = commit.By ?? Author.Machine;
        return new HistoryEntry(commit.AccountId, commit.Version, commit.At, by, commit.IsWhole ? [Whole(commit)] : Items(commit), names);
    }

    private static ChangeItem Whole(Commit c)
    {
        var nodes = c.Ops.OfType<PutNode>().Select(p => p.Node).ToList();
        return new ChangeItem
        {
            What = c.Kind switch { ChangeKind.Import => Happened.Imported, ChangeKind.Base => Happened.Based, _ => Happened.Created },
            People = nodes.Count(n => n.Kind == NodeKind.Person),
            Ours = nodes.Count(n => n.Kind == NodeKind.Counterpart),
            Relationships = c.Ops.OfType<PutEdge>().Count(p => p.Edge.Type != EdgeType.WORKS_IN),
        };
    }

    private static List<ChangeItem> Items(Commit c)
    {
        var items = new List<ChangeItem>();
        if (c.Ops.OfType<PutAccount>().LastOrDefault() is { } put && c.Before.Account is { } was
            && ElementFields.Changes(was with { Version = 0 }, put.Account with { Version = 0 }) is { Count: > 0 } accountFields)
            items.Add(new ChangeItem { What = Happened.Changed, Fields = accountFields });

        var nodesAfter = Last(c.Ops, op => op switch { PutNode p => (p.Node.Id, p.Node), RemoveNode r => (r.NodeId, (Node?)null), _ => default });
        var edgesAfter = Last(c.Ops, op => op switch { PutEdge p => (p.Edge.Id, p.Edge), RemoveEdge r => (r.EdgeId, (Edge?)null), _ => default });
        var priorNodes = c.Before.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var priorEdges = c.Before.Edges.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var added = nodesAfter.Where(x => x.Value is not null && !priorNodes.ContainsKey(x.Key)).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        var removed = nodesAfter.Where(x => x.Value is null && priorNodes.ContainsKey(x.Key)).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);

        // Edges that are told with a node: functions, an added person's manager, what went with a removed node.
        var newFunction = new Dictionary<string, string?>(StringComparer.Ordinal);
        var oldFunction = new Dictionary<string, string>(StringComparer.Ordinal);
        var manager = new Dictionary<string, string>(StringComparer.Ordinal);
        var withRemoved = new Dictionary<string, int>(StringComparer.Ordinal);
        var edgeItems = new List<ChangeItem>();
        foreach (var (id, after) in edgesAfter)
        {
            var before = priorEdges.GetValueOrDefault(id);
            var edge = after ?? before;
            if (edge is null) continue;
            if (edge.Type == EdgeType.WORKS_IN)
            {
                if (after is not null) newFunction[edge.From] = edge.To;
                else if (before is not null) oldFunction[edge.From] = before.To;
                continue;
            }
            if (after is null && (removed.Contains(edge.From) || removed.Contains(edge.To)))
            {
                var gone = removed.Contains(edge.From) ? edge.From : edge.To;
                withRemoved[gone] = withRemoved.GetValueOrDefault(gone) + 1;
                continue;
            }
            if (before is null && edge is { Type: EdgeType.REPORTS_TO, Dotted: false } && added.Contains(edge.From) && !manager.ContainsKey(edge.From))
            {
                manager[edge.From] = edge.To;
                continue;
            }
            var focus = new[] { id, edge.From, edge.To };
            if (before is null) edgeItems.Add(new ChangeItem { What = Happened.Added, ElementId = id, Edge = edge, Focus = focus });
            else if (after is null) edgeItems.Add(new ChangeItem { What = Happened.Removed, ElementId = id, Edge = edge, Focus = focus });
            else if (ElementFields.Changes(before, after) is { Count: > 0 } fields)
                edgeItems.Add(new ChangeItem { What = Happened.Changed, ElementId = id, Edge = after, Fields = fields, Focus = focus });
        }

        foreach (var (id, after) in nodesAfter)
        {
            var before = priorNodes.GetValueOrDefault(id);
            if (before is null && after is not null)
                items.Add(new ChangeItem { What = Happened.Added, ElementId = id, Node = after, FunctionId = newFunction.GetValueOrDefault(id), ManagerId = manager.GetValueOrDefault(id), Focus = [id] });
            else if (before is not null && after is null)
                items.Add(new ChangeItem { What = Happened.Removed, ElementId = id, Node = before, Relationships = withRemoved.GetValueOrDefault(id), Focus = [id] });
            else if (before is not null && after is not null)
                items.AddRange(Changed(before, after, Function(id, before, newFunction, oldFunction)));
        }
        // A person whose function changed and nothing else is not among the nodes the commit put.
        foreach (var person in newFunction.Keys.Concat(oldFunction.Keys).Distinct().Where(p => !nodesAfter.ContainsKey(p)))
            items.Add(new ChangeItem
            {
                What = Happened.Changed, ElementId = person, Focus = [person],
                Fields = [new FieldChange("function", oldFunction.GetValueOrDefault(person), newFunction.GetValueOrDefault(person))],
            });
        items.AddRange(edgeItems);
        return items;
    }

    private static FieldChange? Function(string id, Node before, Dictionary<string, string?> now, Dictionary<string, string> was) =>
        before.Kind == NodeKind.Person && (now.ContainsKey(id) || was.ContainsKey(id)) && now.GetValueOrDefault(id) != was.GetValueOrDefault(id)
            ? new FieldChange("function", was.GetValueOrDefault(id), now.GetValueOrDefault(id)) : null;

    private static IEnumerable<ChangeItem> Changed(Node before, Node after, FieldChange? function)
    {
        var fields = ElementFields.Changes(before, after);
        var moved = fields.Any(f => ElementFields.Layout.Contains(f.Field));
        var content = fields.Where(f => !ElementFields.Layout.Contains(f.Field)).ToList();
        if (function is not null) content.Add(function);
        if (content.Count > 0) yield return new ChangeItem { What = Happened.Changed, ElementId = after.Id, Node = after, Fields = content, Focus = [after.Id] };
        else if (moved) yield return new ChangeItem { What = Happened.Moved, ElementId = after.Id, Node = after, Focus = [after.Id] };
    }

    /// <summary>Each id's last op in the commit (a put, or null for a removal), in the order ids first appear.</summary>
    private static Dictionary<string, T?> Last<T>(IReadOnlyList<MapOp> ops, Func<MapOp, (string? Id, T? Value)> pick) where T : class
    {
        var last = new Dictionary<string, T?>(StringComparer.Ordinal);
        foreach (var op in ops)
        {
            var (id, value) = pick(op);
            if (id is not null) last[id] = value;
        }
        return last;
    }
}

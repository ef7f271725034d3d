using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// Undo of a whole import: the ops that put back what its one commit changed — new people and
/// functions removed, updated ones restored, replaced reporting lines and memberships back — as one
/// more commit. Refused (Conflict, nothing written) when someone changed an element of the import
/// since, or connected something to a person the import created: undoing would lose their work.
/// </summary>
public static class ImportUndo
{
    /// <param name="before">The map the import was applied to.</param>
    /// <param name="commit">The import's commit as the store wrote it.</param>
    /// <param name="current">The map now.</param>
    public static IReadOnlyList<MapOp> Ops(AccountMap before, Commit commit, AccountMap current)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(current);
        var changed = new List<string>();
        var created = commit.Ops.OfType<PutNode>().Where(p => before.Find(p.Node.Id) is null).Select(p => p.Node.Id).ToHashSet(StringComparer.Ordinal);
        var createdEdges = commit.Ops.OfType<PutEdge>().Select(p => p.Edge.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var op in commit.Ops)
        {
            switch (op)
            {
                case PutNode p when current.Find(p.Node.Id) is not { } now || now.Version > commit.Version:
                    changed.Add(current.Find(p.Node.Id)?.Name ?? p.Node.Name);
                    break;
                case PutEdge p when current.FindEdge(p.Edge.Id) is not { } now || now.Version > commit.Version:
                    changed.Add($"{Name(current, p.Edge.From)} {Errors.Say($"Edge.Verb.{p.Edge.Type}")} {Name(current, p.Edge.To)}");
                    break;
            }
        }
        foreach (var e in current.Edges)
            if ((created.Contains(e.From) || created.Contains(e.To)) && !createdEdges.Contains(e.Id))
                changed.Add($"{Name(current, e.From)} {Errors.Say($"Edge.Verb.{e.Type}")} {Name(current, e.To)}");
        if (changed.Count > 0)
            throw GraphException.Conflict(Errors.Say("Contacts.Undo.Changed", Changed(changed)));

        var ops = new List<MapOp>(commit.Ops.Count);
        foreach (var op in commit.Ops.Reverse())
        {
            ops.Add(op switch
            {
                PutNode p => before.Find(p.Node.Id) is { } old ? new PutNode(old) : new RemoveNode(p.Node.Id),
                PutEdge p => before.FindEdge(p.Edge.Id) is { } old ? new PutEdge(old) : new RemoveEdge(p.Edge.Id),
                RemoveEdge r => new PutEdge(before.FindEdge(r.EdgeId) ?? throw Missing(r.EdgeId)),
                RemoveNode r => new PutNode(before.Find(r.NodeId) ?? throw Missing(r.NodeId)),
                PutAccount => new PutAccount(before.Account),
                _ => throw new InvalidOperationException($"Unknown op {op.GetType().Name}."),
            });
        }
        return ops;
    }

    private static string Name(AccountMap map, string id) => map.Find(id)?.Name ?? id;

    /// <summary>The first five changes, quoted, and "and more" past them.</summary>
    private static string Changed(List<string> changed)
    {
        var first = string.Join(", ", changed.Distinct().Take(5).Select(c => $"'{c}'"));
        return changed.Count > 5 ? Errors.Say("Contacts.Undo.More", first) : first;
    }

    private static InvalidOperationException Missing(string id) => new($"The import removed '{id}', which the map before it does not have: wrong 'before' map.");
}

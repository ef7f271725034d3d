using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

/// <summary>
/// Undo and restore as a new commit on top of today's map. Undo puts back only what the commit changed
/// and only where nobody changed it since (an element's version stamp, a field's value): a field someone
/// else set afterwards keeps their value. Restore brings back what the commit removed, or an earlier value
/// of a field, whatever happened since. Either way a relationship comes back only if its ends are there and
/// today's rules accept it; what was not put back is listed with the reason.
/// </summary>
public static class Revert
{
    /// <param name="only">Restrict to these element ids (a deleted person and the relationships that went with them); null: all.</param>
    /// <param name="field">Restore just this field of the single element in <paramref name="only"/> (or of the account).</param>
    public static RevertPlan Plan(AccountMap now, Commit commit, bool undo, IReadOnlySet<string>? only = null, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(commit);
        var s = new State(now, commit, undo, only, field);
        s.Account();
        s.AddedEdges();
        s.AddedNodes();
        s.ChangedNodes();
        s.RemovedNodes();
        s.ChangedEdges();
        s.RemovedEdges();
        if (field == "function") s.Function();
        var edges = commit.Before.Edges.Concat(commit.Ops.OfType<PutEdge>().Select(p => p.Edge)).DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return new RevertPlan(commit.Version, s.Ops, s.Done, s.Skipped, s.Names) { Relationships = edges };
    }

    private sealed class State(AccountMap now, Commit c, bool undo, IReadOnlySet<string>? only, string? field)
    {
        private readonly Dictionary<string, Node?> _nodes = Last(c.Ops, op => op switch { PutNode p => (p.Node.Id, p.Node), RemoveNode r => (r.NodeId, (Node?)null), _ => default });
        private readonly Dictionary<string, Edge?> _edges = Last(c.Ops, op => op switch { PutEdge p => (p.Edge.Id, p.Edge), RemoveEdge r => (r.EdgeId, (Edge?)null), _ => default });
        private readonly Dictionary<string, Node> _priorNodes = c.Before.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        private readonly Dictionary<string, Edge> _priorEdges = c.Before.Edges.ToDictionary(e => e.Id, StringComparer.Ordinal);
        private readonly HashSet<string> _removing = new(StringComparer.Ordinal);

        public List<MapOp> Ops { get; } = [];
        public List<RevertDone> Done { get; } = [];
        public List<RevertSkip> Skipped { get; } = [];
        public Dictionary<string, string> Names { get; } = Named(now, c);

        private bool In(string id) => only is null || only.Contains(id);

        public void Account()
        {
            if (field is not null && !In(now.Account.Id)) return;
            if (c.Before.Account is not { } before || c.Ops.OfType<PutAccount>().LastOrDefault() is not { } put) return;
            var restored = Fields(now.Account, before, put.Account, now.Account.Id);
            if (restored is { } a) Ops.Add(new PutAccount(a));
        }

        public void AddedEdges()
        {
            foreach (var (id, after) in _edges)
            {
                if (after is null || _priorEdges.ContainsKey(id) || !In(id) || field is not null || now.FindEdge(id) is not { } current) continue;
                if (undo && current.Version != c.Version) Skipped.Add(Since(id, current.Version));
                else Remove(new RemoveEdge(id), id);
            }
        }

        public void AddedNodes()
        {
            foreach (var (id, after) in _nodes)
            {
                if (after is null || _priorNodes.ContainsKey(id) || !In(id) || field is not null || now.Find(id) is not { } current) continue;
                if (undo && current.Version != c.Version) { Skipped.Add(Since(id, current.Version)); continue; }
                if (now.Edges.Any(e => (e.From == id || e.To == id) && !_removing.Contains(e.Id))) { Skipped.Add(new(id, SkipWhy.ConnectedSince)); continue; }
                Remove(new RemoveNode(id), id);
            }
        }

        public void ChangedNodes()
        {
            foreach (var (id, after) in _nodes)
            {
                if (after is null || !_priorNodes.TryGetValue(id, out var before) || !In(id)) continue;
                if (now.Find(id) is not { } current) { Skipped.Add(new(id, SkipWhy.Gone)); continue; }
                if (Fields(current, before, after, id) is { } node) Ops.Add(new PutNode(node));
            }
        }

        public void RemovedNodes()
        {
            foreach (var (id, after) in _nodes)
            {
                if (after is not null || !_priorNodes.TryGetValue(id, out var before) || !In(id) || field is not null) continue;
                if (now.Find(id) is not null) { Skipped.Add(new(id, SkipWhy.AlreadyThere)); continue; }
                Ops.Add(new PutNode(before));
                Done.Add(new(id, Reverted.BroughtBack, []));
            }
        }

        public void ChangedEdges()
        {
            foreach (var (id, after) in _edges)
            {
                if (after is null || !_priorEdges.TryGetValue(id, out var before) || !In(id)) continue;
                if (now.FindEdge(id) is not { } current) { Skipped.Add(new(id, SkipWhy.Gone)); continue; }
                if (Fields(current, before, after, id) is { } edge) Ops.Add(new PutEdge(edge));
            }
        }

        public void RemovedEdges()
        {
            var working = now.With(Ops);
            foreach (var (id, after) in _edges)
            {
                if (after is not null || !_priorEdges.TryGetValue(id, out var before) || !In(id) || field is not null) continue;
                if (working.FindEdge(id) is not null) { Skipped.Add(new(id, SkipWhy.AlreadyThere)); continue; }
                if (new[] { before.From, before.To }.FirstOrDefault(end => working.Find(end) is null) is { } gone)
                {
                    Skipped.Add(new(id, SkipWhy.EndGone, Detail: gone));
                    continue;
                }
                try
                {
                    // The rules of today's map decide: a second manager, a cycle, a second function are refused.
                    EdgeRules.Connect(working, EdgeFields.Of<EdgeDraft>(before) with { Type = before.Type, From = before.From, To = before.To, Id = id });
                }
                catch (GraphException ex)
                {
                    Skipped.Add(new(id, SkipWhy.Refused, Detail: ex.Message));
                    continue;
                }
                Ops.Add(new PutEdge(before));
                working = working.With([new PutEdge(before)]);
                Done.Add(new(id, Reverted.BroughtBack, []));
            }
        }

        /// <summary>The element with the commit's fields put back where allowed; null when none is.</summary>
        private T? Fields<T>(T current, T before, T after, string id) where T : class
        {
            var restored = current;
            var names = new List<string>();
            foreach (var f in ElementFields.Changes(before, after))
            {
                if (field is not null && f.Field != field) continue;
                var value = ElementFields.Get(current, f.Field);
                if (undo && !ElementFields.Same(value, f.After))
                {
                    Skipped.Add(new(id, SkipWhy.ChangedSince, f.Field, value) { SinceVersion = Stamp(current) });
                    continue;
                }
                restored = ElementFields.With(restored, f.Field, f.Before);
                names.Add(f.Field);
            }
            if (names.Count == 0) return null;
            Done.Add(new(id, Reverted.FieldsRestored, names));
            return restored;
        }

        private void Remove(MapOp op, string id)
        {
            if (op is RemoveNode)
                foreach (var e in now.Edges.Where(e => (e.From == id || e.To == id) && _removing.Add(e.Id))) Ops.Add(new RemoveEdge(e.Id));
            else _removing.Add(id);
            Ops.Add(op);
            Done.Add(new(id, Reverted.Removed, []));
        }

        /// <summary>A person's function is their WORKS_IN edge: restoring it is setting the function they had before the commit.</summary>
        public void Function()
        {
            if (only is not { Count: 1 } || only.First() is not { } id || now.Find(id) is not { Kind: NodeKind.Person }) return;
            var was = _priorEdges.Values.FirstOrDefault(e => e.Type == EdgeType.WORKS_IN && e.From == id)?.To;
            if (was is not null && now.Find(was) is null) { Skipped.Add(new(id, SkipWhy.EndGone, "function", Detail: was)); return; }
            Ops.AddRange(NodeRules.Update(now, id, new NodePatch { FunctionId = was ?? "" }));
            Done.Add(new(id, Reverted.FieldsRestored, ["function"]));
        }

        private static long Stamp(object element) => element switch { Node n => n.Version, Edge e => e.Version, Account a => a.Version, _ => 0 };

        private static RevertSkip Since(string id, long version) => new(id, SkipWhy.ChangedSince) { SinceVersion = version };

        private static Dictionary<string, string> Named(AccountMap now, Commit c)
        {
            var names = new Dictionary<string, string>(ChangeStory.Of(c).Names, StringComparer.Ordinal);
            foreach (var n in now.Nodes) names.TryAdd(n.Id, n.Name);
            return names;
        }

        private static Dictionary<string, T?> Last<T>(IReadOnlyList<MapOp> ops, Func<MapOp, (string? Id, T? Value)> pick) where T : class
        {
            var last = new Dictionary<string, T?>(StringComparer.Ordinal);
            foreach (var op in ops)
                if (pick(op) is (string id, var value)) last[id] = value;
            return last;
        }
    }
}

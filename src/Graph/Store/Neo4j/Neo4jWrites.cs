using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Turns stamped ops into a few batched statements (UNWIND $rows), in the order SQLite applies
/// them: removals, then nodes, then the edges that join them, then the account.
/// </summary>
internal static class Neo4jWrites
{
    /// <param name="before">The snapshot the ops were decided on; null when the account is being created.</param>
    /// <param name="nextSeq">The account's creation counter: new nodes and edges take the next numbers in op order.</param>
    public static List<Statement> Plan(Account account, IReadOnlyList<MapOp> ops, AccountMap? before, long nextSeq)
    {
        var id = account.Id;
        var removedEdges = ops.OfType<RemoveEdge>().Select(e => e.EdgeId).ToHashSet(StringComparer.Ordinal);
        var removedNodes = ops.OfType<RemoveNode>().Select(n => n.NodeId).ToHashSet(StringComparer.Ordinal);
        // A node or edge put twice in one change ends as the last put, like two upserts in a row.
        var nodes = LastById(ops.OfType<PutNode>().Select(p => p.Node), n => n.Id);
        var edges = LastById(ops.OfType<PutEdge>().Select(p => p.Edge), e => e.Id);
        bool NodeExists(Node n) => before?.Find(n.Id) is not null && !removedNodes.Contains(n.Id);
        bool EdgeExists(Edge e) => before?.FindEdge(e.Id) is not null && !removedEdges.Contains(e.Id);

        var statements = new List<Statement>();
        void Add(string cypher, string name, IEnumerable<object> rows)
        {
            var list = rows.ToList();
            if (list.Count > 0) statements.Add(Statement.Of(cypher, (name, list), ("accountId", id)));
        }

        Add(Cypher.RemoveEdges, "rows", removedEdges.Select(e => before?.FindEdge(e)).OfType<Edge>().Select(e => Row(("id", e.Id), ("from", e.From))));
        Add(Cypher.RemoveNodes, "ids", removedNodes);
        // Creation order is op order, whatever the kind or type: seq numbers are handed out first.
        var newNodes = nodes.Where(n => !NodeExists(n)).Select((n, i) => (Node: n, Seq: nextSeq + i)).ToList();
        nextSeq += newNodes.Count;
        var newEdges = edges.Where(e => !EdgeExists(e)).Select((e, i) => (Edge: e, Seq: nextSeq + i)).ToList();
        nextSeq += newEdges.Count;
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            Add(Cypher.CreateNodes[kind], "rows", newNodes.Where(x => x.Node.Kind == kind).Select(x =>
            {
                var props = Neo4jRows.Props(id, x.Node);
                props["seq"] = x.Seq;
                return props;
            }));
        }
        Add(Cypher.UpdateNodes, "rows", nodes.Where(NodeExists).Select(n => Neo4jRows.Props(id, n)));
        foreach (var type in Enum.GetValues<EdgeType>())
        {
            Add(Cypher.CreateEdges[type], "rows", newEdges.Where(x => x.Edge.Type == type).Select(x =>
            {
                var props = Neo4jRows.Props(id, x.Edge);
                props["seq"] = x.Seq;
                return Row(("from", x.Edge.From), ("to", x.Edge.To), ("props", props));
            }));
        }
        Add(Cypher.UpdateEdges, "rows", edges.Where(EdgeExists).Select(e => Row(("id", e.Id), ("from", e.From), ("props", Neo4jRows.Props(id, e)))));
        // Last, with the counter as it now stands. CREATE fails on a taken id (uniqueness constraint).
        statements.Add(before is null
            ? Statement.Of(Cypher.CreateAccount, ("props", AccountProps(account, nextSeq)))
            : Statement.Of(Cypher.UpdateAccount, ("id", id), ("props", AccountProps(account, nextSeq))));
        return statements;
    }

    private static Dictionary<string, object?> AccountProps(Account account, long seq)
    {
        var props = Neo4jRows.Props(account);
        props["seq"] = seq;
        return props;
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static List<T> LastById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var list = new List<T>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (index.TryGetValue(id(item), out var i)) list[i] = item;
            else
            {
                index[id(item)] = list.Count;
                list.Add(item);
            }
        }
        return list;
    }
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Turns stamped ops into a few batched statements (UNWIND $rows), in the order SQLite applies
/// them: removals, then nodes, then the edges that join them, then the account — and a new account's
/// map into bounded batches (<see cref="Staged"/>).
/// </summary>
internal static class Neo4jWrites
{
    /// <param name="before">The snapshot the ops were decided on; null when the account is being created.</param>
    /// <param name="nextSeq">The account's creation counter: new nodes and edges take the next numbers in op order.</param>
    /// <param name="token">This commit's token, kept on the account so that a commit without an answer can be checked.</param>
    /// <returns>The statements, and the creation counter after them.</returns>
    public static (List<Statement> Statements, long NextSeq) Plan(Account account, IReadOnlyList<MapOp> ops, AccountMap? before, long nextSeq, string token)
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
            Add(Cypher.CreateNodes[kind], "rows", newNodes.Where(x => x.Node.Kind == kind).Select(x => NodeRow(id, x.Node, x.Seq)));
        Add(Cypher.UpdateNodes, "rows", nodes.Where(NodeExists).Select(n => Neo4jRows.Props(id, n)));
        foreach (var type in Enum.GetValues<EdgeType>())
            Add(Cypher.CreateEdges[type], "rows", newEdges.Where(x => x.Edge.Type == type).Select(x => EdgeRow(id, x.Edge, x.Seq)));
        Add(Cypher.UpdateEdges, "rows", edges.Where(EdgeExists).Select(e => Row(("id", e.Id), ("from", e.From), ("props", Neo4jRows.Props(id, e)))));

        // The counts the account list shows, as they are after this change (a node's kind never changes).
        var kinds = (before?.Nodes ?? []).Where(n => !removedNodes.Contains(n.Id)).Select(n => n.Kind).Concat(newNodes.Select(x => x.Node.Kind)).ToList();
        var props = AccountProps(account, nextSeq, kinds);
        // Last, with the counter as it now stands. CREATE fails on a taken id (uniqueness constraint).
        if (before is null)
        {
            props["stamp"] = token;
            props["commits"] = new List<string> { token };
            statements.Add(Statement.Of(Cypher.CreateAccount, ("props", props)));
        }
        else
        {
            statements.Add(Statement.Of(Cypher.UpdateAccount, ("id", id), ("props", props), ("token", token)));
        }
        return (statements, nextSeq);
    }

    /// <summary>
    /// A new account in bounded steps: the hidden account node (state 'creating', the final counts and
    /// counter), then nodes at most <paramref name="size"/> per statement, each run after
    /// <see cref="Cypher.Guard"/> in its transaction and answering with the server's reference to each
    /// node; then <see cref="StagedEdges"/> and <see cref="StagedChanges"/>. Seq numbers are the map's order,
    /// nodes first, as <see cref="Plan"/> gives them. A new account is at version 1; an imported history
    /// (<paramref name="keepVersions"/>) keeps the versions its replay gave the map.
    /// </summary>
    public static (Statement Account, List<(Statement Statement, int Rows)> Nodes) Staged(AccountMap map, string stamp, int size, bool before5, bool keepVersions = false)
    {
        var id = map.Account.Id;
        var version = keepVersions ? map.Version : 1;
        var props = AccountProps(map.Account with { Version = version }, map.Nodes.Count + map.Edges.Count, [.. map.Nodes.Select(n => n.Kind)]);
        props["stamp"] = stamp;
        props["state"] = "creating";
        var nodes = map.Nodes.Select((n, i) => (Node: keepVersions ? n : n with { Version = 1 }, Seq: (long)i)).ToList();
        var batches = new List<(Statement, int)>();
        foreach (var kind in Enum.GetValues<NodeKind>())
            Chunk(batches, (before5 ? Cypher.CreateNodesKeyedBefore5 : Cypher.CreateNodesKeyed)[kind], id, size,
                [.. nodes.Where(x => x.Node.Kind == kind).Select(x => NodeRow(id, x.Node, x.Seq))]);
        return (Statement.Of(Cypher.CreateHiddenAccount, ("props", props)), batches);
    }

    /// <summary>The relationships of a staged create, their ends named by the references its node batches answered with.</summary>
    public static List<(Statement Statement, int Rows)> StagedEdges(AccountMap map, IReadOnlyDictionary<string, object?> refs, int size, bool before5, bool keepVersions = false)
    {
        var id = map.Account.Id;
        var edges = map.Edges.Select((e, i) => (Edge: keepVersions ? e : e with { Version = 1 }, Seq: (long)(map.Nodes.Count + i))).ToList();
        var batches = new List<(Statement, int)>();
        foreach (var type in Enum.GetValues<EdgeType>())
            Chunk(batches, (before5 ? Cypher.CreateEdgesByRefBefore5 : Cypher.CreateEdgesByRef)[type], id, size,
                [.. edges.Where(x => x.Edge.Type == type).Select(x => EdgeRow(id, x.Edge, x.Seq, refs))]);
        return batches;
    }

    /// <summary>The commits of a staged create's change log (its creation, or an imported history), at most <paramref name="size"/> per statement.</summary>
    public static List<(Statement Statement, int Rows)> StagedChanges(string accountId, IReadOnlyList<Commit> log, int size)
    {
        var batches = new List<(Statement, int)>();
        var changes = log.Select(c => Neo4jRows.Change(c, size)).ToList();
        Chunk(batches, Cypher.CreateChanges, accountId, size, [.. changes.Where(c => c.Parts.Count == 0).Select(c => (object)c.Head)]);
        foreach (var (head, parts) in changes.Where(c => c.Parts.Count > 0))
        {
            batches.Add((Statement.Of(Cypher.CreateChangeHead, ("props", head), ("accountId", accountId)), 1));
            Chunk(batches, Cypher.CreateChangeParts, accountId, size, [.. parts.Select(p => (object)p)], ("version", head["version"]));
        }
        return batches;
    }

    /// <summary>The statement that keeps a commit in the log (its parts too, in the same statement).</summary>
    public static Statement Change(Commit commit, int size)
    {
        var (head, parts) = Neo4jRows.Change(commit, size);
        return Statement.Of(Cypher.CreateChange, ("props", head), ("parts", parts), ("accountId", commit.AccountId));
    }

    private static void Chunk(List<(Statement, int)> batches, string cypher, string accountId, int size, List<object> rows, params (string, object?)[] more)
    {
        foreach (var chunk in rows.Chunk(size))
            batches.Add((Statement.Of(cypher, [("rows", chunk), ("accountId", accountId), .. more]), chunk.Length));
    }

    // New nodes and edges leave null properties out: for SET n = row a null means nothing to set, and
    // each one still cost the server a property operation per row (a fifth of a big create's work).
    private static Dictionary<string, object?> NodeRow(string accountId, Node node, long seq)
    {
        var props = WithoutNulls(Neo4jRows.Props(accountId, node));
        props["seq"] = seq;
        return props;
    }

    private static Dictionary<string, object?> EdgeRow(string accountId, Edge edge, long seq, IReadOnlyDictionary<string, object?>? refs = null)
    {
        var props = WithoutNulls(Neo4jRows.Props(accountId, edge));
        props["seq"] = seq;
        var row = Row(("id", edge.Id), ("from", edge.From), ("to", edge.To), ("props", props));
        if (refs is not null) (row["fromRef"], row["toRef"]) = (refs[edge.From], refs[edge.To]);
        return row;
    }

    private static Dictionary<string, object?> WithoutNulls(Dictionary<string, object?> props)
    {
        foreach (var key in props.Where(p => p.Value is null).Select(p => p.Key).ToList()) props.Remove(key);
        return props;
    }

    private static Dictionary<string, object?> AccountProps(Account account, long seq, List<NodeKind> kinds)
    {
        var props = Neo4jRows.Props(account);
        props["seq"] = seq;
        props["people"] = kinds.Count(k => k == NodeKind.Person);
        props["counterparts"] = kinds.Count(k => k == NodeKind.Counterpart);
        props["dataVersion"] = Cypher.DataVersion;
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

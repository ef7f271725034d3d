using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>Whole maps from <see cref="Cypher.ReadMap"/> and <see cref="Cypher.ReadChanges"/>, and account list rows.</summary>
internal static partial class Neo4jRows
{
    /// <summary>
    /// The map and its creation counter from <see cref="Cypher.ReadMap"/>; null when there is no such account.
    /// Nodes and edges are put in creation order (seq) here: sorting is cheaper in the app than on the server.
    /// </summary>
    public static Snapshot? ReadSnapshot(Neo4jResult result)
    {
        if (result.Rows.Count == 0) return null;
        var row = result.Rows[0];
        var account = Map(row, "account");
        var nodes = InCreationOrder(row["nodes"]).Select(ReadNode).ToList();
        var edges = InCreationOrder(row["edges"]).Select(ReadEdge).ToList();
        return new Snapshot(new AccountMap(ReadAccount(account), nodes, edges), Long(account, "seq") ?? 0, Text(account, "stamp"));
    }

    /// <summary>
    /// The map after <see cref="Cypher.ReadChanges"/>: unchanged nodes and edges from <paramref name="held"/>
    /// where they were, changed ones replaced in place, new ones appended in creation order, missing ones
    /// gone — as <see cref="AccountMap.Apply"/> would have it. Null when the account is gone, or when an id
    /// the server calls unchanged is not held (then only a whole read will do).
    /// </summary>
    public static Snapshot? Merge(Snapshot held, Neo4jResult result)
    {
        if (result.Rows.Count == 0) return null;
        var row = result.Rows[0];
        var account = Map(row, "account");
        var nodes = Merge(held.Map.Nodes, row["nodes"], ReadNode, n => n.Id, id => held.Map.Find(id) is not null);
        var edges = Merge(held.Map.Edges, row["edges"], ReadEdge, e => e.Id, id => held.Map.FindEdge(id) is not null);
        return nodes is null || edges is null ? null
            : new Snapshot(new AccountMap(ReadAccount(account), nodes, edges), Long(account, "seq") ?? 0, Text(account, "stamp"));
    }

    private static List<T>? Merge<T>(IReadOnlyList<T> held, object? list, Func<IReadOnlyDictionary<string, object?>, T> read, Func<T, string> id, Func<string, bool> isHeld)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        var changed = new Dictionary<string, T>(StringComparer.Ordinal);
        var added = new List<(long Seq, T Item)>();
        foreach (var item in list as List<object?> ?? [])
        {
            if (item is string unchanged)
            {
                if (!isHeld(unchanged)) return null;
                present.Add(unchanged);
                continue;
            }
            var map = (IReadOnlyDictionary<string, object?>)item!;
            var value = read(map);
            present.Add(id(value));
            if (isHeld(id(value))) changed[id(value)] = value;
            else added.Add((Long(Map(map, "props"), "seq") ?? long.MaxValue, value));
        }
        return [.. held.Where(h => present.Contains(id(h))).Select(h => changed.GetValueOrDefault(id(h)) ?? h), .. added.OrderBy(a => a.Seq).Select(a => a.Item)];
    }

    /// <summary>An account list row: the counts are kept on the account node by every write.</summary>
    public static AccountSummary ReadSummary(IReadOnlyDictionary<string, object?> row)
    {
        var account = Map(row, "account");
        return new AccountSummary(ReadAccount(account), (int)(Long(account, "people") ?? 0), (int)(Long(account, "counterparts") ?? 0));
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> InCreationOrder(object? list) =>
        (list as List<object?> ?? []).Cast<IReadOnlyDictionary<string, object?>>().OrderBy(e => Long(Map(e, "props"), "seq") ?? long.MaxValue);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

/// <summary>
/// How both stores keep a commit's ops, its prior elements and its names, and a checkpoint's map, as
/// JSON text: camelCase, enums by name, nulls left out. The elements keep their version stamps, so a
/// replay gives exactly the map the store holds. Stored data: change a shape only with a migration.
/// </summary>
public static class ChangeJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record Snapshot(Account Account, IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges);

    public static string Ops(IReadOnlyList<MapOp> ops) => JsonSerializer.Serialize(ops, Options);

    /// <summary>The same JSON as <see cref="Ops"/> in UTF-8: a whole map's ops run to tens of megabytes, which a store
    /// that keeps UTF-8 need not hold twice over as a .NET string.</summary>
    public static byte[] OpsUtf8(IReadOnlyList<MapOp> ops) => JsonSerializer.SerializeToUtf8Bytes(ops, Options);

    public static IReadOnlyList<MapOp> ReadOps(string json) => JsonSerializer.Deserialize<List<MapOp>>(json, Options) ?? [];

    /// <summary>Null when nothing was there before (a commit that only added).</summary>
    public static string? Prior(Prior prior)
    {
        ArgumentNullException.ThrowIfNull(prior);
        return ReferenceEquals(prior, Model.Prior.None) || (prior.Account is null && prior.Nodes.Count == 0 && prior.Edges.Count == 0)
            ? null : JsonSerializer.Serialize(prior, Options);
    }

    public static Prior ReadPrior(string? json) =>
        string.IsNullOrEmpty(json) ? Model.Prior.None : JsonSerializer.Deserialize<Prior>(json, Options) ?? Model.Prior.None;

    public static string? Names(IReadOnlyDictionary<string, string> names) =>
        names is null || names.Count == 0 ? null : JsonSerializer.Serialize(names, Options);

    public static IReadOnlyDictionary<string, string> ReadNames(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options)!, StringComparer.Ordinal);

    public static string Map(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return JsonSerializer.Serialize(new Snapshot(map.Account, map.Nodes, map.Edges), Options);
    }

    public static AccountMap ReadMap(string json)
    {
        var s = JsonSerializer.Deserialize<Snapshot>(json, Options) ?? throw new JsonException("An empty checkpoint.");
        return new AccountMap(s.Account, s.Nodes, s.Edges);
    }

    /// <summary>
    /// The ids a commit touched, for the history's element filter: nodes, edges and the nodes those edges
    /// join (a person's history shows their relationships), the account's own id when it changed the account.
    /// </summary>
    public static IReadOnlyList<string> Elements(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var removed = commit.Before.Edges.ToDictionary(e => e.Id, StringComparer.Ordinal);
        void Edge(Edge? e)
        {
            if (e is null) return;
            ids.Add(e.From);
            ids.Add(e.To);
        }
        foreach (var op in commit.Ops)
        {
            switch (op)
            {
                case PutAccount a: ids.Add(a.Account.Id); break;
                case PutNode n: ids.Add(n.Node.Id); break;
                case RemoveNode n: ids.Add(n.NodeId); break;
                case PutEdge e: ids.Add(e.Edge.Id); Edge(e.Edge); break;
                case RemoveEdge e: ids.Add(e.EdgeId); Edge(removed.GetValueOrDefault(e.EdgeId)); break;
            }
        }
        return [.. ids];
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.History;

/// <summary>
/// The difference of two maps the slow and obvious way: every element compared as JSON, property by
/// property, whatever its version stamp says; a person's function from the WORKS_IN edges of each map.
/// </summary>
public static class BruteDiff
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>(id, how, the changed fields sorted), for nodes, edges other than WORKS_IN, and the account (its id).</summary>
    public static IReadOnlySet<string> Of(AccountMap a, AccountMap b)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in a.Nodes.Select(n => n.Id).Union(b.Nodes.Select(n => n.Id)))
        {
            var (x, y) = (a.Find(id), b.Find(id));
            if (x is null) found.Add($"{id} {Delta.Added}");
            else if (y is null) found.Add($"{id} {Delta.Removed}");
            else
            {
                var fields = Fields(x with { Version = 0, X = null, Y = null }, y with { Version = 0, X = null, Y = null }).ToList();
                if (x.Kind == NodeKind.Person && a.FunctionOf(id) != b.FunctionOf(id)) fields.Add("function");
                if (fields.Count > 0) found.Add($"{id} {Delta.Changed} {string.Join(",", fields.Order(StringComparer.Ordinal))}");
            }
        }
        foreach (var id in a.Edges.Concat(b.Edges).Where(e => e.Type != EdgeType.WORKS_IN).Select(e => e.Id).Distinct())
        {
            var (x, y) = (a.FindEdge(id), b.FindEdge(id));
            if (x is null) found.Add($"{id} {Delta.Added}");
            else if (y is null) found.Add($"{id} {Delta.Removed}");
            else if (Fields(x with { Version = 0 }, y with { Version = 0 }).ToList() is { Count: > 0 } fields)
                found.Add($"{id} {Delta.Changed} {string.Join(",", fields.Order(StringComparer.Ordinal))}");
        }
        if (Fields(a.Account with { Version = 0 }, b.Account with { Version = 0 }).ToList() is { Count: > 0 } account)
            found.Add($"{a.Account.Id} {Delta.Changed} {string.Join(",", account.Order(StringComparer.Ordinal))}");
        return found;
    }

    /// <summary>The same shape from <see cref="MapDiff"/>.</summary>
    public static IReadOnlySet<string> Of(MapDelta d, string accountId)
    {
        string Line(string id, Delta how, IReadOnlyList<FieldChange> f) =>
            how == Delta.Changed ? $"{id} {how} {string.Join(",", f.Select(x => x.Field).Order(StringComparer.Ordinal))}" : $"{id} {how}";
        var found = d.Nodes.Select(n => Line(n.Id, n.How, n.Fields)).Concat(d.Edges.Select(e => Line(e.Id, e.How, e.Fields))).ToHashSet(StringComparer.Ordinal);
        if (d.Account.Count > 0) found.Add(Line(accountId, Delta.Changed, d.Account));
        return found;
    }

    private static IEnumerable<string> Fields<T>(T a, T b)
    {
        var (x, y) = (JsonSerializer.SerializeToElement(a, Options), JsonSerializer.SerializeToElement(b, Options));
        foreach (var p in x.EnumerateObject())
            if (p.Value.GetRawText() != y.GetProperty(p.Name).GetRawText()) yield return p.Name;
    }
}

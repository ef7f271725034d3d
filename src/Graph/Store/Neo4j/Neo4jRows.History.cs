using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>Commits, checkpoints and visits to property maps and back (the same JSON texts SQLite keeps in its columns).</summary>
internal static partial class Neo4jRows
{
    /// <summary>
    /// A commit as its :Change properties and, when it has more than <paramref name="size"/> ops (a whole big
    /// map), the :ChangePart properties of the rest, so no property and no request gets too big.
    /// </summary>
    public static (Dictionary<string, object?> Head, List<Dictionary<string, object?>> Parts) Change(Commit c, int size)
    {
        ArgumentNullException.ThrowIfNull(c);
        var chunks = c.Ops.Chunk(Math.Max(1, size)).ToList();
        var by = c.By ?? Author.Machine;
        var head = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["accountId"] = c.AccountId,
            ["version"] = c.Version,
            ["part"] = 0L,
            ["at"] = StoredAccess.Time(c.At),
            ["byName"] = by.Name,
            ["kind"] = by.Kind.ToString(),
            ["ops"] = ChangeJson.Ops(chunks.Count == 0 ? [] : chunks[0]),
        };
        void Optional(string key, object? value)
        {
            if (value is not null) head[key] = value;
        }
        Optional("byId", by.UserId);
        Optional("of", by.Of);
        Optional("prior", ChangeJson.Prior(c.Before));
        Optional("names", ChangeJson.Names(c.Names));
        // Whole maps are not found by element: every element of the map would be listed.
        Optional("elements", c.IsWhole ? null : ChangeJson.Elements(c).ToList());
        Optional("parts", chunks.Count > 1 ? (long?)chunks.Count : null);
        var parts = chunks.Skip(1).Select((chunk, i) => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["accountId"] = c.AccountId, ["version"] = c.Version, ["part"] = (long)(i + 1), ["ops"] = ChangeJson.Ops(chunk),
        }).ToList();
        return (head, parts);
    }

    public static Commit ReadChange(string accountId, IReadOnlyDictionary<string, object?> row)
    {
        var c = Map(row, "change");
        var ops = ChangeJson.ReadOps(Text(c, "ops")!).ToList();
        foreach (var part in row.GetValueOrDefault("parts") as List<object?> ?? []) ops.AddRange(ChangeJson.ReadOps((string)part!));
        return new Commit(accountId, Long(c, "version") ?? 0, ops)
        {
            By = new Author(Text(c, "byId"), Text(c, "byName")!) { Kind = Enum.Parse<ChangeKind>(Text(c, "kind")!), Of = Long(c, "of") },
            At = StoredAccess.ParseTime(Text(c, "at")!),
            Before = ChangeJson.ReadPrior(Text(c, "prior")),
            Names = ChangeJson.ReadNames(Text(c, "names")),
        };
    }

    public static Dictionary<string, object?> Checkpoint(MapCheckpoint k)
    {
        ArgumentNullException.ThrowIfNull(k);
        return new(StringComparer.Ordinal)
        {
            ["accountId"] = k.Map.Account.Id, ["version"] = k.Version, ["at"] = StoredAccess.Time(k.At), ["map"] = ChangeJson.Map(k.Map),
        };
    }
}

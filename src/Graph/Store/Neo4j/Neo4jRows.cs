using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Records to property maps and back. Enums are stored by name, roles as a list of names, dates as
/// 'yyyy-MM-dd' text, amounts as text (decimal is lossless that way), coordinates as floats. A null
/// value removes the property (SET +=), so absent and null read the same. The account-plan fields
/// travel as one JSON text (<see cref="StoredDetails"/>, as in SQLite): 'details' on nodes and
/// relationships, 'history' on the account.
/// </summary>
internal static partial class Neo4jRows
{
    public static Dictionary<string, object?> Props(Account a) => new(StringComparer.Ordinal)
    {
        ["id"] = a.Id,
        ["name"] = a.Name,
        ["industry"] = a.Industry,
        ["country"] = a.Country,
        ["position"] = a.Position.ToString(),
        ["shareOfWallet"] = a.ShareOfWallet,
        ["potentialAmount"] = a.PotentialAmount?.ToString(CultureInfo.InvariantCulture),
        ["potentialCurrency"] = a.PotentialCurrency,
        ["bringsInnovations"] = a.BringsInnovations,
        ["involvesInDevelopment"] = a.InvolvesInDevelopment,
        ["consultsOnStrategy"] = a.ConsultsOnStrategy,
        ["version"] = a.Version,
        ["history"] = StoredDetails.Of(a.History),
    };

    public static Dictionary<string, object?> Props(string accountId, Node n) => new(StringComparer.Ordinal)
    {
        ["id"] = n.Id,
        ["accountId"] = accountId,
        ["name"] = n.Name,
        ["title"] = n.Title,
        ["level"] = n.Level?.ToString(),
        ["roles"] = n.Roles.Count == 0 ? null : n.Roles.Select(r => r.ToString()).ToList(),
        ["stance"] = n.Stance?.ToString(),
        ["influence"] = n.Influence?.ToString(),
        ["involvement"] = n.Involvement?.ToString(),
        ["teamRole"] = n.TeamRole?.ToString(),
        ["email"] = n.Email,
        ["phone"] = n.Phone,
        ["concerns"] = n.Concerns,
        ["x"] = n.X,
        ["y"] = n.Y,
        ["version"] = n.Version,
        ["details"] = StoredDetails.Of(n),
    };

    public static Dictionary<string, object?> Props(string accountId, Edge e) => new(StringComparer.Ordinal)
    {
        ["id"] = e.Id,
        ["accountId"] = accountId,
        ["strength"] = e.Strength,
        ["dotted"] = e.Dotted,
        ["note"] = e.Note,
        ["status"] = e.Status?.ToString(),
        ["cadenceDays"] = e.CadenceDays,
        ["lastContact"] = e.LastContact?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["goal"] = e.Goal,
        ["version"] = e.Version,
        ["details"] = StoredDetails.Of(e),
    };

    public static Account ReadAccount(IReadOnlyDictionary<string, object?> p) => new()
    {
        Id = Text(p, "id")!,
        Name = Text(p, "name")!,
        Industry = Text(p, "industry"),
        Country = Text(p, "country"),
        Position = Enum.Parse<SupplierPosition>(Text(p, "position") ?? nameof(SupplierPosition.Potential)),
        ShareOfWallet = (int?)Long(p, "shareOfWallet"),
        PotentialAmount = Text(p, "potentialAmount") is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
        PotentialCurrency = Text(p, "potentialCurrency"),
        BringsInnovations = Bool(p, "bringsInnovations"),
        InvolvesInDevelopment = Bool(p, "involvesInDevelopment"),
        ConsultsOnStrategy = Bool(p, "consultsOnStrategy"),
        Version = Long(p, "version") ?? 0,
        History = StoredDetails.History(Text(p, "history")),
    };

    /// <summary>A node from <c>{props, labels}</c>; its kind is the label besides :Node.</summary>
    public static Node ReadNode(IReadOnlyDictionary<string, object?> row)
    {
        var p = Map(row, "props");
        var labels = row["labels"] as List<object?> ?? [];
        return StoredDetails.Into(new Node
        {
            Id = Text(p, "id")!,
            Kind = Enum.GetValues<NodeKind>().First(k => labels.Contains(Cypher.Label(k))),
            Name = Text(p, "name")!,
            Title = Text(p, "title"),
            Level = Parse<Level>(p, "level"),
            Roles = p.GetValueOrDefault("roles") is List<object?> roles ? [.. roles.Select(r => Enum.Parse<BuyingRole>((string)r!))] : [],
            Stance = Parse<Stance>(p, "stance"),
            Influence = Parse<Influence>(p, "influence"),
            Involvement = Parse<Involvement>(p, "involvement"),
            TeamRole = Parse<TeamRole>(p, "teamRole"),
            Email = Text(p, "email"),
            Phone = Text(p, "phone"),
            Concerns = Text(p, "concerns"),
            X = Double(p, "x"),
            Y = Double(p, "y"),
            Version = Long(p, "version") ?? 0,
        }, Text(p, "details"));
    }

    /// <summary>An edge from <c>{props, type, from, to}</c>.</summary>
    public static Edge ReadEdge(IReadOnlyDictionary<string, object?> row)
    {
        var p = Map(row, "props");
        var type = Text(row, "type");
        return StoredDetails.Into(new Edge
        {
            Id = Text(p, "id")!,
            Type = Enum.GetValues<EdgeType>().First(t => Cypher.RelType(t) == type),
            From = Text(row, "from")!,
            To = Text(row, "to")!,
            Strength = (int?)Long(p, "strength"),
            Dotted = Bool(p, "dotted"),
            Note = Text(p, "note"),
            Status = Parse<RelationshipStatus>(p, "status"),
            CadenceDays = (int?)Long(p, "cadenceDays"),
            LastContact = Text(p, "lastContact") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Goal = Text(p, "goal"),
            Version = Long(p, "version") ?? 0,
        }, Text(p, "details"));
    }

    public static IReadOnlyDictionary<string, object?> Map(IReadOnlyDictionary<string, object?> row, string key) =>
        row.GetValueOrDefault(key) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    public static long? Long(IReadOnlyDictionary<string, object?> p, string key) => p.GetValueOrDefault(key) switch
    {
        null => null,
        long l => l,
        double d => (long)d,
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };

    private static string? Text(IReadOnlyDictionary<string, object?> p, string key) =>
        p.GetValueOrDefault(key) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    private static double? Double(IReadOnlyDictionary<string, object?> p, string key) =>
        p.GetValueOrDefault(key) is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;

    private static bool Bool(IReadOnlyDictionary<string, object?> p, string key) => p.GetValueOrDefault(key) is true;

    private static T? Parse<T>(IReadOnlyDictionary<string, object?> p, string key) where T : struct, Enum =>
        Text(p, key) is { } v ? Enum.Parse<T>(v) : null;
}

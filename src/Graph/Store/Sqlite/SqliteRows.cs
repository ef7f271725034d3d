using System.Globalization;
using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>Rows to records and back. Enums are stored by name, dates as ISO text.</summary>
internal static class SqliteRows
{
    public const string AccountColumns =
        "id, name, industry, country, position, share_of_wallet, potential_amount, potential_currency, brings_innovations, involves_development, consults_strategy, version, history";

    public const string NodeColumns =
        "id, kind, name, title, level, roles, stance, influence, involvement, team_role, email, phone, concerns, x, y, version, details";

    public const string EdgeColumns =
        "id, type, from_id, to_id, strength, dotted, note, status, cadence_days, last_contact, goal, version, details";

    public static Account ReadAccount(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        Name = r.GetString(1),
        Industry = Text(r, 2),
        Country = Text(r, 3),
        Position = Enum.Parse<SupplierPosition>(r.GetString(4)),
        ShareOfWallet = r.IsDBNull(5) ? null : r.GetInt32(5),
        PotentialAmount = Text(r, 6) is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
        PotentialCurrency = Text(r, 7),
        BringsInnovations = r.GetBoolean(8),
        InvolvesInDevelopment = r.GetBoolean(9),
        ConsultsOnStrategy = r.GetBoolean(10),
        Version = r.GetInt64(11),
        History = StoredDetails.History(Text(r, 12)),
    };

    public static Node ReadNode(SqliteDataReader r) => StoredDetails.Into(new Node
    {
        Id = r.GetString(0),
        Kind = Enum.Parse<NodeKind>(r.GetString(1)),
        Name = r.GetString(2),
        Title = Text(r, 3),
        Level = Parse<Level>(r, 4),
        Roles = [.. r.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BuyingRole>)],
        Stance = Parse<Stance>(r, 6),
        Influence = Parse<Influence>(r, 7),
        Involvement = Parse<Involvement>(r, 8),
        TeamRole = Parse<TeamRole>(r, 9),
        Email = Text(r, 10),
        Phone = Text(r, 11),
        Concerns = Text(r, 12),
        X = r.IsDBNull(13) ? null : r.GetDouble(13),
        Y = r.IsDBNull(14) ? null : r.GetDouble(14),
        Version = r.GetInt64(15),
    }, Text(r, 16));

    public static Edge ReadEdge(SqliteDataReader r) => StoredDetails.Into(new Edge
    {
        Id = r.GetString(0),
        Type = Enum.Parse<EdgeType>(r.GetString(1)),
        From = r.GetString(2),
        To = r.GetString(3),
        Strength = r.IsDBNull(4) ? null : r.GetInt32(4),
        Dotted = r.GetBoolean(5),
        Note = Text(r, 6),
        Status = Parse<RelationshipStatus>(r, 7),
        CadenceDays = r.IsDBNull(8) ? null : r.GetInt32(8),
        LastContact = Text(r, 9) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Goal = Text(r, 10),
        Version = r.GetInt64(11),
    }, Text(r, 12));

    public static void Bind(SqliteCommand cmd, Account a)
    {
        Add(cmd, "$id", a.Id); Add(cmd, "$name", a.Name); Add(cmd, "$industry", a.Industry); Add(cmd, "$country", a.Country);
        Add(cmd, "$position", a.Position.ToString()); Add(cmd, "$share", a.ShareOfWallet);
        Add(cmd, "$amount", a.PotentialAmount?.ToString(CultureInfo.InvariantCulture)); Add(cmd, "$currency", a.PotentialCurrency);
        Add(cmd, "$innovations", a.BringsInnovations); Add(cmd, "$development", a.InvolvesInDevelopment);
        Add(cmd, "$strategy", a.ConsultsOnStrategy); Add(cmd, "$version", a.Version); Add(cmd, "$history", StoredDetails.Of(a.History));
    }

    public static void Bind(SqliteCommand cmd, string accountId, Node n)
    {
        Add(cmd, "$id", n.Id); Add(cmd, "$account", accountId); Add(cmd, "$kind", n.Kind.ToString()); Add(cmd, "$name", n.Name);
        Add(cmd, "$title", n.Title); Add(cmd, "$level", n.Level?.ToString()); Add(cmd, "$roles", string.Join(',', n.Roles));
        Add(cmd, "$stance", n.Stance?.ToString()); Add(cmd, "$influence", n.Influence?.ToString());
        Add(cmd, "$involvement", n.Involvement?.ToString()); Add(cmd, "$teamRole", n.TeamRole?.ToString());
        Add(cmd, "$email", n.Email); Add(cmd, "$phone", n.Phone); Add(cmd, "$concerns", n.Concerns);
        Add(cmd, "$x", n.X); Add(cmd, "$y", n.Y); Add(cmd, "$version", n.Version); Add(cmd, "$details", StoredDetails.Of(n));
    }

    public static void Bind(SqliteCommand cmd, string accountId, Edge e)
    {
        Add(cmd, "$id", e.Id); Add(cmd, "$account", accountId); Add(cmd, "$type", e.Type.ToString());
        Add(cmd, "$from", e.From); Add(cmd, "$to", e.To); Add(cmd, "$strength", e.Strength); Add(cmd, "$dotted", e.Dotted);
        Add(cmd, "$note", e.Note); Add(cmd, "$status", e.Status?.ToString()); Add(cmd, "$cadence", e.CadenceDays);
        Add(cmd, "$lastContact", e.LastContact?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(cmd, "$goal", e.Goal); Add(cmd, "$version", e.Version); Add(cmd, "$details", StoredDetails.Of(e));
    }

    private static void Add(SqliteCommand cmd, string name, object? value) => cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static T? Parse<T>(SqliteDataReader r, int i) where T : struct, Enum => r.IsDBNull(i) ? null : Enum.Parse<T>(r.GetString(i));
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// Records to rows and back. Each table's columns are listed once (<see cref="SqliteTable{T}"/>):
/// the SELECT list, the upsert and its parameters are built from that list, and rows are read by
/// column name. Enums are stored by name, dates as ISO text, amounts as text (exact). Fields that
/// are not columns travel in the row's JSON details (<see cref="StoredDetails"/>); README.md says which and why.
/// </summary>
internal static class SqliteRows
{
    public static readonly SqliteTable<Account> Accounts = new("accounts", scoped: false,
    [
        new("id", a => a.Id, Fixed: true),
        new("name", a => a.Name),
        new("industry", a => a.Industry),
        new("country", a => a.Country),
        new("position", a => a.Position.ToString()),
        new("share_of_wallet", a => a.ShareOfWallet),
        new("potential_amount", a => a.PotentialAmount?.ToString(CultureInfo.InvariantCulture)),
        new("potential_currency", a => a.PotentialCurrency),
        new("brings_innovations", a => a.BringsInnovations),
        new("involves_development", a => a.InvolvesInDevelopment),
        new("consults_strategy", a => a.ConsultsOnStrategy),
        new("version", a => a.Version),
        new("history", a => StoredDetails.Of(a.History)),
    ]);

    public static readonly SqliteTable<Node> Nodes = new("nodes", scoped: true,
    [
        new("id", n => n.Id, Fixed: true),
        new("kind", n => n.Kind.ToString(), Fixed: true),
        new("name", n => n.Name),
        new("title", n => n.Title),
        new("level", n => n.Level?.ToString()),
        new("roles", n => string.Join(',', n.Roles)),
        new("stance", n => n.Stance?.ToString()),
        new("influence", n => n.Influence?.ToString()),
        new("involvement", n => n.Involvement?.ToString()),
        new("team_role", n => n.TeamRole?.ToString()),
        new("email", n => n.Email),
        new("phone", n => n.Phone),
        new("concerns", n => n.Concerns),
        new("x", n => n.X),
        new("y", n => n.Y),
        new("version", n => n.Version),
        new("details", StoredDetails.Of),
    ]);

    public static readonly SqliteTable<Edge> Edges = new("edges", scoped: true,
    [
        new("id", e => e.Id, Fixed: true),
        new("type", e => e.Type.ToString(), Fixed: true),
        new("from_id", e => e.From, Fixed: true),
        new("to_id", e => e.To, Fixed: true),
        new("strength", e => e.Strength),
        new("dotted", e => e.Dotted),
        new("note", e => e.Note),
        new("status", e => e.Status?.ToString()),
        new("cadence_days", e => e.CadenceDays),
        new("last_contact", e => e.LastContact?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("goal", e => e.Goal),
        new("version", e => e.Version),
        new("details", StoredDetails.Of),
    ]);

    public static Account ReadAccount(SqliteRow r) => new()
    {
        Id = r.Text("id")!,
        Name = r.Text("name")!,
        Industry = r.Text("industry"),
        Country = r.Text("country"),
        Position = r.Enum<SupplierPosition>("position")!.Value,
        ShareOfWallet = r.Int("share_of_wallet"),
        PotentialAmount = r.Text("potential_amount") is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
        PotentialCurrency = r.Text("potential_currency"),
        BringsInnovations = r.Bool("brings_innovations"),
        InvolvesInDevelopment = r.Bool("involves_development"),
        ConsultsOnStrategy = r.Bool("consults_strategy"),
        Version = r.Long("version"),
        History = StoredDetails.History(r.Text("history")),
    };

    public static Node ReadNode(SqliteRow r) => StoredDetails.Into(new Node
    {
        Id = r.Text("id")!,
        Kind = r.Enum<NodeKind>("kind")!.Value,
        Name = r.Text("name")!,
        Title = r.Text("title"),
        Level = r.Enum<Level>("level"),
        Roles = [.. r.Text("roles")!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BuyingRole>)],
        Stance = r.Enum<Stance>("stance"),
        Influence = r.Enum<Influence>("influence"),
        Involvement = r.Enum<Involvement>("involvement"),
        TeamRole = r.Enum<TeamRole>("team_role"),
        Email = r.Text("email"),
        Phone = r.Text("phone"),
        Concerns = r.Text("concerns"),
        X = r.Double("x"),
        Y = r.Double("y"),
        Version = r.Long("version"),
    }, r.Text("details"));

    public static Edge ReadEdge(SqliteRow r) => StoredDetails.Into(new Edge
    {
        Id = r.Text("id")!,
        Type = r.Enum<EdgeType>("type")!.Value,
        From = r.Text("from_id")!,
        To = r.Text("to_id")!,
        Strength = r.Int("strength"),
        Dotted = r.Bool("dotted"),
        Note = r.Text("note"),
        Status = r.Enum<RelationshipStatus>("status"),
        CadenceDays = r.Int("cadence_days"),
        LastContact = r.Text("last_contact") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Goal = r.Text("goal"),
        Version = r.Long("version"),
    }, r.Text("details"));
}

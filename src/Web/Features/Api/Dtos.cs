using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Api;

// The API's JSON shapes. Enum values are spelled as in DOMAIN.md; version is the account version
// at which the element last changed (send it back as baseVersion or If-Match).

public sealed record AccountDto(
    string Id, string Name, string? Industry, string? Country, SupplierPosition Position, int? ShareOfWallet,
    decimal? PotentialAmount, string? PotentialCurrency, bool BringsInnovations, bool InvolvesInDevelopment,
    bool ConsultsOnStrategy, long Version, int? People = null, int? Counterparts = null, IReadOnlyList<PositionChange>? History = null)
{
    public static AccountDto From(Account a, int? people = null, int? counterparts = null) => new(
        a.Id, a.Name, a.Industry, a.Country, a.Position, a.ShareOfWallet, a.PotentialAmount, a.PotentialCurrency,
        a.BringsInnovations, a.InvolvesInDevelopment, a.ConsultsOnStrategy, a.Version, people, counterparts, a.History.Count == 0 ? null : a.History);
}

public sealed record NodeDto(
    string Id, NodeKind Kind, string Name, string? Title, Level? Level, IReadOnlyList<BuyingRole>? Roles, Stance? Stance,
    Influence? Influence, string? FunctionId, Involvement? Involvement, TeamRole? TeamRole, string? Email, string? Phone,
    string? Concerns, double? X, double? Y, long Version, DateOnly? Date = null, MeetingMethod? Method = null, string? Topic = null,
    string? Outcome = null, string? NextSteps = null, string? Text = null, bool? Held = null, IReadOnlyList<DocumentLink>? Documents = null)
{
    public static NodeDto From(AccountMap map, Node n) => From(n, map.FunctionOf(n.Id));

    public static NodeDto From(Node n, string? functionId) => new(
        n.Id, n.Kind, n.Name, n.Title, n.Level, n.Kind == NodeKind.Person ? n.Roles : null, n.Stance, n.Influence,
        n.Kind == NodeKind.Person ? functionId : null, n.Involvement, n.TeamRole, n.Email, n.Phone, n.Concerns,
        n.X, n.Y, n.Version, n.Date, n.Method, n.Topic, n.Outcome, n.NextSteps, n.Text, n.Kind == NodeKind.Meeting ? n.Held : null,
        n.Documents.Count == 0 ? null : n.Documents);
}

public sealed record EdgeDto(
    string Id, EdgeType Type, string From, string To, int? Strength, bool? Dotted, string? Note, RelationshipStatus? Status,
    int? CadenceDays, DateOnly? LastContact, string? Goal, long Version, ArgumentResult? Result = null, DateOnly? Date = null)
{
    public static EdgeDto Of(Edge e) => new(
        e.Id, e.Type, e.From, e.To, e.Strength, e.Type == EdgeType.REPORTS_TO ? e.Dotted : null, e.Note, e.Status,
        e.CadenceDays, e.LastContact, e.Goal, e.Version, e.Result, e.Date);
}

public sealed record MapDto(string AccountId, long Version, AccountDto Account, IReadOnlyList<NodeDto> Nodes, IReadOnlyList<EdgeDto> Edges)
{
    public static MapDto From(AccountMap map) => new(
        map.Account.Id, map.Version, AccountDto.From(map.Account),
        [.. map.Nodes.Select(n => NodeDto.From(map, n))], [.. map.Edges.Select(EdgeDto.Of)]);
}

/// <summary>What deleting a node did: it removes the node's edges too, and says how many.</summary>
public sealed record NodeDeletedDto(string Id, int RemovedEdges, long Version);

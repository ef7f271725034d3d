using SalesOps.Graph.Model;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// The versioned export document: <c>{ "format": "salesops.export", "formatVersion": 1, "accounts": [...] }</c>.
/// Every field of Account, Node and Edge, without the stores' bookkeeping (versions), so the same maps
/// give the same bytes whichever store they came from. Property order is declaration order.
/// </summary>
public sealed record ExportDocument
{
    public const string FormatName = "salesops.export";
    public const int CurrentVersion = 1;

    public required string Format { get; init; }
    public required int FormatVersion { get; init; }
    public required IReadOnlyList<ExportedAccount> Accounts { get; init; }

    /// <summary>The document of these maps: accounts ordered by id, nodes and edges in map order.</summary>
    public static ExportDocument Of(IEnumerable<AccountMap> maps) => new()
    {
        Format = FormatName,
        FormatVersion = CurrentVersion,
        Accounts = [.. maps.OrderBy(m => m.Account.Id, StringComparer.Ordinal).Select(ExportedAccount.Of)],
    };
}

public sealed record ExportedAccount
{
    public required AccountRecord Account { get; init; }
    public required IReadOnlyList<NodeRecord> Nodes { get; init; }
    public required IReadOnlyList<EdgeRecord> Edges { get; init; }

    public static ExportedAccount Of(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new()
        {
            Account = AccountRecord.Of(map.Account),
            Nodes = [.. map.Nodes.Select(NodeRecord.Of)],
            Edges = [.. map.Edges.Select(EdgeRecord.Of)],
        };
    }
}

/// <summary>An account's own fields. Absent optional fields are null; the flags default to false.</summary>
public sealed record AccountRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public SupplierPosition? Position { get; init; }
    public int? ShareOfWallet { get; init; }
    public decimal? PotentialAmount { get; init; }
    public string? PotentialCurrency { get; init; }
    public bool BringsInnovations { get; init; }
    public bool InvolvesInDevelopment { get; init; }
    public bool ConsultsOnStrategy { get; init; }
    /// <summary>The position history, oldest first; absent when empty.</summary>
    public IReadOnlyList<PositionRecord>? History { get; init; }

    public static AccountRecord Of(Account a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new()
        {
            Id = a.Id, Name = a.Name, Industry = a.Industry, Country = a.Country, Position = a.Position,
            ShareOfWallet = a.ShareOfWallet, PotentialAmount = a.PotentialAmount, PotentialCurrency = a.PotentialCurrency,
            BringsInnovations = a.BringsInnovations, InvolvesInDevelopment = a.InvolvesInDevelopment, ConsultsOnStrategy = a.ConsultsOnStrategy,
            History = a.History.Count == 0 ? null : [.. a.History.Select(PositionRecord.Of)],
        };
    }

    public AccountDraft ToDraft() => new(
        Name, Industry, Country, Position, ShareOfWallet, PotentialAmount, PotentialCurrency,
        BringsInnovations, InvolvesInDevelopment, ConsultsOnStrategy);
}

/// <summary>One entry of an account's position history: from this date on, this position and share of wallet.</summary>
public sealed record PositionRecord
{
    public required DateOnly Date { get; init; }
    public required SupplierPosition Position { get; init; }
    public int? ShareOfWallet { get; init; }

    public static PositionRecord Of(PositionChange h)
    {
        ArgumentNullException.ThrowIfNull(h);
        return new() { Date = h.Date, Position = h.Position, ShareOfWallet = h.ShareOfWallet };
    }

    public PositionChange ToChange() => new(Date, Position, ShareOfWallet);
}

/// <summary>A document linked from a meeting or an argument.</summary>
public sealed record DocumentRecord
{
    public required string Title { get; init; }
    public required string Url { get; init; }

    public static DocumentRecord Of(DocumentLink d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new() { Title = d.Title, Url = d.Url };
    }

    public DocumentLink ToLink() => new(Title, Url);
}

/// <summary>
/// A node. Roles are written for people only (absent when there are none), <c>held</c> for meetings
/// only, documents when there are any.
/// </summary>
public sealed record NodeRecord
{
    public required string Id { get; init; }
    public required NodeKind Kind { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public Level? Level { get; init; }
    public IReadOnlyList<BuyingRole>? Roles { get; init; }
    public Stance? Stance { get; init; }
    public Influence? Influence { get; init; }
    public Involvement? Involvement { get; init; }
    public TeamRole? TeamRole { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Concerns { get; init; }
    public double? X { get; init; }
    public double? Y { get; init; }
    public DateOnly? Date { get; init; }
    public MeetingMethod? Method { get; init; }
    public string? Topic { get; init; }
    public string? Outcome { get; init; }
    public string? NextSteps { get; init; }
    public string? Text { get; init; }
    public bool? Held { get; init; }
    public IReadOnlyList<DocumentRecord>? Documents { get; init; }

    public static NodeRecord Of(Node n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new()
        {
            Id = n.Id, Kind = n.Kind, Name = n.Name, Title = n.Title, Level = n.Level, Roles = n.Roles.Count == 0 ? null : n.Roles,
            Stance = n.Stance, Influence = n.Influence, Involvement = n.Involvement, TeamRole = n.TeamRole,
            Email = n.Email, Phone = n.Phone, Concerns = n.Concerns, X = n.X, Y = n.Y,
            Date = n.Date, Method = n.Method, Topic = n.Topic, Outcome = n.Outcome, NextSteps = n.NextSteps, Text = n.Text,
            Held = n.Kind == NodeKind.Meeting ? n.Held : null,
            Documents = n.Documents.Count == 0 ? null : [.. n.Documents.Select(DocumentRecord.Of)],
        };
    }

    /// <summary>The draft that makes this node through <see cref="NodeRules.Add"/>, under its own id.</summary>
    public NodeDraft ToDraft() => new(
        Kind, Name, Title, Level, Roles, Stance, Influence, Involvement, TeamRole, FunctionId: null,
        Email, Phone, Concerns, X, Y, Id, Date, Method, Topic, Outcome, NextSteps, Text, Held,
        Documents?.Select(d => d?.ToLink()!).ToList());
}

/// <summary>An edge. <c>dotted</c> is written for REPORTS_TO only, as in the API; <c>result</c> and <c>date</c> belong to ANSWERS.</summary>
public sealed record EdgeRecord
{
    public required string Id { get; init; }
    public required EdgeType Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public int? Strength { get; init; }
    public bool? Dotted { get; init; }
    public string? Note { get; init; }
    public RelationshipStatus? Status { get; init; }
    public int? CadenceDays { get; init; }
    public DateOnly? LastContact { get; init; }
    public string? Goal { get; init; }
    public ArgumentResult? Result { get; init; }
    public DateOnly? Date { get; init; }

    public static EdgeRecord Of(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Id = e.Id, Type = e.Type, From = e.From, To = e.To, Strength = e.Strength,
            Dotted = e.Type == EdgeType.REPORTS_TO ? e.Dotted : null, Note = e.Note, Status = e.Status,
            CadenceDays = e.CadenceDays, LastContact = e.LastContact, Goal = e.Goal, Result = e.Result, Date = e.Date,
        };
    }

    /// <summary>The draft that makes this edge through <see cref="EdgeRules.Connect"/>, under its own id.</summary>
    public EdgeDraft ToDraft() => new(Type, From, To, Strength, Dotted, Note, Status, CadenceDays, LastContact, Goal, Id, Result, Date);
}

using System.Text.Json.Serialization;
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

/// <summary>An account's own fields. Absent optional fields are null; the flags are always written.</summary>
public sealed record AccountRecord : AccountFields
{
    [JsonPropertyOrder(-1), JsonRequired]
    public string Id { get; init; } = "";

    /// <summary>Required and never null in a document (the rules would say so too, but without the JSON path).</summary>
    [JsonRequired]
    public new string Name { get => base.Name!; init => base.Name = value; }

    /// <summary>The position history, oldest first; absent when empty.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<PositionRecord>? History { get; init; }

    public static AccountRecord Of(Account a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return Of<AccountRecord>(a) with { Id = a.Id, History = a.History.Count == 0 ? null : [.. a.History.Select(PositionRecord.Of)] };
    }

    public AccountDraft ToDraft() => new(this);
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

/// <summary>
/// A node. Roles are written for people only (absent when there are none), <c>held</c> for meetings
/// only, documents when there are any; a person's function travels as their WORKS_IN edge.
/// </summary>
public sealed record NodeRecord : NodeFields
{
    [JsonRequired]
    public string Id { get; init; } = "";

    [JsonRequired]
    public NodeKind Kind { get; init; }

    /// <summary>Required and never null in a document (the rules would say so too, but without the JSON path).</summary>
    [JsonRequired]
    public new string Name { get => base.Name!; init => base.Name = value; }

    public static NodeRecord Of(Node n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return Of<NodeRecord>(n) with { Id = n.Id, Kind = n.Kind, Roles = n.Roles.Count == 0 ? null : n.Roles };
    }

    /// <summary>The draft that makes this node through <see cref="NodeRules.Add"/>, under its own id.</summary>
    public NodeDraft ToDraft() => FunctionId is null
        ? new(this) { Kind = Kind, Id = Id }
        : throw GraphException.Invalid("A node in an export document has no functionId: a person's function travels as their WORKS_IN edge.", "functionId");
}

/// <summary>An edge. <c>dotted</c> is written for REPORTS_TO only, as in the API; <c>result</c> and <c>date</c> belong to ANSWERS.</summary>
public sealed record EdgeRecord : EdgeFields
{
    [JsonRequired]
    public string Id { get; init; } = "";

    [JsonRequired]
    public EdgeType Type { get; init; }

    [JsonRequired]
    public string From { get; init; } = "";

    [JsonRequired]
    public string To { get; init; } = "";

    public static EdgeRecord Of(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Of<EdgeRecord>(e) with { Id = e.Id, Type = e.Type, From = e.From, To = e.To };
    }

    /// <summary>The draft that makes this edge through <see cref="EdgeRules.Connect"/>, under its own id.</summary>
    public EdgeDraft ToDraft() => new(this) { Type = Type, From = From, To = To, Id = Id };
}

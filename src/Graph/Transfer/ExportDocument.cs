using System.Text.Json.Serialization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// The versioned export document: <c>{ "format": "salesops.export", "formatVersion": 2, "accounts": [...] }</c>.
/// Every field of Account, Node and Edge, without the stores' bookkeeping (element versions), so the same
/// maps give the same bytes whichever store they came from; from formatVersion 2 each account also carries
/// its change log (<see cref="ChangeRecord"/>). Version 1 documents (no log) still import. Property order
/// is declaration order.
/// </summary>
public sealed record ExportDocument
{
    public const string FormatName = "salesops.export";
    public const int CurrentVersion = 2;

    /// <summary>The versions this SalesOps reads: 1 (maps only) and 2 (maps and their change logs).</summary>
    public static readonly IReadOnlyList<int> ReadableVersions = [1, CurrentVersion];

    public required string Format { get; init; }
    public required int FormatVersion { get; init; }
    public required IReadOnlyList<ExportedAccount> Accounts { get; init; }

    /// <summary>The document of these maps, without change logs: accounts ordered by id, nodes and edges in map order.</summary>
    public static ExportDocument Of(IEnumerable<AccountMap> maps) => Of(maps.Select(m => (m, (IReadOnlyList<Commit>?)null)));

    /// <summary>The document of these maps with their change logs (oldest first).</summary>
    public static ExportDocument Of(IEnumerable<(AccountMap Map, IReadOnlyList<Commit>? Log)> accounts) => new()
    {
        Format = FormatName,
        FormatVersion = CurrentVersion,
        Accounts = [.. accounts.OrderBy(a => a.Map.Account.Id, StringComparer.Ordinal).Select(a => ExportedAccount.Of(a.Map, a.Log))],
    };
}

public sealed record ExportedAccount
{
    public required AccountRecord Account { get; init; }
    public required IReadOnlyList<NodeRecord> Nodes { get; init; }
    public required IReadOnlyList<EdgeRecord> Edges { get; init; }

    /// <summary>The account's change log, oldest first (formatVersion 2); absent: the import starts one.</summary>
    public IReadOnlyList<ChangeRecord>? Changes { get; init; }

    public static ExportedAccount Of(AccountMap map, IReadOnlyList<Commit>? log = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new()
        {
            Account = AccountRecord.Of(map.Account),
            Nodes = [.. map.Nodes.Select(NodeRecord.Of)],
            Edges = [.. map.Edges.Select(EdgeRecord.Of)],
            Changes = log is null ? null : [.. log.Select(ChangeRecord.From)],
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
        : throw GraphException.Invalid(Errors.Say("Import.NoFunctionId"), "functionId");
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

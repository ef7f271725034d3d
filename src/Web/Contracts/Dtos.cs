using SalesOps.Graph.Model;

namespace SalesOps.Web.Contracts;

// The JSON shapes of the API and the hub. Each carries the model's settable fields (…Fields, listed
// once in Graph.Model.Inputs) plus its identity and version: the account version at which the element
// last changed, to send back as baseVersion or If-Match. Enum values are spelled as in the domain model.

public sealed record AccountDto : AccountFields
{
    public string Id { get; init; } = "";
    public long Version { get; init; }
    public int? People { get; init; }
    public int? Counterparts { get; init; }
    public IReadOnlyList<PositionChange>? History { get; init; }

    public static AccountDto From(Account a, int? people = null, int? counterparts = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        return Of<AccountDto>(a) with
        {
            Id = a.Id, Version = a.Version, People = people, Counterparts = counterparts,
            History = a.History.Count == 0 ? null : a.History,
        };
    }

    public Account ToAccount() =>
        AccountRules.Create(new AccountDraft(this), Id) with { History = History ?? [], Version = Version };
}

/// <summary>A node; functionId is the person's function (their WORKS_IN edge), as the map shows it.</summary>
public sealed record NodeDto : NodeFields
{
    public string Id { get; init; } = "";
    public NodeKind Kind { get; init; }
    public long Version { get; init; }

    public static NodeDto From(AccountMap map, Node n)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(n);
        return From(n, map.FunctionOf(n.Id));
    }

    public static NodeDto From(Node n, string? functionId) =>
        Of<NodeDto>(n, functionId) with { Id = n.Id, Kind = n.Kind, Version = n.Version };

    /// <summary>The node as the model holds it (the rules rebuild it, so it is exactly what was sent).</summary>
    public Node ToNode() => NodeRules.Create(new NodeDraft(this) { Kind = Kind, Id = Id, FunctionId = null }) with { Version = Version };
}

public sealed record EdgeDto : EdgeFields
{
    public string Id { get; init; } = "";
    public EdgeType Type { get; init; }
    public string From { get; init; } = "";
    public string To { get; init; } = "";
    public long Version { get; init; }

    public static EdgeDto Of(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Of<EdgeDto>(e) with { Id = e.Id, Type = e.Type, From = e.From, To = e.To, Version = e.Version };
    }

    public Edge ToEdge() => EdgeRules.Create(new EdgeDraft(this) { Type = Type, From = From, To = To, Id = Id }) with { Version = Version };
}

public sealed record MapDto(string AccountId, long Version, AccountDto Account, IReadOnlyList<NodeDto> Nodes, IReadOnlyList<EdgeDto> Edges)
{
    public static MapDto From(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(map.Account.Id, map.Version, AccountDto.From(map.Account),
            [.. map.Nodes.Select(n => NodeDto.From(map, n))], [.. map.Edges.Select(EdgeDto.Of)]);
    }
}

/// <summary>What deleting a node did: it removes the node's edges too, and says how many.</summary>
public sealed record NodeDeletedDto(string Id, int RemovedEdges, long Version);

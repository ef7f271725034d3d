using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>Hand-built account maps for tests; edge ids are e1, e2, … in the order they are added unless given.</summary>
internal sealed class MapBuilder
{
    private readonly List<Node> _nodes = [];
    private readonly List<Edge> _edges = [];

    public MapBuilder Person(string id, string name, Stance stance = Stance.Unknown, string? title = null, Level? level = null,
        Influence influence = Influence.Medium, string? concerns = null, params BuyingRole[] roles)
    {
        _nodes.Add(new Node
        {
            Id = id, Kind = NodeKind.Person, Name = name, Stance = stance, Title = title, Level = level,
            Influence = influence, Concerns = concerns, Roles = roles,
        });
        return this;
    }

    public MapBuilder Counterpart(string id, string name, TeamRole role = TeamRole.AccountManager, Level? level = null)
    {
        _nodes.Add(new Node { Id = id, Kind = NodeKind.Counterpart, Name = name, TeamRole = role, Level = level });
        return this;
    }

    public MapBuilder Function(string id, string name, Involvement involvement = Involvement.Indirect)
    {
        _nodes.Add(new Node { Id = id, Kind = NodeKind.Function, Name = name, Involvement = involvement });
        return this;
    }

    public MapBuilder Talks(string from, string to, int strength = 3, RelationshipStatus status = RelationshipStatus.Active, string? id = null) =>
        Edge(EdgeType.TALKS_WITH, from, to, strength, id, status: status);

    public MapBuilder Influences(string from, string to, int strength = 3, string? id = null) =>
        Edge(EdgeType.INFLUENCES, from, to, strength, id);

    public MapBuilder ReportsTo(string from, string to, int? strength = null, bool dotted = false, string? id = null) =>
        Edge(EdgeType.REPORTS_TO, from, to, strength, id, dotted);

    public MapBuilder WorksIn(string person, string function) => Edge(EdgeType.WORKS_IN, person, function, null, null);

    public MapBuilder Edge(EdgeType type, string from, string to, int? strength, string? id, bool dotted = false, RelationshipStatus? status = null)
    {
        _edges.Add(new Edge
        {
            Id = id ?? $"e{_edges.Count + 1}", Type = type, From = from, To = to, Strength = strength, Dotted = dotted,
            Status = type == EdgeType.TALKS_WITH ? status ?? RelationshipStatus.Active : null,
        });
        return this;
    }

    public AccountMap Build(string accountId = "acc-test", long version = 1) =>
        new(new Account { Id = accountId, Name = "Acme", Version = version }, [.. _nodes], [.. _edges]);
}

using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>The editable fields of a node, bound by the side panel's form.</summary>
public sealed class NodeForm
{
    public NodeKind Kind { get; set; } = NodeKind.Person;
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public Level? Level { get; set; } = Graph.Model.Level.Manager;
    public HashSet<BuyingRole> Roles { get; } = [];
    public Stance Stance { get; set; } = Stance.Unknown;
    public Influence Influence { get; set; } = Influence.Medium;
    public Involvement Involvement { get; set; } = Involvement.Indirect;
    public TeamRole TeamRole { get; set; } = TeamRole.AccountManager;
    public string? FunctionId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Concerns { get; set; }
    /// <summary>The version the form was filled from: the base of the change.</summary>
    public long BaseVersion { get; set; }

    public static NodeForm From(AccountMap map, Node n)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(n);
        var form = new NodeForm
        {
            Kind = n.Kind, Name = n.Name, Title = n.Title, Level = n.Level, Stance = n.Stance ?? Stance.Unknown,
            Influence = n.Influence ?? Influence.Medium, Involvement = n.Involvement ?? Involvement.Indirect,
            TeamRole = n.TeamRole ?? TeamRole.AccountManager, FunctionId = map.FunctionOf(n.Id), Email = n.Email,
            Phone = n.Phone, Concerns = n.Concerns, BaseVersion = n.Version,
        };
        form.Roles.UnionWith(n.Roles);
        return form;
    }

    private bool Person => Kind == NodeKind.Person;

    public NodeDraft ToDraft(double? x = null, double? y = null) => new(
        Kind, Name, Title, Kind == NodeKind.Function ? null : Level, Person ? [.. Roles] : null, Person ? Stance : null,
        Person ? Influence : null, Kind == NodeKind.Function ? Involvement : null, Kind == NodeKind.Counterpart ? TeamRole : null,
        Person ? FunctionId : null, Email, Phone, Person ? Concerns : null, x, y);

    /// <summary>Every field, so applying it restores exactly this state (also used by undo).</summary>
    public NodePatch ToPatch(long? baseVersion) => new(
        Name, Title ?? "", Kind == NodeKind.Function ? null : Level, Person ? [.. Roles] : null, Person ? Stance : null,
        Person ? Influence : null, Kind == NodeKind.Function ? Involvement : null, Kind == NodeKind.Counterpart ? TeamRole : null,
        Person ? FunctionId ?? "" : null, Email ?? "", Phone ?? "", Person ? Concerns ?? "" : null, BaseVersion: baseVersion);
}

/// <summary>The editable fields of an edge.</summary>
public sealed class EdgeForm
{
    public EdgeType Type { get; set; } = EdgeType.INFLUENCES;
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public int Strength { get; set; } = 3;
    public bool Dotted { get; set; }
    public string? Note { get; set; }
    public RelationshipStatus Status { get; set; } = RelationshipStatus.Active;
    public int? CadenceDays { get; set; }
    public DateOnly? LastContact { get; set; }
    public string? Goal { get; set; }
    public long BaseVersion { get; set; }

    public static EdgeForm Of(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new()
        {
            Type = e.Type, From = e.From, To = e.To, Strength = e.Strength ?? 3, Dotted = e.Dotted, Note = e.Note,
            Status = e.Status ?? RelationshipStatus.Active, CadenceDays = e.CadenceDays, LastContact = e.LastContact,
            Goal = e.Goal, BaseVersion = e.Version,
        };
    }

    private bool Talks => Type == EdgeType.TALKS_WITH;

    public EdgeDraft ToDraft(string? id = null) => new(
        Type, From, To, Type == EdgeType.WORKS_IN ? null : Strength, Type == EdgeType.REPORTS_TO ? Dotted : null, Note,
        Talks ? Status : null, Talks ? CadenceDays : null, Talks ? LastContact : null, Talks ? Goal : null, id);

    public EdgePatch ToPatch(long? baseVersion) => new(
        Type == EdgeType.WORKS_IN ? null : Strength, Type == EdgeType.REPORTS_TO ? Dotted : null, Note ?? "",
        Talks ? Status : null, Talks ? CadenceDays : null, Talks ? LastContact : null, Talks ? Goal ?? "" : null, baseVersion);
}

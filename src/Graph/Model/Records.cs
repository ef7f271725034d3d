namespace SalesOps.Graph.Model;

/// <summary>A customer organisation. <see cref="Version"/> grows by one with every change to its map.</summary>
public sealed record Account
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public SupplierPosition Position { get; init; } = SupplierPosition.Potential;
    /// <summary>Our share of the customer's purchasing potential, 0–100 %.</summary>
    public int? ShareOfWallet { get; init; }
    public decimal? PotentialAmount { get; init; }
    public string? PotentialCurrency { get; init; }
    public bool BringsInnovations { get; init; }
    public bool InvolvesInDevelopment { get; init; }
    public bool ConsultsOnStrategy { get; init; }
    /// <summary>Dated changes of position and share of wallet, oldest first.</summary>
    public IReadOnlyList<PositionChange> History { get; init; } = [];
    public long Version { get; init; }
}

/// <summary>Where we stood with the account from a date on.</summary>
public sealed record PositionChange(DateOnly Date, SupplierPosition Position, int? ShareOfWallet);

/// <summary>A supporting document: a title and a link.</summary>
public sealed record DocumentLink(string Title, string Url);

/// <summary>
/// One node of an account map. The record is flat: fields that do not apply to a kind stay null
/// (<see cref="MapRules"/> refuses them), which keeps both stores and the API one shape.
/// </summary>
public sealed record Node
{
    public required string Id { get; init; }
    public required NodeKind Kind { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    /// <summary>Person and Counterpart; null while unknown.</summary>
    public Level? Level { get; init; }
    /// <summary>Person only.</summary>
    public IReadOnlyList<BuyingRole> Roles { get; init; } = [];
    /// <summary>Person only (Unknown when not yet assessed).</summary>
    public Stance? Stance { get; init; }
    /// <summary>Person only.</summary>
    public Influence? Influence { get; init; }
    /// <summary>Function only: involvement in the buying decision.</summary>
    public Involvement? Involvement { get; init; }
    /// <summary>Counterpart only.</summary>
    public TeamRole? TeamRole { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    /// <summary>Person only: what worries them about us or the offer, in their words.</summary>
    public string? Concerns { get; init; }
    public double? X { get; init; }
    public double? Y { get; init; }
    /// <summary>Meeting: when; Concern: when raised.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Meeting only.</summary>
    public MeetingMethod? Method { get; init; }
    /// <summary>Meeting: topics discussed; Concern and Argument: the topic they belong to.</summary>
    public string? Topic { get; init; }
    /// <summary>Meeting only: what came out of it.</summary>
    public string? Outcome { get; init; }
    /// <summary>Meeting only.</summary>
    public string? NextSteps { get; init; }
    /// <summary>Argument only: the argument itself.</summary>
    public string? Text { get; init; }
    /// <summary>Meeting only: held (logged) rather than planned.</summary>
    public bool Held { get; init; }
    /// <summary>Meeting and Argument: linked documents.</summary>
    public IReadOnlyList<DocumentLink> Documents { get; init; } = [];
    /// <summary>The account version at which this node last changed.</summary>
    public long Version { get; init; }

    public bool Has(BuyingRole role) => Roles.Contains(role);
}

/// <summary>A typed, directed edge. Relationship fields apply to TALKS_WITH only.</summary>
public sealed record Edge
{
    public required string Id { get; init; }
    public required EdgeType Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    /// <summary>1–5; null on WORKS_IN. REPORTS_TO defaults to 3.</summary>
    public int? Strength { get; init; }
    /// <summary>REPORTS_TO only: an informal second line.</summary>
    public bool Dotted { get; init; }
    public string? Note { get; init; }
    public RelationshipStatus? Status { get; init; }
    public int? CadenceDays { get; init; }
    public DateOnly? LastContact { get; init; }
    public string? Goal { get; init; }
    /// <summary>ANSWERS only: how the concern took the argument.</summary>
    public ArgumentResult? Result { get; init; }
    /// <summary>ANSWERS only: when the argument was used.</summary>
    public DateOnly? Date { get; init; }
    public long Version { get; init; }
}

/// <summary>An account with every node and edge of its map, as one consistent snapshot.</summary>
public sealed record AccountMap(Account Account, IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges)
{
    // Keyed on the list it was built from: `with { Nodes = … }` copies fields, and must not reuse a stale index.
    private (IReadOnlyList<Node> Of, Dictionary<string, Node> ById)? _index;

    public long Version => Account.Version;

    public Node? Find(string nodeId)
    {
        if (_index is not { } index || !ReferenceEquals(index.Of, Nodes))
            _index = index = (Nodes, Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal));
        return index.ById.GetValueOrDefault(nodeId);
    }

    public Edge? FindEdge(string edgeId) => Edges.FirstOrDefault(e => e.Id == edgeId);

    /// <summary>The function a person works in (target of their WORKS_IN edge).</summary>
    public string? FunctionOf(string personId) =>
        Edges.FirstOrDefault(e => e.Type == EdgeType.WORKS_IN && e.From == personId)?.To;

    public IEnumerable<Node> OfKind(NodeKind kind) => Nodes.Where(n => n.Kind == kind);

    /// <summary>The map with ops applied that are not committed yet (rules that build on their own earlier ops).</summary>
    public AccountMap With(IReadOnlyList<MapOp> ops) => Apply(new Commit(Account.Id, Version, ops));

    /// <summary>The map after a commit: what a viewer holding this snapshot should now see.</summary>
    public AccountMap Apply(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var nodes = Nodes.ToList();
        var edges = Edges.ToList();
        var account = Account with { Version = commit.Version };
        foreach (var op in commit.Ops)
        {
            switch (op)
            {
                case PutAccount a: account = a.Account with { Version = commit.Version }; break;
                case PutNode n: Put(nodes, n.Node, x => x.Id); break;
                case PutEdge e: Put(edges, e.Edge, x => x.Id); break;
                case RemoveNode n: nodes.RemoveAll(x => x.Id == n.NodeId); break;
                case RemoveEdge e: edges.RemoveAll(x => x.Id == e.EdgeId); break;
            }
        }
        return new AccountMap(account, nodes, edges);
    }

    private static void Put<T>(List<T> list, T item, Func<T, string> id)
    {
        var i = list.FindIndex(x => id(x) == id(item));
        if (i >= 0) list[i] = item;
        else list.Add(item);
    }
}

public static class AccountMaps
{
    /// <summary>The map a store or query found, or the NotFound error every caller gives for an unknown account.</summary>
    public static AccountMap OrNotFound(this AccountMap? map, string accountId) =>
        map ?? throw GraphException.NotFound($"There is no account '{accountId}'.");
}

public sealed record AccountSummary(Account Account, int People, int Counterparts);

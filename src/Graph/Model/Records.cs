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
/// (<see cref="NodeRules"/> refuses them), which keeps both stores and the API one shape.
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
    /// <summary>Person only: their public profile (an http(s) address, e.g. on LinkedIn).</summary>
    public string? LinkedIn { get; init; }
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
public sealed record AccountMap(Account Account, IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges) : IMapView
{
    // Built on first use and keyed on the lists it was built from: `with { Nodes = … }` copies
    // fields, and must not reuse a stale index.
    private Lookups? _lookups;

    public long Version => Account.Version;

    private Lookups Index => _lookups is { } l && ReferenceEquals(l.Nodes, Nodes) && ReferenceEquals(l.Edges, Edges)
        ? l : _lookups = new Lookups(Nodes, Edges);

    public Node? Find(string nodeId) => Index.NodeById.GetValueOrDefault(nodeId);

    public Edge? FindEdge(string edgeId) => Index.EdgeById.GetValueOrDefault(edgeId);

    /// <summary>The edge of this type from one node to another, if there is one (there is at most one).</summary>
    public Edge? Between(EdgeType type, string from, string to) => Index.EdgeByEnds.GetValueOrDefault((type, from, to));

    /// <summary>The edges that start at a node, in map order.</summary>
    public IReadOnlyList<Edge> Outgoing(string nodeId) => Index.Outgoing.TryGetValue(nodeId, out var edges) ? edges : [];

    /// <summary>The function a person works in (target of their WORKS_IN edge).</summary>
    public string? FunctionOf(string personId) => Index.FunctionOf.GetValueOrDefault(personId);

    /// <summary>Whether anyone reports to this node, by a solid or a dotted line.</summary>
    public bool HasReports(string nodeId) => Index.Managers.Contains(nodeId);

    /// <summary>How many ATTENDED edges lead to a meeting.</summary>
    public int Attendees(string meetingId) => Index.Attendees.GetValueOrDefault(meetingId);

    public IEnumerable<Node> OfKind(NodeKind kind) => Nodes.Where(n => n.Kind == kind);

    /// <summary>The map with ops applied that are not committed yet (rules that build on their own earlier ops).</summary>
    public AccountMap With(IReadOnlyList<MapOp> ops) => Apply(new Commit(Account.Id, Version, ops));

    /// <summary>The map after a commit: what a viewer holding this snapshot should now see.</summary>
    public AccountMap Apply(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var nodes = new Keyed<Node>(Nodes, n => n.Id);
        var edges = new Keyed<Edge>(Edges, e => e.Id);
        var account = Account with { Version = commit.Version };
        foreach (var op in commit.Ops)
        {
            switch (op)
            {
                case PutAccount a: account = a.Account with { Version = commit.Version }; break;
                case PutNode n: nodes.Put(n.Node); break;
                case PutEdge e: edges.Put(e.Edge); break;
                case RemoveNode n: nodes.Remove(n.NodeId); break;
                case RemoveEdge e: edges.Remove(e.EdgeId); break;
            }
        }
        return new AccountMap(account, nodes.ToList(), edges.ToList());
    }

    /// <summary>An account with nothing in it yet: what a creating commit applies to.</summary>
    public static AccountMap Empty(string accountId) => new(new Account { Id = accountId, Name = "" }, [], []);

    /// <summary>
    /// Indexes over a snapshot's lists, built on first use. Snapshots are shared by every viewer of
    /// an account, so building takes a lock; reads after that do not. A list may also grow at its end
    /// between lookups (the importer replays thousands of nodes and edges onto one map that way): the
    /// new items are indexed on the next lookup, which keeps a replay linear.
    /// </summary>
    private sealed class Lookups(IReadOnlyList<Node> nodes, IReadOnlyList<Edge> edges)
    {
        private readonly Dictionary<string, Node> _nodeById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Edge> _edgeById = new(StringComparer.Ordinal);
        // A person has at most one WORKS_IN edge and a pair one edge per type (the rules): the first one wins.
        private readonly Dictionary<string, string> _functionOf = new(StringComparer.Ordinal);
        private readonly Dictionary<(EdgeType, string, string), Edge> _ends = [];
        private readonly Dictionary<string, List<Edge>> _outgoing = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _attendees = new(StringComparer.Ordinal);
        private readonly HashSet<string> _managers = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();
        private volatile int _nodesIndexed, _edgesIndexed;

        public IReadOnlyList<Node> Nodes => nodes;

        public IReadOnlyList<Edge> Edges => edges;

        public Dictionary<string, Node> NodeById
        {
            get
            {
                if (_nodesIndexed != nodes.Count) CatchUp();
                return _nodeById;
            }
        }

        public Dictionary<string, Edge> EdgeById => Edged(_edgeById);

        public Dictionary<string, string> FunctionOf => Edged(_functionOf);

        public Dictionary<(EdgeType, string, string), Edge> EdgeByEnds => Edged(_ends);

        public Dictionary<string, List<Edge>> Outgoing => Edged(_outgoing);

        public Dictionary<string, int> Attendees => Edged(_attendees);

        public HashSet<string> Managers => Edged(_managers);

        private T Edged<T>(T index)
        {
            if (_edgesIndexed != edges.Count) CatchUp();
            return index;
        }

        private void CatchUp()
        {
            lock (_lock)
            {
                for (var i = _nodesIndexed; i < nodes.Count; i++) _nodeById.TryAdd(nodes[i].Id, nodes[i]);
                _nodesIndexed = nodes.Count;
                for (var i = _edgesIndexed; i < edges.Count; i++)
                {
                    var e = edges[i];
                    _edgeById.TryAdd(e.Id, e);
                    _ends.TryAdd((e.Type, e.From, e.To), e);
                    if (e.Type == EdgeType.WORKS_IN) _functionOf.TryAdd(e.From, e.To);
                    if (e.Type == EdgeType.ATTENDED) _attendees[e.To] = _attendees.GetValueOrDefault(e.To) + 1;
                    if (e.Type == EdgeType.REPORTS_TO) _managers.Add(e.To);
                    if (!_outgoing.TryGetValue(e.From, out var from)) _outgoing[e.From] = from = [];
                    from.Add(e);
                }
                _edgesIndexed = edges.Count;
            }
        }
    }

    /// <summary>
    /// Items in their order with an index by id, so applying a commit of k ops to n items costs
    /// n + k, not n × k (imports commit thousands of ops at once). A put replaces in place or
    /// appends; a removed item leaves a hole that <see cref="ToList"/> skips.
    /// </summary>
    private sealed class Keyed<T>(IReadOnlyList<T> items, Func<T, string> id) where T : class
    {
        private readonly List<T?> _items = [.. items];
        private Dictionary<string, int>? _index;

        private Dictionary<string, int> Index => _index ??= Enumerable.Range(0, _items.Count)
            .ToDictionary(i => id(_items[i]!), StringComparer.Ordinal);

        public void Put(T item)
        {
            if (Index.TryGetValue(id(item), out var i)) _items[i] = item;
            else
            {
                Index[id(item)] = _items.Count;
                _items.Add(item);
            }
        }

        public void Remove(string key)
        {
            if (Index.Remove(key, out var i)) _items[i] = null;
        }

        public List<T> ToList() => [.. _items.OfType<T>()];
    }
}

/// <summary>What a commit needs to know of the map it was decided on: the account and its elements by id.</summary>
public interface IMapView
{
    Account Account { get; }

    Node? Find(string nodeId);

    Edge? FindEdge(string edgeId);
}

public static class AccountMaps
{
    /// <summary>The map a store or query found, or the NotFound error every caller gives for an unknown account.</summary>
    public static AccountMap OrNotFound(this AccountMap? map, string accountId) =>
        map ?? throw GraphException.NotFound(Errors.Say("Account.NotFound", accountId));
}

public sealed record AccountSummary(Account Account, int People, int Counterparts);

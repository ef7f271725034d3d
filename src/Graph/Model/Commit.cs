namespace SalesOps.Graph.Model;

/// <summary>
/// A committed change: the new version, the ops as written (stamped), and — kept in the change log —
/// who made it, when, and the elements it touched as they were just before it. An account's history
/// is its commits in version order; replaying them from an empty map gives today's map.
/// </summary>
public sealed record Commit(string AccountId, long Version, IReadOnlyList<MapOp> Ops)
{
    private static readonly IReadOnlyDictionary<string, string> NoNames = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Who made it; null on a commit that only travelled (a live message rebuilt by a viewer).</summary>
    public Author? By { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The touched elements as they were before this commit (what undo and restore bring back).</summary>
    public Prior Before { get; init; } = Prior.None;

    /// <summary>Names of the nodes that the commit's edges join but that the commit did not touch, as they were then.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = NoNames;

    public ChangeKind Kind => By?.Kind ?? ChangeKind.Edit;

    /// <summary>Create, import and base commits hold the whole map: a replay starts over from them.</summary>
    public bool IsWhole => Kind is ChangeKind.Create or ChangeKind.Import or ChangeKind.Base;

    public int Count<T>() where T : MapOp => Ops.OfType<T>().Count();

    public static IReadOnlyList<MapOp> Stamp(IReadOnlyList<MapOp> ops, long version) =>
        [.. ops.Select(op => op switch
        {
            PutAccount a => new PutAccount(a.Account with { Version = version }),
            PutNode n => new PutNode(n.Node with { Version = version }),
            PutEdge e => new PutEdge(e.Edge with { Version = version }),
            _ => op,
        })];

    /// <summary>
    /// The commit a store writes for <paramref name="ops"/> (already stamped) decided on <paramref name="before"/>:
    /// with its author, time, the touched elements as they were and the names its edges need.
    /// </summary>
    public static Commit Made(IMapView before, long version, IReadOnlyList<MapOp> ops, Author by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(ops);
        ArgumentNullException.ThrowIfNull(by);
        // A change on top of a map is never a whole map: only creations, imports and retention's base are.
        if (by.Kind is ChangeKind.Create or ChangeKind.Import or ChangeKind.Base) by = by.As(ChangeKind.Edit);
        var prior = Prior.Of(before, ops);
        var touched = ops.Select(op => op switch { PutNode n => n.Node.Id, RemoveNode n => n.NodeId, _ => null })
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var edge in ops.OfType<PutEdge>().Select(p => p.Edge).Concat(prior.Edges))
        {
            foreach (var end in (string[])[edge.From, edge.To])
                if (!touched.Contains(end) && before.Find(end) is { } node) names[end] = node.Name;
        }
        return new Commit(before.Account.Id, version, ops) { By = by, At = at, Before = prior, Names = names };
    }

    /// <summary>A commit that holds a whole map (creation, import, the base a retention leaves): every element put.</summary>
    public static Commit Whole(AccountMap map, long version, Author by, DateTimeOffset at, bool stamp = true)
    {
        ArgumentNullException.ThrowIfNull(map);
        IReadOnlyList<MapOp> ops = [new PutAccount(map.Account), .. map.Nodes.Select(n => new PutNode(n)), .. map.Edges.Select(e => new PutEdge(e))];
        return new Commit(map.Account.Id, version, stamp ? Stamp(ops, version) : ops) { By = by, At = at };
    }
}

/// <summary>What a commit is besides its ops: an edit, or a whole map (created, imported, the base left by retention), or an undo or restore of an earlier one.</summary>
public enum ChangeKind { Edit, Create, Import, Undo, Restore, Base }

/// <summary>
/// Who makes a commit: a user (their id and display name as they were then) or the machine (command
/// line, start-up, retention). <see cref="Kind"/> and <see cref="Of"/> say in what capacity: an undo or
/// a restore names the version it answers.
/// </summary>
public sealed record Author(string? UserId, string Name)
{
    public static readonly Author Machine = new(null, "SalesOps");

    public ChangeKind Kind { get; init; }

    public long? Of { get; init; }

    public Author As(ChangeKind kind, long? of = null) => this with { Kind = kind, Of = of };
}

/// <summary>The elements a commit touched, as they were just before it; an element it created is not here.</summary>
public sealed record Prior(Account? Account, IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges)
{
    public static readonly Prior None = new(null, [], []);

    public static Prior Of(IMapView before, IReadOnlyList<MapOp> ops)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(ops);
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        Account? account = null;
        foreach (var op in ops)
        {
            switch (op)
            {
                case PutAccount: account = before.Account; break;
                case PutNode p when before.Find(p.Node.Id) is { } n: nodes.TryAdd(n.Id, n); break;
                case RemoveNode r when before.Find(r.NodeId) is { } n: nodes.TryAdd(n.Id, n); break;
                case PutEdge p when before.FindEdge(p.Edge.Id) is { } e: edges.TryAdd(e.Id, e); break;
                case RemoveEdge r when before.FindEdge(r.EdgeId) is { } e: edges.TryAdd(e.Id, e); break;
            }
        }
        return account is null && nodes.Count == 0 && edges.Count == 0 ? None : new(account, [.. nodes.Values], [.. edges.Values]);
    }

    public Node? FindNode(string id) => Nodes.FirstOrDefault(n => n.Id == id);

    public Edge? FindEdge(string id) => Edges.FirstOrDefault(e => e.Id == id);
}

namespace SalesOps.Graph.Model;

/// <summary>Decides node changes against a map snapshot. Kind-specific fields on the wrong kind are refused.</summary>
public static class NodeRules
{
    /// <summary>
    /// Adds a node. <paramref name="today"/> is the caller's day (a handler's clock, an import's): a
    /// meeting added as held may not be dated after it. Without it, dates are not checked against today.
    /// </summary>
    public static IReadOnlyList<MapOp> Add(AccountMap map, NodeDraft d, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(d);
        if (d.Id is not null && map.Find(d.Id) is not null)
            throw GraphException.Conflict(Errors.Say("Node.DuplicateId", d.Id));
        var node = Create(d, today);
        return [new PutNode(node), .. Membership(map, node, d.FunctionId)];
    }

    /// <summary>The node a draft describes, with the kind's defaults, checked field by field (functionId aside: it needs the map).</summary>
    public static Node Create(NodeDraft d, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        Check.Defined<NodeKind>(d.Kind, "kind");
        Check.Id(d.Id);
        var node = new Node
        {
            Id = d.Id ?? Ids.New(Ids.Prefix(d.Kind)),
            Kind = d.Kind,
            Name = Check.Name(d.Name, max: NameLimit(d.Kind)),
            Stance = d.Kind == NodeKind.Person ? Stance.Unknown : null,
            Influence = d.Kind == NodeKind.Person ? Influence.Medium : null,
            Involvement = d.Kind == NodeKind.Function ? Involvement.Indirect : null,
            TeamRole = d.Kind == NodeKind.Counterpart ? TeamRole.AccountManager : null,
        };
        return Apply(node, d, today);
    }

    /// <summary>Changes a node's fields; with <paramref name="today"/>, a meeting marked or re-dated as held may not lie after it.</summary>
    public static IReadOnlyList<MapOp> Update(AccountMap map, string nodeId, NodePatch patch, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(patch);
        var node = Get(map, nodeId);
        Check.NotStale(node.Version, patch.BaseVersion, Errors.Say("Check.Stale.Node", node.Name), node);
        var updated = Apply(node, patch, today);
        return [new PutNode(updated), .. Membership(map, updated, patch.FunctionId)];
    }

    /// <summary>
    /// Puts a node's fields and function back as they were in <paramref name="before"/> (undo of an
    /// edit), where it stands now: position and everything else of today's map stay.
    /// </summary>
    public static IReadOnlyList<MapOp> Restore(AccountMap map, Node before, string? functionId)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(before);
        var current = Get(map, before.Id);
        var node = before with { Kind = current.Kind, X = current.X, Y = current.Y };
        return [new PutNode(node), .. Membership(map, node, functionId ?? "")];
    }

    /// <summary>Moves are last-writer-wins: no version check, only the position changes.</summary>
    public static IReadOnlyList<MapOp> Move(AccountMap map, string nodeId, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(map);
        var node = Get(map, nodeId);
        return [new PutNode(node with { X = Check.Coordinate(x, "x"), Y = Check.Coordinate(y, "y") })];
    }

    /// <summary>Deletes the node and every edge touching it.</summary>
    public static IReadOnlyList<MapOp> Delete(AccountMap map, string nodeId, long? baseVersion)
    {
        ArgumentNullException.ThrowIfNull(map);
        var node = Get(map, nodeId);
        Check.NotStale(node.Version, baseVersion, Errors.Say("Check.Stale.Node", node.Name), node);
        return [.. map.Edges.Where(e => e.From == nodeId || e.To == nodeId).Select(e => new RemoveEdge(e.Id)), new RemoveNode(nodeId)];
    }

    public static Node Get(AccountMap map, string nodeId)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Find(nodeId) ?? throw GraphException.NotFound(Errors.Say("Node.NotFound", nodeId, map.Account.Name));
    }

    private static Node Apply(Node n, NodeFields p, DateOnly? today)
    {
        Only(n, p.Roles is { Count: > 0 }, NodeKind.Person, "roles");
        Only(n, p.Stance is not null, NodeKind.Person, "stance");
        Only(n, p.Influence is not null, NodeKind.Person, "influence");
        Only(n, p.Concerns is { Length: > 0 }, NodeKind.Person, "concerns");
        Only(n, p.LinkedIn is { Length: > 0 }, NodeKind.Person, "linkedIn");
        Only(n, p.FunctionId is { Length: > 0 }, NodeKind.Person, "functionId");
        Only(n, p.Involvement is not null, NodeKind.Function, "involvement");
        Only(n, p.TeamRole is not null, NodeKind.Counterpart, "teamRole");
        Only(n, p.Method is not null, NodeKind.Meeting, "method");
        Only(n, p.Outcome is { Length: > 0 }, NodeKind.Meeting, "outcome");
        Only(n, p.NextSteps is { Length: > 0 }, NodeKind.Meeting, "nextSteps");
        Only(n, p.Held is true, NodeKind.Meeting, "held");
        Only(n, p.Text is { Length: > 0 }, NodeKind.Argument, "text");
        if (p.Date is not null && n.Kind is not (NodeKind.Meeting or NodeKind.Concern))
            throw GraphException.Invalid(Errors.Say("Node.DateOnly", Errors.Kind(n.Kind)), "date");
        if (p.Topic is { Length: > 0 } && n.Kind is not (NodeKind.Meeting or NodeKind.Concern or NodeKind.Argument))
            throw GraphException.Invalid(Errors.Say("Node.TopicOnly", Errors.Kind(n.Kind)), "topic");
        if (p.Documents is { Count: > 0 } && n.Kind is not (NodeKind.Meeting or NodeKind.Argument))
            throw GraphException.Invalid(Errors.Say("Node.DocumentsOnly", Errors.Kind(n.Kind)), "documents");
        if (p.Level is not null && n.Kind is not (NodeKind.Person or NodeKind.Counterpart))
            throw GraphException.Invalid(Errors.Say($"Node.NoLevel.{n.Kind}"), "level");
        Check.Defined(p.Method, "method");
        Check.Defined(p.Level, "level");
        Check.Defined(p.Stance, "stance");
        Check.Defined(p.Influence, "influence");
        Check.Defined(p.Involvement, "involvement");
        Check.Defined(p.TeamRole, "teamRole");
        foreach (var r in p.Roles ?? []) Check.Defined<BuyingRole>(r, "role");
        var updated = n with
        {
            Name = p.Name is null ? n.Name : Check.Name(p.Name, max: NameLimit(n.Kind)),
            Title = Check.Patch(p.Title, n.Title, "title", 120),
            Level = p.Level ?? n.Level,
            Roles = p.Roles is null ? n.Roles : [.. p.Roles.Distinct().Order()],
            Stance = p.Stance ?? n.Stance,
            Influence = p.Influence ?? n.Influence,
            Involvement = p.Involvement ?? n.Involvement,
            TeamRole = p.TeamRole ?? n.TeamRole,
            Email = p.Email is null ? n.Email : Check.Email(p.Email),
            Phone = Check.Patch(p.Phone, n.Phone, "phone", 40),
            LinkedIn = p.LinkedIn is null ? n.LinkedIn : Check.Link(p.LinkedIn, "linkedIn", () => Errors.Say("Check.ProfileLink")),
            Concerns = Check.Patch(p.Concerns, n.Concerns, "concerns", 2000),
            X = Check.Coordinate(p.X, "x") ?? n.X,
            Y = Check.Coordinate(p.Y, "y") ?? n.Y,
            Date = p.Date ?? n.Date,
            Method = p.Method ?? n.Method,
            Topic = Check.Patch(p.Topic, n.Topic, "topic", 300),
            Outcome = Check.Patch(p.Outcome, n.Outcome, "outcome", 2000),
            NextSteps = Check.Patch(p.NextSteps, n.NextSteps, "nextSteps", 2000),
            Text = Check.Patch(p.Text, n.Text, "text", 4000),
            Held = p.Held ?? n.Held,
            Documents = p.Documents is null ? n.Documents : Check.Documents(p.Documents),
        };
        if (updated.Kind == NodeKind.Meeting && updated.Date is null)
            throw GraphException.Invalid(Errors.Say("Node.MeetingNeedsDate"), "date");
        // Only what this change sets is checked: a stored meeting from before the rule stays editable.
        if (updated is { Kind: NodeKind.Meeting, Held: true } && (p.Held is true || p.Date is not null))
            Check.NotFuture(updated.Date, today, "date", () => Errors.Say("Check.HeldMeeting", updated.Name), () => Errors.Say("Check.HeldMeetingAdvice"));
        return updated;
    }

    /// <summary>People and functions have names; a concern is a sentence and a meeting an objective, so they get more room.</summary>
    private static int NameLimit(NodeKind kind) => kind is NodeKind.Meeting or NodeKind.Concern or NodeKind.Argument ? 200 : 100;

    private static void Only(Node n, bool given, NodeKind kind, string field)
    {
        if (given && n.Kind != kind)
            throw GraphException.Invalid(Errors.Say("Node.FieldOnly", field, Errors.Kind(kind), Errors.Kind(n.Kind)), field);
    }

    /// <summary>functionId is sugar for the single WORKS_IN edge: set it, replace it, or clear it with "".</summary>
    private static IEnumerable<MapOp> Membership(AccountMap map, Node person, string? functionId)
    {
        if (functionId is null || person.Kind != NodeKind.Person) return [];
        var current = map.Edges.FirstOrDefault(e => e.Type == EdgeType.WORKS_IN && e.From == person.Id);
        if (current?.To == functionId) return [];
        var ops = new List<MapOp>();
        if (current is not null) ops.Add(new RemoveEdge(current.Id));
        if (functionId.Length > 0)
        {
            var function = map.Find(functionId);
            if (function is not { Kind: NodeKind.Function })
                throw GraphException.Invalid(Errors.Say("Node.NoFunction", functionId), "functionId");
            ops.Add(new PutEdge(new Edge { Id = Ids.New("e"), Type = EdgeType.WORKS_IN, From = person.Id, To = functionId }));
        }
        return ops;
    }
}

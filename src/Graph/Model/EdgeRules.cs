namespace SalesOps.Graph.Model;

/// <summary>Decides edge changes against a map snapshot: endpoint kinds, strengths, duplicates, reporting lines.</summary>
public static partial class EdgeRules
{
    /// <summary>The node kinds each edge type joins (from → to); ATTENDED takes ours and theirs alike.</summary>
    public static bool Joins(EdgeType type, NodeKind from, NodeKind to) => type switch
    {
        EdgeType.TALKS_WITH => (from, to) == (NodeKind.Counterpart, NodeKind.Person),
        EdgeType.WORKS_IN => (from, to) == (NodeKind.Person, NodeKind.Function),
        EdgeType.ATTENDED => from is NodeKind.Person or NodeKind.Counterpart && to == NodeKind.Meeting,
        EdgeType.RAISED => (from, to) == (NodeKind.Person, NodeKind.Concern),
        EdgeType.ANSWERS => (from, to) == (NodeKind.Argument, NodeKind.Concern),
        _ => (from, to) == (NodeKind.Person, NodeKind.Person),
    };

    private static string Ends(EdgeType type) => Errors.Say(type switch
    {
        EdgeType.TALKS_WITH or EdgeType.WORKS_IN or EdgeType.ATTENDED or EdgeType.RAISED or EdgeType.ANSWERS => $"Edge.Ends.{type}",
        _ => "Edge.Ends.People",
    });

    /// <summary>The relationships a user draws between two cards, the usual one first.</summary>
    public static readonly IReadOnlyList<EdgeType> Drawable = [EdgeType.INFLUENCES, EdgeType.REPORTS_TO, EdgeType.TALKS_WITH];

    /// <summary>The drawable types that may join a node of one kind to a node of another, in that direction.</summary>
    public static IReadOnlyList<EdgeType> TypesJoining(NodeKind from, NodeKind to) => [.. Drawable.Where(t => Joins(t, from, to))];

    /// <summary>Types whose strength counts (1–5, default 3): the relationships of the influence graph.</summary>
    public static bool HasStrength(EdgeType type) => type is EdgeType.REPORTS_TO or EdgeType.INFLUENCES or EdgeType.TALKS_WITH;

    /// <summary>Joins two nodes; with <paramref name="today"/> (the caller's clock), a last contact may not lie after it.</summary>
    public static IReadOnlyList<MapOp> Connect(AccountMap map, EdgeDraft d, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(d);
        Check.Defined<EdgeType>(d.Type, "type");
        Check.Id(d.Id);
        if (d.Id is not null && map.FindEdge(d.Id) is not null)
            throw GraphException.Conflict(Errors.Say("Edge.DuplicateId", d.Id));
        var from = Endpoint(map, d.From, "from");
        var to = Endpoint(map, d.To, "to");
        if (from.Id == to.Id)
            throw GraphException.Invalid(Errors.Say("Edge.SelfLoop", from.Name), "to");
        if (!Joins(d.Type, from.Kind, to.Kind))
            throw GraphException.Invalid(
                Errors.Say("Edge.WrongEnds", d.Type, Ends(d.Type), from.Name, Errors.Kind(from.Kind), to.Name, Errors.Kind(to.Kind)), "type");
        if (map.Between(d.Type, from.Id, to.Id) is { } twin)
            throw GraphException.Conflict(Errors.Say("Edge.Twin", from.Name, Errors.Say($"Edge.Verb.{d.Type}"), to.Name, twin.Id), twin);

        // The same bound as logging a meeting, for attendance drawn one edge at a time (API, import).
        if (d.Type == EdgeType.ATTENDED && map.Attendees(to.Id) >= Limits.ParticipantsPerMeeting)
            Limits.Participants(map.Attendees(to.Id) + 1);
        var edge = Create(d.From == from.Id && d.To == to.Id ? d : d with { From = from.Id, To = to.Id }, today);
        if (d.Type == EdgeType.WORKS_IN && map.FunctionOf(from.Id) is { } fn)
            throw GraphException.Invalid(Errors.Say("Edge.WorksInAlready", from.Name, map.Find(fn)?.Name), "from");
        if (d.Type == EdgeType.REPORTS_TO) CheckReporting(map, edge, from, to);
        return [new PutEdge(edge)];
    }

    /// <summary>The edge a draft describes, with the type's defaults, checked field by field (the endpoints need the map: <see cref="Connect"/>).</summary>
    public static Edge Create(EdgeDraft d, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        Check.Defined<EdgeType>(d.Type, "type");
        Check.Id(d.Id);
        var edge = new Edge
        {
            Id = d.Id ?? Ids.New("e"),
            Type = d.Type,
            From = d.From ?? throw GraphException.Invalid(Errors.Say("Edge.EndRequired", "from"), "from"),
            To = d.To ?? throw GraphException.Invalid(Errors.Say("Edge.EndRequired", "to"), "to"),
            Strength = HasStrength(d.Type) ? 3 : null,
            Status = d.Type == EdgeType.TALKS_WITH ? RelationshipStatus.Active : null,
            Result = d.Type == EdgeType.ANSWERS ? ArgumentResult.Pending : null,
        };
        return Apply(edge, d, today);
    }

    /// <summary>Changes an edge's fields; with <paramref name="today"/>, a last contact may not lie after it.</summary>
    public static IReadOnlyList<MapOp> Update(AccountMap map, string edgeId, EdgePatch patch, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(patch);
        var edge = Get(map, edgeId);
        Check.NotStale(edge.Version, patch.BaseVersion, Errors.Say("Check.Stale.Edge", edge.Type, edge.Id), edge);
        var updated = Apply(edge, patch, today);
        if (updated.Type == EdgeType.REPORTS_TO && edge.Dotted && !updated.Dotted)
            CheckReporting(map with { Edges = [.. map.Edges.Where(e => e.Id != edgeId)] }, updated, map.Find(edge.From)!, map.Find(edge.To)!);
        return [new PutEdge(updated)];
    }

    /// <summary>Puts an edge's fields back as they were in <paramref name="before"/> (undo of an edit); its ends cannot change.</summary>
    public static IReadOnlyList<MapOp> Restore(AccountMap map, Edge before)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(before);
        var current = Get(map, before.Id);
        var restored = before with { Type = current.Type, From = current.From, To = current.To };
        if (restored.Type == EdgeType.REPORTS_TO && current.Dotted && !restored.Dotted)
            CheckReporting(map with { Edges = [.. map.Edges.Where(e => e.Id != current.Id)] }, restored, map.Find(current.From)!, map.Find(current.To)!);
        return [new PutEdge(restored)];
    }

    public static IReadOnlyList<MapOp> Disconnect(AccountMap map, string edgeId, long? baseVersion)
    {
        ArgumentNullException.ThrowIfNull(map);
        var edge = Get(map, edgeId);
        Check.NotStale(edge.Version, baseVersion, Errors.Say("Check.Stale.Edge", edge.Type, edge.Id), edge);
        return [new RemoveEdge(edgeId)];
    }

    public static Edge Get(AccountMap map, string edgeId)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.FindEdge(edgeId) ?? throw GraphException.NotFound(Errors.Say("Edge.NotFound", edgeId, map.Account.Name));
    }

    private static Node Endpoint(AccountMap map, string? id, string field) =>
        (string.IsNullOrWhiteSpace(id) ? null : map.Find(id))
        ?? throw GraphException.Invalid(
            string.IsNullOrWhiteSpace(id) ? Errors.Say("Edge.EndRequired", field) : Errors.Say("Node.NotFound", id, map.Account.Name), field);

    private static Edge Apply(Edge e, EdgeFields p, DateOnly? today)
    {
        void Only(bool given, EdgeType type, string field)
        {
            if (given && e.Type != type) throw GraphException.Invalid(Errors.Say("Edge.FieldOnly", field, type, e.Type), field);
        }

        Only(p.Dotted is true, EdgeType.REPORTS_TO, "dotted");
        Only(p.Status is not null, EdgeType.TALKS_WITH, "status");
        Only(p.CadenceDays is not null, EdgeType.TALKS_WITH, "cadenceDays");
        Only(p.LastContact is not null, EdgeType.TALKS_WITH, "lastContact");
        Only(p.Goal is { Length: > 0 }, EdgeType.TALKS_WITH, "goal");
        Only(p.Result is not null, EdgeType.ANSWERS, "result");
        Only(p.Date is not null, EdgeType.ANSWERS, "date");
        if (!HasStrength(e.Type) && p.Strength is not null)
            throw GraphException.Invalid(Errors.Say("Edge.NoStrength", e.Type), "strength");
        Check.Defined(p.Status, "status");
        Check.Defined(p.Result, "result");
        Check.NotFuture(p.LastContact, today, "lastContact", () => Errors.Say("Check.LastContact"));
        return e with
        {
            Strength = p.Strength is { } s ? Check.Strength(s) : e.Strength,
            Dotted = p.Dotted ?? e.Dotted,
            Note = Check.Patch(p.Note, e.Note, "note", 500),
            Status = p.Status ?? e.Status,
            CadenceDays = Check.Range(p.CadenceDays, 1, 365, "cadenceDays", () => Errors.Say("Field.CadenceDays")) ?? e.CadenceDays,
            LastContact = p.LastContact ?? e.LastContact,
            Goal = Check.Patch(p.Goal, e.Goal, "goal", 500),
            Result = p.Result ?? e.Result,
            Date = p.Date ?? e.Date,
        };
    }
}

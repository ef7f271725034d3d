namespace SalesOps.Graph.Model;

// What callers send, built by name: `new NodeDraft { Kind = …, Name = … }`, so a field left out is
// null and can never shift into its neighbour. Each kind of element lists its settable fields once
// (…Fields); a draft adds what a new element needs, a patch what an edit needs. In a patch null
// means "leave as it is" and an empty string clears a text field; BaseVersion is the version the
// caller's view was at (null: apply to the current state).

/// <summary>The fields of an account a caller sets.</summary>
public abstract record AccountFields
{
    public string? Name { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public SupplierPosition? Position { get; init; }
    public int? ShareOfWallet { get; init; }
    public decimal? PotentialAmount { get; init; }
    public string? PotentialCurrency { get; init; }
    public bool? BringsInnovations { get; init; }
    public bool? InvolvesInDevelopment { get; init; }
    public bool? ConsultsOnStrategy { get; init; }

    /// <summary>Every field of the account, the one place that lists them all.</summary>
    public static T Of<T>(Account a) where T : AccountFields, new()
    {
        ArgumentNullException.ThrowIfNull(a);
        return new T
        {
            Name = a.Name, Industry = a.Industry, Country = a.Country, Position = a.Position, ShareOfWallet = a.ShareOfWallet,
            PotentialAmount = a.PotentialAmount, PotentialCurrency = a.PotentialCurrency, BringsInnovations = a.BringsInnovations,
            InvolvesInDevelopment = a.InvolvesInDevelopment, ConsultsOnStrategy = a.ConsultsOnStrategy,
        };
    }
}

public sealed record AccountDraft : AccountFields
{
    public AccountDraft()
    {
    }

    public AccountDraft(AccountFields fields)
        : base(fields)
    {
    }
}

public sealed record AccountPatch : AccountFields
{
    public long? BaseVersion { get; init; }
    /// <summary>The day a change of position or share took effect (today when not given).</summary>
    public DateOnly? AsOf { get; init; }
}

/// <summary>The fields of a node a caller sets; which apply depends on the kind (<see cref="NodeRules"/>).</summary>
public abstract record NodeFields
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public Level? Level { get; init; }
    public IReadOnlyList<BuyingRole>? Roles { get; init; }
    public Stance? Stance { get; init; }
    public Influence? Influence { get; init; }
    public Involvement? Involvement { get; init; }
    public TeamRole? TeamRole { get; init; }
    /// <summary>Sugar for the person's single WORKS_IN edge; "" clears it.</summary>
    public string? FunctionId { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? LinkedIn { get; init; }
    public string? Concerns { get; init; }
    public double? X { get; init; }
    public double? Y { get; init; }
    public DateOnly? Date { get; init; }
    public MeetingMethod? Method { get; init; }
    public string? Topic { get; init; }
    public string? Outcome { get; init; }
    public string? NextSteps { get; init; }
    public string? Text { get; init; }
    public bool? Held { get; init; }
    public IReadOnlyList<DocumentLink>? Documents { get; init; }

    /// <summary>
    /// Every field of the node, the one place that lists them all: what an editor starts from, what
    /// undo writes back, what the API and the export show. Kind-specific fields are null where they
    /// do not apply, so the result is a valid draft or patch for the node's kind.
    /// </summary>
    public static T Of<T>(Node n, string? functionId = null) where T : NodeFields, new()
    {
        ArgumentNullException.ThrowIfNull(n);
        var person = n.Kind == NodeKind.Person;
        return new T
        {
            Name = n.Name, Title = n.Title, Level = n.Level, Roles = person ? n.Roles : null, Stance = n.Stance,
            Influence = n.Influence, Involvement = n.Involvement, TeamRole = n.TeamRole, FunctionId = person ? functionId : null,
            Email = n.Email, Phone = n.Phone, LinkedIn = n.LinkedIn, Concerns = n.Concerns, X = n.X, Y = n.Y,
            Date = n.Date, Method = n.Method, Topic = n.Topic, Outcome = n.Outcome, NextSteps = n.NextSteps, Text = n.Text,
            Held = n.Kind == NodeKind.Meeting ? n.Held : null, Documents = n.Documents.Count == 0 ? null : n.Documents,
        };
    }
}

public sealed record NodeDraft : NodeFields
{
    public NodeDraft()
    {
    }

    /// <summary>A draft with these fields (copied whole, so a new field needs no change here).</summary>
    public NodeDraft(NodeFields fields)
        : base(fields)
    {
    }

    public NodeKind Kind { get; init; }
    /// <summary>Our own id for the new node (import, undo); null: the rules assign one.</summary>
    public string? Id { get; init; }
}

public sealed record NodePatch : NodeFields
{
    public NodePatch()
    {
    }

    public NodePatch(NodeFields fields)
        : base(fields)
    {
    }

    public long? BaseVersion { get; init; }
}

/// <summary>The fields of an edge a caller sets; which apply depends on the type (<see cref="EdgeRules"/>).</summary>
public abstract record EdgeFields
{
    public int? Strength { get; init; }
    public bool? Dotted { get; init; }
    public string? Note { get; init; }
    public RelationshipStatus? Status { get; init; }
    public int? CadenceDays { get; init; }
    public DateOnly? LastContact { get; init; }
    public string? Goal { get; init; }
    public ArgumentResult? Result { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>Every field of the edge, the one place that lists them all. Dotted is null off REPORTS_TO.</summary>
    public static T Of<T>(Edge e) where T : EdgeFields, new()
    {
        ArgumentNullException.ThrowIfNull(e);
        return new T
        {
            Strength = e.Strength, Dotted = e.Type == EdgeType.REPORTS_TO ? e.Dotted : null, Note = e.Note, Status = e.Status,
            CadenceDays = e.CadenceDays, LastContact = e.LastContact, Goal = e.Goal, Result = e.Result, Date = e.Date,
        };
    }
}

public sealed record EdgeDraft : EdgeFields
{
    public EdgeDraft()
    {
    }

    public EdgeDraft(EdgeFields fields)
        : base(fields)
    {
    }

    public EdgeType Type { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Id { get; init; }
}

public sealed record EdgePatch : EdgeFields
{
    public EdgePatch()
    {
    }

    public EdgePatch(EdgeFields fields)
        : base(fields)
    {
    }

    public long? BaseVersion { get; init; }
}

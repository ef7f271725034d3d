namespace SalesOps.Graph.Model;

// What callers send. In patches null means "leave as it is" and an empty string clears a text field;
// BaseVersion is the version the caller's view was at (null: apply to the current state).

public sealed record AccountDraft(
    string Name,
    string? Industry = null,
    string? Country = null,
    SupplierPosition? Position = null,
    int? ShareOfWallet = null,
    decimal? PotentialAmount = null,
    string? PotentialCurrency = null,
    bool? BringsInnovations = null,
    bool? InvolvesInDevelopment = null,
    bool? ConsultsOnStrategy = null);

public sealed record AccountPatch(
    string? Name = null,
    string? Industry = null,
    string? Country = null,
    SupplierPosition? Position = null,
    int? ShareOfWallet = null,
    decimal? PotentialAmount = null,
    string? PotentialCurrency = null,
    bool? BringsInnovations = null,
    bool? InvolvesInDevelopment = null,
    bool? ConsultsOnStrategy = null,
    long? BaseVersion = null,
    DateOnly? AsOf = null);

public sealed record NodeDraft(
    NodeKind Kind,
    string Name,
    string? Title = null,
    Level? Level = null,
    IReadOnlyList<BuyingRole>? Roles = null,
    Stance? Stance = null,
    Influence? Influence = null,
    Involvement? Involvement = null,
    TeamRole? TeamRole = null,
    string? FunctionId = null,
    string? Email = null,
    string? Phone = null,
    string? Concerns = null,
    double? X = null,
    double? Y = null,
    string? Id = null,
    DateOnly? Date = null,
    MeetingMethod? Method = null,
    string? Topic = null,
    string? Outcome = null,
    string? NextSteps = null,
    string? Text = null,
    bool? Held = null,
    IReadOnlyList<DocumentLink>? Documents = null);

public sealed record NodePatch(
    string? Name = null,
    string? Title = null,
    Level? Level = null,
    IReadOnlyList<BuyingRole>? Roles = null,
    Stance? Stance = null,
    Influence? Influence = null,
    Involvement? Involvement = null,
    TeamRole? TeamRole = null,
    string? FunctionId = null,
    string? Email = null,
    string? Phone = null,
    string? Concerns = null,
    double? X = null,
    double? Y = null,
    long? BaseVersion = null,
    DateOnly? Date = null,
    MeetingMethod? Method = null,
    string? Topic = null,
    string? Outcome = null,
    string? NextSteps = null,
    string? Text = null,
    bool? Held = null,
    IReadOnlyList<DocumentLink>? Documents = null);

public sealed record EdgeDraft(
    EdgeType Type,
    string From,
    string To,
    int? Strength = null,
    bool? Dotted = null,
    string? Note = null,
    RelationshipStatus? Status = null,
    int? CadenceDays = null,
    DateOnly? LastContact = null,
    string? Goal = null,
    string? Id = null,
    ArgumentResult? Result = null,
    DateOnly? Date = null);

public sealed record EdgePatch(
    int? Strength = null,
    bool? Dotted = null,
    string? Note = null,
    RelationshipStatus? Status = null,
    int? CadenceDays = null,
    DateOnly? LastContact = null,
    string? Goal = null,
    long? BaseVersion = null,
    ArgumentResult? Result = null,
    DateOnly? Date = null);

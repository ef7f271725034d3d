namespace SalesOps.Graph.Store;

/// <summary>
/// A small named document kept with an account: a saved what-if sketch, a remembered CSV column mapping.
/// JSON the store never looks into; <see cref="Kind"/> says whose it is ("sketch", "csv-mapping").
/// </summary>
public sealed record AccountDocument
{
    public required string AccountId { get; init; }
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public required string Json { get; init; }
    /// <summary>Who saved it last (a user id), or null for the machine.</summary>
    public string? SavedBy { get; init; }
    public DateTimeOffset SavedAt { get; init; }
}

/// <summary>Documents kept with accounts, in the same store as the maps; deleting an account deletes its documents.</summary>
public interface IDocumentStore
{
    /// <summary>An account's documents of one kind, by name.</summary>
    Task<IReadOnlyList<AccountDocument>> DocumentsAsync(string accountId, string kind, CancellationToken ct);

    Task<AccountDocument?> DocumentAsync(string accountId, string kind, string name, CancellationToken ct);

    /// <summary>Creates or replaces the document of that account, kind and name; NotFound when the account does not exist.</summary>
    Task SaveDocumentAsync(AccountDocument document, CancellationToken ct);

    /// <summary>False when there was no such document.</summary>
    Task<bool> DeleteDocumentAsync(string accountId, string kind, string name, CancellationToken ct);
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store;

/// <summary>
/// The one port to storage. Small and graph-shaped: whole-map reads, and changes decided by a
/// rule function against a snapshot read inside the same transaction that writes them, so every
/// adapter enforces the same rules and nothing is written when a rule refuses.
/// </summary>
public interface IGraphStore
{
    /// <summary>"sqlite" or "neo4j".</summary>
    string Name { get; }

    /// <summary>Creates or migrates the schema (idempotent). Throws <see cref="GraphException"/> (Unavailable) when unreachable.</summary>
    Task InitializeAsync(CancellationToken ct);

    Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken ct);

    /// <summary>The account and its whole map, or null when it does not exist.</summary>
    Task<AccountMap?> GetMapAsync(string accountId, CancellationToken ct);

    /// <summary>Writes a new account with its nodes and edges at version 1 (seeding, import, create).</summary>
    Task<MapResult> CreateAccountAsync(AccountMap map, CancellationToken ct);

    /// <summary>
    /// Reads the current map under the account's write lock, asks <paramref name="decide"/> for the
    /// ops, writes them with version + 1 and commits; returns the commit and the map after it.
    /// Throws NotFound for an unknown account and lets the rule's <see cref="GraphException"/>
    /// through with nothing written.
    /// </summary>
    Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct);

    /// <summary>
    /// Writes <paramref name="map"/> at version 1 in place of the account of the same id and everything kept
    /// with it (its map, team and documents), or creates it when there is none. One unit: readers, a failure
    /// and a crash find the old account or the new one, never neither (on Neo4j, big accounts: see its README).
    /// </summary>
    Task<MapResult> ReplaceAccountAsync(AccountMap map, CancellationToken ct);

    /// <summary>Deletes the account and everything in it; false when there was none.</summary>
    Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct);

    /// <summary>A short description of the store's state for /health; throws when unreachable.</summary>
    Task<string> CheckHealthAsync(CancellationToken ct);
}

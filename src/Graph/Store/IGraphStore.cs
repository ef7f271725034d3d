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

    /// <summary>
    /// Writes a new account with its nodes and edges at version 1 (seeding, import, create), and that first
    /// commit (the whole map, by <paramref name="by"/>, kind Create or Import) to its change log.
    /// </summary>
    Task<MapResult> CreateAccountAsync(AccountMap map, Author by, CancellationToken ct);

    /// <summary>As the machine (tools, tests).</summary>
    Task<MapResult> CreateAccountAsync(AccountMap map, CancellationToken ct) => CreateAccountAsync(map, Author.Machine.As(ChangeKind.Create), ct);

    /// <summary>
    /// Reads the current map under the account's write lock, asks <paramref name="decide"/> for the
    /// ops, writes them with version + 1 and commits; returns the commit and the map after it.
    /// Throws NotFound for an unknown account and lets the rule's <see cref="GraphException"/>
    /// through with nothing written. The commit goes into the account's change log in the same
    /// transaction, with <paramref name="by"/>, the store's time and the touched elements as they were.
    /// </summary>
    Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by, CancellationToken ct);

    /// <summary>As the machine (tools, tests).</summary>
    Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct) => ChangeAsync(accountId, decide, Author.Machine, ct);

    /// <summary>
    /// Writes <paramref name="map"/> at version 1 in place of the account of the same id and everything kept
    /// with it (its map, team, documents and change log), or creates it when there is none; the new account's
    /// log starts with that first commit, as <see cref="CreateAccountAsync(AccountMap, Author, CancellationToken)"/>
    /// writes it (by <paramref name="by"/>, kind Create or Import). One unit: readers, a failure and a crash find
    /// the old account (with its log) or the new one, never neither (on Neo4j, big accounts: see its README).
    /// An imported history: <see cref="IHistoryStore.ReplaceWithHistoryAsync"/>.
    /// </summary>
    Task<MapResult> ReplaceAccountAsync(AccountMap map, Author by, CancellationToken ct);

    /// <summary>As the machine (tools, tests).</summary>
    Task<MapResult> ReplaceAccountAsync(AccountMap map, CancellationToken ct) => ReplaceAccountAsync(map, Author.Machine.As(ChangeKind.Create), ct);

    /// <summary>Deletes the account and everything in it (its change log too); false when there was none.</summary>
    Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct);

    /// <summary>A short description of the store's state for /health; throws when unreachable.</summary>
    Task<string> CheckHealthAsync(CancellationToken ct);
}

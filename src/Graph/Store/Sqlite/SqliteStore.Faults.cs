using Microsoft.Data.Sqlite;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// The store's doors: every public operation runs its work (the private …CoreAsync next to it, or the
/// guarded QueryAsync/SaveOwnedAsync helpers of the access and document parts) through
/// <see cref="GuardAsync{T}"/>, so a SQLite failure leaves as a <see cref="GraphException"/> with a reason
/// and a time to retry (<see cref="SqliteFaults"/>) instead of a raw SqliteException that would be a 500
/// in the API and end a page's circuit.
/// </summary>
public sealed partial class SqliteStore
{
    public Task InitializeAsync(CancellationToken ct) => GuardAsync(async () => { await InitializeCoreAsync(ct); return true; });

    public Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken ct) => GuardAsync(() => ListAccountsCoreAsync(ct));

    public Task<AccountMap?> GetMapAsync(string accountId, CancellationToken ct) => GuardAsync(() => GetMapCoreAsync(accountId, ct));

    public Task<MapResult> CreateAccountAsync(AccountMap map, CancellationToken ct) => CreateAccountAsync(map, Author.Machine.As(ChangeKind.Create), ct);

    public Task<MapResult> CreateAccountAsync(AccountMap map, Author by, CancellationToken ct) => GuardAsync(() => CreateAccountCoreAsync(map, by, ct));

    public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct) =>
        ChangeAsync(accountId, decide, Author.Machine, ct);

    public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by, CancellationToken ct) =>
        GuardAsync(() => ChangeCoreAsync(accountId, decide, by, ct));

    public Task<MapResult> ReplaceAccountAsync(AccountMap map, CancellationToken ct) => ReplaceAccountAsync(map, Author.Machine.As(ChangeKind.Create), ct);

    public Task<MapResult> ReplaceAccountAsync(AccountMap map, Author by, CancellationToken ct) => GuardAsync(() => ReplaceCoreAsync(map, null, by, ct));

    public Task ReplaceWithHistoryAsync(AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct) =>
        GuardAsync(() => ReplaceCoreAsync(map, log ?? throw new ArgumentNullException(nameof(log)), Author.Machine, ct));

    public Task CreateWithHistoryAsync(AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct) => GuardAsync(() => CreateWithHistoryCoreAsync(map, log, ct));

    public Task SaveCheckpointAsync(MapCheckpoint checkpoint, CancellationToken ct) => GuardAsync(() => SaveCheckpointCoreAsync(checkpoint, ct));

    public Task<bool> SquashAsync(Commit @base, CancellationToken ct) => GuardAsync(() => SquashCoreAsync(@base, ct));

    public Task SaveVisitAsync(Visit visit, CancellationToken ct) => GuardAsync(() => SaveVisitCoreAsync(visit, ct));

    public Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct) => GuardAsync(() => DeleteAccountCoreAsync(accountId, ct));

    public Task<string> CheckHealthAsync(CancellationToken ct) => GuardAsync(() => CheckHealthCoreAsync(ct));

    public Task SaveDocumentAsync(AccountDocument document, CancellationToken ct) => GuardAsync(() => SaveDocumentCoreAsync(document, ct));

    public Task<bool> DeleteDocumentAsync(string accountId, string kind, string name, CancellationToken ct) =>
        GuardAsync(() => DeleteDocumentCoreAsync(accountId, kind, name, ct));

    public Task SaveUserAsync(User user, CancellationToken ct) => GuardAsync(() => SaveUserCoreAsync(user, ct));

    public Task SetMemberAsync(TeamMember member, CancellationToken ct) => GuardAsync(() => SetMemberCoreAsync(member, ct));

    public Task<bool> RemoveMemberAsync(string accountId, string userId, CancellationToken ct) => GuardAsync(() => RemoveMemberCoreAsync(accountId, userId, ct));

    public Task SetCounterpartLinkAsync(string accountId, string userId, string? counterpartId, CancellationToken ct) =>
        GuardAsync(() => SetCounterpartLinkCoreAsync(accountId, userId, counterpartId, ct));

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (SqliteException ex)
        {
            throw SqliteFaults.Translate(ex, path);
        }
    }

    private Task GuardAsync(Func<Task> work) => GuardAsync(async () =>
    {
        await work();
        return true;
    });
}

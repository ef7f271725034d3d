using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Live;

/// <summary>
/// The one way a change is written: a rule runs inside the store's change transaction, the commit is
/// kept in the change log with its author (the caller of this scope), and what was committed goes
/// straight onto the live bus as <see cref="MapChanged"/>. Every command that changes a map (map,
/// accounts, meetings, concerns, the matrix, undo and restore) writes through here.
/// </summary>
public sealed class MapWriter(IGraphStore store, ILiveBus bus, CurrentUser current)
{
    public ValueTask<MapResult> WriteAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> rule, CancellationToken ct) =>
        WriteAsync(accountId, rule, ChangeKind.Edit, null, ct);

    /// <param name="kind">Edit, or Undo/Restore of the version <paramref name="of"/>.</param>
    public async ValueTask<MapResult> WriteAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> rule, ChangeKind kind, long? of, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var by = (await current.GetAsync()).Author().As(kind, of);
        // Every write passes the count limits here, whichever page, endpoint or verb decided it.
        var result = await store.ChangeAsync(accountId, map =>
        {
            var ops = rule(map);
            Limits.Check(map, ops);
            return ops;
        }, by, ct);
        // Committed is committed: viewers hear of it even if the caller has given up meanwhile.
        await bus.PublishAsync(MapChanged.Of(result), CancellationToken.None);
        return result;
    }

    /// <summary>Deletes the account and tells its viewers; false when there was none.</summary>
    public async ValueTask<bool> DeleteAccountAsync(string accountId, CancellationToken ct)
    {
        if (!await store.DeleteAccountAsync(accountId, ct)) return false;
        await bus.PublishAsync(new AccountDeleted(accountId), CancellationToken.None);
        return true;
    }
}

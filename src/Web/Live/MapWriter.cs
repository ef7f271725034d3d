using SalesOps.Graph.Model;
using SalesOps.Graph.Store;

namespace SalesOps.Web.Live;

/// <summary>
/// The one way a change is written: a rule runs inside the store's change transaction, and what
/// was committed goes straight onto the live bus as <see cref="MapChanged"/>. Every command that
/// changes a map (map, accounts, meetings, concerns, the matrix) writes through here.
/// </summary>
public sealed class MapWriter(IGraphStore store, ILiveBus bus)
{
    public async ValueTask<MapResult> WriteAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> rule, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rule);
        // Every write passes the count limits here, whichever page, endpoint or verb decided it.
        var result = await store.ChangeAsync(accountId, map =>
        {
            var ops = rule(map);
            Limits.Check(map, ops);
            return ops;
        }, ct);
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

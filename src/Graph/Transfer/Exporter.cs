using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// Reads one account or all of them from a store, for the export document or the Cypher script.
/// Each account is one consistent snapshot (its log is read up to the map's version: commits are only ever
/// appended); an export of all accounts is not one snapshot of the store.
/// </summary>
public static class Exporter
{
    /// <summary>The maps ordered by account id; NotFound for an unknown <paramref name="accountId"/>.</summary>
    public static async Task<IReadOnlyList<AccountMap>> ReadAsync(IGraphStore store, string? accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (accountId is not null)
            return [(await store.GetMapAsync(accountId, ct)).OrNotFound(accountId)];
        var maps = new List<AccountMap>();
        foreach (var id in (await store.ListAccountsAsync(ct)).Select(s => s.Account.Id).Order(StringComparer.Ordinal))
        {
            // An account deleted between the list and its read is simply not exported.
            if (await store.GetMapAsync(id, ct) is { } map) maps.Add(map);
        }
        return maps;
    }

    /// <summary>The document with each account's change log (up to the version of the map read) when the store keeps one.</summary>
    public static async Task<ExportDocument> ExportAsync(IGraphStore store, string? accountId, CancellationToken ct)
    {
        var maps = await ReadAsync(store, accountId, ct);
        if (store is not IHistoryStore history) return ExportDocument.Of(maps);
        var accounts = new List<(AccountMap, IReadOnlyList<Commit>?)>(maps.Count);
        foreach (var map in maps)
            accounts.Add((map, await history.ChangesAsync(map.Account.Id, new ChangeQuery { UpTo = map.Version, Oldest = true }, ct)));
        return ExportDocument.Of(accounts);
    }

    public static async Task<string> ExportCypherAsync(IGraphStore store, string? accountId, CancellationToken ct) =>
        CypherScript.Write(await ReadAsync(store, accountId, ct));
}

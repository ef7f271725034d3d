using SalesOps.Graph.Model;
using SalesOps.Graph.Store;

namespace SalesOps.Graph.Transfer;

/// <summary>What an import wrote: every account of the document, and which of them replaced one of the same id.</summary>
public sealed record ImportResult(IReadOnlyList<string> Imported, IReadOnlyList<string> Replaced);

/// <summary>
/// Writes a document's accounts, each in one store transaction: <see cref="IGraphStore.CreateAccountAsync"/>,
/// or <see cref="IGraphStore.ReplaceAccountAsync"/> for an id the store has (so a crash never leaves an
/// account deleted and its replacement unwritten). Everything that can be known before writing is checked
/// first, so a refused import writes nothing: the document against the rules, accounts that already exist
/// (a Conflict unless <c>replace</c>), and node or edge ids that another stored account already uses. Should
/// a write still fail or the caller cancel, the accounts written so far are undone, newest first: created
/// ones deleted, replaced ones put back (at version 1, as any created account).
/// </summary>
public static class Importer
{
    /// <param name="today">The importer's day: a held meeting or last contact after it is refused (<see cref="ImportRules"/>).</param>
    public static async Task<ImportResult> ImportAsync(IGraphStore store, ExportDocument document, bool replace, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var maps = ImportRules.Maps(document, today, ct);
        var importing = maps.Select(m => m.Account.Id).ToHashSet(StringComparer.Ordinal);
        var stored = (await store.ListAccountsAsync(ct)).Select(s => s.Account.Id).ToList();
        var taken = stored.Where(importing.Contains).Order(StringComparer.Ordinal).ToList();
        if (taken.Count > 0 && !replace)
            throw GraphException.Conflict(
                $"The store already has {(taken.Count == 1 ? "the account" : "the accounts")} {Names(taken)}. Nothing was imported; import with replace to overwrite {(taken.Count == 1 ? "it" : "them")}.");
        await CheckIdsFreeAsync(store, maps, stored.Where(id => !importing.Contains(id)), ct);

        var replaced = new Dictionary<string, AccountMap>(StringComparer.Ordinal);
        foreach (var id in taken)
        {
            if (await store.GetMapAsync(id, ct) is { } old) replaced[id] = old;
        }
        var order = ImportOrder.Of(maps, replaced);
        var written = new List<(string Id, AccountMap? Old)>();
        var step = "";
        try
        {
            foreach (var map in order)
            {
                ct.ThrowIfCancellationRequested();
                var id = map.Account.Id;
                var old = replaced.GetValueOrDefault(id);
                step = $"Writing the account '{id}'";
                await (old is null ? store.CreateAccountAsync(map, ct) : store.ReplaceAccountAsync(map, ct));
                written.Add((id, old));
            }
        }
        catch (Exception ex) when (ex is GraphException or OperationCanceledException)
        {
            var undone = await UndoAsync(store, written);
            if (ex is not GraphException ge) throw;
            throw new GraphException(ge.Error, $"{step} failed: {ge.Message} {undone}", ge.Field, ge.Current) { RetryAfter = ge.RetryAfter };
        }
        return new ImportResult([.. maps.Select(m => m.Account.Id)], [.. maps.Select(m => m.Account.Id).Where(replaced.ContainsKey)]);
    }

    /// <summary>Node and edge ids are unique across accounts in both stores; say which account holds one already.</summary>
    private static async Task CheckIdsFreeAsync(IGraphStore store, IReadOnlyList<AccountMap> maps, IEnumerable<string> others, CancellationToken ct)
    {
        var nodes = maps.SelectMany(m => m.Nodes.Select(n => (n.Id, Account: m.Account.Id))).ToDictionary(x => x.Id, x => x.Account, StringComparer.Ordinal);
        var edges = maps.SelectMany(m => m.Edges.Select(e => (e.Id, Account: m.Account.Id))).ToDictionary(x => x.Id, x => x.Account, StringComparer.Ordinal);
        foreach (var other in others)
        {
            if (await store.GetMapAsync(other, ct) is not { } map) continue;
            var node = map.Nodes.FirstOrDefault(n => nodes.ContainsKey(n.Id))?.Id;
            var edge = map.Edges.FirstOrDefault(e => edges.ContainsKey(e.Id))?.Id;
            if (node is null && edge is null) continue;
            var (what, id, mine) = node is not null ? ("node", node, nodes[node]) : ("edge", edge!, edges[edge!]);
            throw GraphException.Conflict(
                $"Account '{mine}': the {what} id '{id}' is already used by the stored account '{other}'; ids are unique across accounts. Nothing was imported.");
        }
    }

    /// <summary>Best effort, newest first, and not cancellable: a half-written import must not stay behind.</summary>
    private static async Task<string> UndoAsync(IGraphStore store, List<(string Id, AccountMap? Old)> written)
    {
        var left = new List<string>();
        var lost = new List<string>();
        foreach (var (id, old) in Enumerable.Reverse(written))
        {
            try
            {
                if (old is null) await store.DeleteAccountAsync(id, CancellationToken.None);
                else await store.ReplaceAccountAsync(old, CancellationToken.None);
            }
            catch (GraphException)
            {
                (old is null ? left : lost).Add(id);
            }
        }
        if (left.Count == 0 && lost.Count == 0)
            return written.Any(w => w.Old is not null) ? "Nothing was imported; the replaced accounts were put back." : "Nothing was imported.";
        return $"Undoing the import failed too: {(left.Count > 0 ? $"imported {Names(left)} remain" : "")}"
            + $"{(left.Count > 0 && lost.Count > 0 ? "; " : "")}{(lost.Count > 0 ? $"replaced {Names(lost)} are the imported ones still" : "")}. Check the store.";
    }

    internal static string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"'{id}'"));
}

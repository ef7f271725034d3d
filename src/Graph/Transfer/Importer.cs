using SalesOps.Graph.Model;
using SalesOps.Graph.Store;

namespace SalesOps.Graph.Transfer;

/// <summary>What an import wrote: every account of the document, and which of them replaced one of the same id.</summary>
public sealed record ImportResult(IReadOnlyList<string> Imported, IReadOnlyList<string> Replaced);

/// <summary>
/// Writes a document's accounts, each in one store transaction: with their change log when the document
/// carries one (formatVersion 2, <see cref="ImportHistory"/>), else as a first commit by the importer
/// (<see cref="IGraphStore.CreateAccountAsync(AccountMap, Author, CancellationToken)"/>); for an id the store
/// has, the same as a replace (<see cref="IGraphStore.ReplaceAccountAsync(AccountMap, Author, CancellationToken)"/>,
/// <see cref="IHistoryStore.ReplaceWithHistoryAsync"/>), so a crash never leaves an account deleted and its
/// replacement unwritten. Everything that can be known before writing is checked first, so a refused import
/// writes nothing: the document against the rules, its change logs, accounts that already exist (a Conflict
/// unless <c>replace</c>), and node or edge ids that another stored account already uses. Should a write still
/// fail or the caller cancel, the accounts written so far are undone, newest first: created ones deleted,
/// replaced ones put back with their history.
/// </summary>
public static class Importer
{
    /// <param name="today">The importer's day: a held meeting or last contact after it is refused (<see cref="ImportRules"/>).</param>
    public static Task<ImportResult> ImportAsync(IGraphStore store, ExportDocument document, bool replace, DateOnly today, CancellationToken ct) =>
        ImportAsync(store, document, replace, today, Author.Machine, DateTimeOffset.UtcNow, ct);

    /// <param name="by">Who imports: the author of each account's first commit (or of the commit that follows a log that does not lead to the map).</param>
    /// <param name="now">When, for that commit.</param>
    public static async Task<ImportResult> ImportAsync(IGraphStore store, ExportDocument document, bool replace, DateOnly today, Author by, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(by);
        var history = store as IHistoryStore;
        var ruled = ImportRules.Maps(document, today, ct);
        var accounts = ruled.Select((map, i) => history is not null && document.Accounts[i].Changes is { Count: > 0 }
            ? ImportHistory.Build(document.Accounts[i], i, map, by, now)
            : (Map: map, Log: (IReadOnlyList<Commit>?)null)).ToList();
        var maps = accounts.Select(a => a.Map).ToList();
        var logs = accounts.ToDictionary(a => a.Map.Account.Id, a => a.Log, StringComparer.Ordinal);
        var importing = maps.Select(m => m.Account.Id).ToHashSet(StringComparer.Ordinal);
        var stored = (await store.ListAccountsAsync(ct)).Select(s => s.Account.Id).ToList();
        var taken = stored.Where(importing.Contains).Order(StringComparer.Ordinal).ToList();
        if (taken.Count > 0 && !replace)
            throw GraphException.Conflict(Errors.Say(taken.Count == 1 ? "Import.Taken.One" : "Import.Taken.Many", Names(taken)));
        await CheckIdsFreeAsync(store, maps, stored.Where(id => !importing.Contains(id)), ct);

        var replaced = new Dictionary<string, AccountMap>(StringComparer.Ordinal);
        var oldLogs = new Dictionary<string, IReadOnlyList<Commit>?>(StringComparer.Ordinal);
        foreach (var id in taken)
        {
            if (await store.GetMapAsync(id, ct) is not { } old) continue;
            replaced[id] = old;
            oldLogs[id] = history is null ? null : await history.ChangesAsync(id, new ChangeQuery { UpTo = old.Version, Oldest = true }, ct);
        }
        var order = ImportOrder.Of(maps, replaced);
        var written = new List<(string Id, AccountMap? Old)>();
        var writing = "";
        try
        {
            foreach (var map in order)
            {
                ct.ThrowIfCancellationRequested();
                var id = map.Account.Id;
                var old = replaced.GetValueOrDefault(id);
                writing = id;
                await WriteAsync(store, map, logs[id], old is not null, by.As(ChangeKind.Import), ct);
                written.Add((id, old));
            }
        }
        catch (Exception ex) when (ex is GraphException or OperationCanceledException)
        {
            var undone = await UndoAsync(store, written, oldLogs);
            if (ex is not GraphException ge) throw;
            throw new GraphException(ge.Error, Errors.Say("Import.WriteFailed", writing, ge.Message, undone), ge.Field, ge.Current) { RetryAfter = ge.RetryAfter };
        }
        return new ImportResult([.. maps.Select(m => m.Account.Id)], [.. maps.Select(m => m.Account.Id).Where(replaced.ContainsKey)]);
    }

    /// <summary>One account in one store transaction (or unit): created or in place of the stored one, with its log when it brings one.</summary>
    private static Task WriteAsync(IGraphStore store, AccountMap map, IReadOnlyList<Commit>? log, bool replace, Author by, CancellationToken ct) =>
        (log, store, replace) switch
        {
            ({ Count: > 0 }, IHistoryStore history, false) => history.CreateWithHistoryAsync(map, log, ct),
            ({ Count: > 0 }, IHistoryStore history, true) => history.ReplaceWithHistoryAsync(map, log, ct),
            (_, _, false) => store.CreateAccountAsync(map, by, ct),
            _ => store.ReplaceAccountAsync(map, by, ct),
        };

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
            throw GraphException.Conflict(Errors.Say($"Import.IdStored.{what}", mine, id, other));
        }
    }

    /// <summary>Best effort, newest first, and not cancellable: a half-written import must not stay behind.</summary>
    private static async Task<string> UndoAsync(IGraphStore store, List<(string Id, AccountMap? Old)> written, Dictionary<string, IReadOnlyList<Commit>?> oldLogs)
    {
        var left = new List<string>();
        var lost = new List<string>();
        foreach (var (id, old) in Enumerable.Reverse(written))
        {
            try
            {
                if (old is null) await store.DeleteAccountAsync(id, CancellationToken.None);
                else await WriteAsync(store, old, oldLogs.GetValueOrDefault(id), replace: true, Author.Machine.As(ChangeKind.Import), CancellationToken.None);
            }
            catch (GraphException)
            {
                (old is null ? left : lost).Add(id);
            }
        }
        if (left.Count == 0 && lost.Count == 0)
            return Errors.Say(written.Any(w => w.Old is not null) ? "Import.Undone.PutBack" : "Import.Undone");
        var what = new List<string>();
        if (left.Count > 0) what.Add(Errors.Say("Import.UndoFailed.Left", Names(left)));
        if (lost.Count > 0) what.Add(Errors.Say("Import.UndoFailed.Lost", Names(lost)));
        return Errors.Say("Import.UndoFailed", string.Join("; ", what));
    }

    /// <summary>Account ids, each quoted as the reader's language quotes ('…', «…», „…“), comma-separated.</summary>
    internal static string Names(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => Errors.Say("Words.Quoted", id)));
}

using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// An imported account's change log, rebuilt from the document's records: versions rising, the first
/// commit a whole map, every element in it accepted by the rules (as of its own day: the history is
/// not checked against the importer's today), stamped with its commit's version and told what it
/// touched by replaying. When the replay does not give the document's map (a document edited by hand),
/// the importer's own commit, the document's map whole, follows, so that the log still leads to the map.
/// </summary>
public static class ImportHistory
{
    /// <returns>The map to write (the replay's, with its version stamps) and its log, oldest first.</returns>
    public static (AccountMap Map, IReadOnlyList<Commit> Log) Build(ExportedAccount entry, int index, AccountMap map, Author importer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(map);
        var records = entry.Changes ?? [];
        var id = map.Account.Id;
        var replay = new MapReplay(id);
        var log = new List<Commit>(records.Count + 1);
        for (var j = 0; j < records.Count; j++)
        {
            var path = $"accounts[{index}].changes[{j}]";
            var r = records[j] ?? throw GraphException.Invalid(Errors.Say("Import.Log.EmptyChange", id, j + 1), path);
            if (r.Version < 1 || (log.Count > 0 && r.Version <= log[^1].Version))
                throw GraphException.Invalid(Errors.Say("Import.Log.Order", id, r.Version, log.Count > 0 ? log[^1].Version : 0), $"{path}.version");
            var by = new Author(r.By?.UserId, Name(r, id, path)) { Kind = r.Kind, Of = r.Of };
            if (j == 0 && by.Kind is not (ChangeKind.Create or ChangeKind.Import or ChangeKind.Base))
                throw GraphException.Invalid(Errors.Say("Import.Log.Start", id, r.Kind), $"{path}.kind");
            var ops = Commit.Stamp([.. (r.Ops ?? []).Select((op, k) => Op(op, id, () => Errors.Say("Import.Where.Change", id, r.Version), $"{path}.ops[{k}]"))], r.Version);
            log.Add(replay.Told(new Commit(id, r.Version, ops) { By = by, At = r.At }));
        }
        var replayed = replay.ToMap();
        if (Same(replayed, map)) return (replayed, log);
        var version = (log.Count > 0 ? log[^1].Version : 0) + 1;
        var imported = Commit.Whole(map, version, importer.As(ChangeKind.Import), now);
        log.Add(imported);
        return (AccountMap.Empty(id).Apply(imported), log);
    }

    private static string Name(ChangeRecord r, string id, string path) =>
        r.By?.Name is { Length: > 0 } name ? name : throw GraphException.Invalid(Errors.Say("Import.Log.NoAuthor", id, r.Version), $"{path}.by.name");

    /// <param name="what">Which change, in the reader's words: looked up only for a refusal.</param>
    private static MapOp Op(OpRecord? op, string accountId, Func<string> what, string path)
    {
        try
        {
            return op switch
            {
                PutAccountRecord a when a.Account.Id != accountId => throw GraphException.Invalid(Errors.Say("Import.Log.ForeignAccount", a.Account.Id, accountId), "account.id"),
                PutAccountRecord a => new PutAccount(AccountRules.Create(a.Account.ToDraft(), a.Account.Id) with
                {
                    History = a.Account.History is { } h ? AccountRules.History([.. h.Select(x => x?.ToChange()!)]) : [],
                }),
                PutNodeRecord n => new PutNode(NodeRules.Create(n.Node.ToDraft())),
                PutEdgeRecord e => new PutEdge(EdgeRules.Create(e.Edge.ToDraft())),
                RemoveNodeRecord n => new RemoveNode(Ids(n.Id)),
                RemoveEdgeRecord e => new RemoveEdge(Ids(e.Id)),
                _ => throw GraphException.Invalid(Errors.Say("Import.Log.EmptyOp")),
            };
        }
        catch (GraphException ex)
        {
            throw GraphException.Invalid(Errors.Say("Import.At", what(), ex.Message), ex.Field is null ? path : $"{path}.{ex.Field}");
        }
    }

    private static string Ids(string id) => Model.Ids.IsValid(id) ? id : throw GraphException.Invalid(Errors.Say("Import.NotId", id), "id");

    /// <summary>The same map element for element, in the same order (versions aside): a re-export gives the same bytes.</summary>
    private static bool Same(AccountMap a, AccountMap b) =>
        ElementFields.Changes(a.Account, b.Account).Count == 0
        && a.Nodes.Count == b.Nodes.Count && a.Nodes.Zip(b.Nodes).All(p => p.First.Id == p.Second.Id && p.First.Kind == p.Second.Kind && ElementFields.Changes(p.First, p.Second).Count == 0)
        && a.Edges.Count == b.Edges.Count && a.Edges.Zip(b.Edges).All(p => (p.First.Id, p.First.Type, p.First.From, p.First.To) == (p.Second.Id, p.Second.Type, p.Second.From, p.Second.To) && ElementFields.Changes(p.First, p.Second).Count == 0);
}

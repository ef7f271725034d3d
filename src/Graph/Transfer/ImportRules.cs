using SalesOps.Graph.Model;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// Decides whether a document may be imported, with the real rules: each account is rebuilt from an
/// empty map by replaying <see cref="AccountRules.Create"/>, <see cref="NodeRules.Add"/> and
/// <see cref="EdgeRules.Connect"/> under the document's own ids. What the rules refuse is refused here,
/// as Invalid, naming the account and element and giving the JSON path as the field; the maps come back
/// as the rules built them (text trimmed, roles sorted: what a store exported is already in that form).
/// <c>today</c> is the importer's day: held meetings and last contacts after it are refused, as in the API.
/// Linear in the document (each element is one rule and a few lookups) and cancellable between elements.
/// </summary>
public static class ImportRules
{
    public static IReadOnlyList<AccountMap> Maps(ExportDocument document, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entries = document.Accounts;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { Account: not null, Nodes: not null, Edges: not null } entry
                || entry.Nodes.Any(n => n is null) || entry.Edges.Any(e => e is null))
                throw GraphException.Invalid(Errors.Say("Import.Incomplete", i), $"accounts[{i}]");
        }
        var nodeOwners = Owners(entries, a => a.Nodes.Select(n => n.Id), "node");
        Owners(entries, a => a.Edges.Select(e => e.Id), "edge");
        var accounts = new HashSet<string>(StringComparer.Ordinal);
        var maps = new List<AccountMap>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            if (!accounts.Add(entries[i].Account.Id))
                throw GraphException.Invalid(Errors.Say("Import.AccountTwice", entries[i].Account.Id), $"accounts[{i}].account.id");
            maps.Add(Replay(entries[i], i, nodeOwners, today, ct));
        }
        return maps;
    }

    private static AccountMap Replay(ExportedAccount entry, int i, Dictionary<string, string> nodeOwners, DateOnly today, CancellationToken ct)
    {
        var id = entry.Account.Id;
        string Where() => Errors.Say("Import.Where.Account", id);
        // Up front: an account past the limits is refused before a million elements are checked one by one.
        Rule(() => { Limits.Counts(entry.Nodes.Count, entry.Edges.Count, field: null); return true; }, Where, $"accounts[{i}]");
        var account = Rule(() => AccountRules.Create(entry.Account.ToDraft(), id), Where, $"accounts[{i}].account");
        // Create starts no history of its own here; the document's is restored as it was, once the rules accept it.
        if (entry.Account.History is { } history)
            account = account with
            {
                History = Rule(() => AccountRules.History([.. history.Select(h => h?.ToChange()!)]), Where, $"accounts[{i}].account"),
            };

        // Nodes, then edges, onto one map whose lists grow in place: its indexes take in what was
        // appended (AccountMap), so each rule sees everything accepted before it and a replay of n
        // elements costs n lookups, not n copies of the map.
        var nodes = new List<Node>(entry.Nodes.Count);
        var edges = new List<Edge>(entry.Edges.Count);
        var map = new AccountMap(account, nodes, edges);
        for (var j = 0; j < entry.Nodes.Count; j++)
        {
            if (j % 1024 == 0) ct.ThrowIfCancellationRequested();
            var n = entry.Nodes[j];
            var ops = Rule(() => NodeRules.Add(map, n.ToDraft(), today), () => Errors.Say("Import.Where.Node", id, n.Id), $"accounts[{i}].nodes[{j}]");
            nodes.AddRange(ops.OfType<PutNode>().Select(p => p.Node));
        }
        for (var j = 0; j < entry.Edges.Count; j++)
        {
            if (j % 1024 == 0) ct.ThrowIfCancellationRequested();
            var e = entry.Edges[j];
            string What() => Errors.Say("Import.Where.Edge", id, e.Id, e.Type, e.From, e.To);
            var path = $"accounts[{i}].edges[{j}]";
            foreach (var (end, field) in new[] { (e.From, "from"), (e.To, "to") })
            {
                if (end is not null && nodeOwners.TryGetValue(end, out var owner) && owner != id)
                    throw GraphException.Invalid(Errors.Say("Import.ForeignNode", What(), end, owner), $"{path}.{field}");
            }
            var ops = Rule(() => EdgeRules.Connect(map, e.ToDraft(), today), What, path);
            edges.AddRange(ops.OfType<PutEdge>().Select(p => p.Edge));
        }
        return new AccountMap(account, nodes, [.. edges]);
    }

    /// <summary>Ids are unique across the whole store, so across the document too.</summary>
    private static Dictionary<string, string> Owners(IReadOnlyList<ExportedAccount> entries, Func<ExportedAccount, IEnumerable<string>> ids, string what)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var id in ids(entry))
            {
                if (owners.TryAdd(id, entry.Account.Id)) continue;
                var other = owners[id];
                throw GraphException.Invalid(other == entry.Account.Id
                    ? Errors.Say($"Import.IdTwice.{what}", other, id)
                    : Errors.Say($"Import.IdShared.{what}", id, other, entry.Account.Id));
            }
        }
        return owners;
    }

    /// <param name="what">Where in the document, in the reader's words: looked up only for a refusal, not for every element that passes.</param>
    private static T Rule<T>(Func<T> rule, Func<string> what, string path)
    {
        try
        {
            return rule();
        }
        catch (GraphException ex)
        {
            // Inside a document every refusal is a fault of the document (400), whatever the rule called it.
            throw GraphException.Invalid(Errors.Say("Import.At", what(), ex.Message), ex.Field is null ? path : $"{path}.{ex.Field}");
        }
    }
}

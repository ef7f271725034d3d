using SalesOps.Graph.Model;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// The order an import writes its accounts in. Each account is written in a transaction of its own, and
/// ids are unique across accounts, so an account that takes over an id a replaced account holds today
/// goes after that account's replacement (which frees the id). Otherwise document order. Ids that would
/// have to move both ways between replaced accounts cannot be written one account at a time: refused
/// before anything is written.
/// </summary>
internal static class ImportOrder
{
    public static IReadOnlyList<AccountMap> Of(IReadOnlyList<AccountMap> maps, IReadOnlyDictionary<string, AccountMap> replaced)
    {
        // Who holds each id today, among the accounts being replaced.
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, old) in replaced)
        {
            foreach (var n in old.Nodes) holders[n.Id] = id;
            foreach (var e in old.Edges) holders[e.Id] = id;
        }
        var waitsFor = maps.ToDictionary(m => m.Account.Id, m => m.Nodes.Select(n => n.Id).Concat(m.Edges.Select(e => e.Id))
            .Select(x => holders.GetValueOrDefault(x)).OfType<string>().Where(h => h != m.Account.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var order = new List<AccountMap>(maps.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var left = maps.ToList();
        while (left.Count > 0)
        {
            // Holders outside the document are not being rewritten here: their ids were checked free before.
            var next = left.FirstOrDefault(m => waitsFor[m.Account.Id].All(h => done.Contains(h) || !waitsFor.ContainsKey(h)));
            if (next is null)
                throw GraphException.Conflict(Errors.Say("Import.Swap", Importer.Names(left.Select(m => m.Account.Id).Order(StringComparer.Ordinal))));
            order.Add(next);
            done.Add(next.Account.Id);
            left.Remove(next);
        }
        return order;
    }
}

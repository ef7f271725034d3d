using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>
/// Grows an account map through the real rules, so demo maps are valid by construction. Ids come
/// from the seeded random instead of the rules' own generator, which keeps the output reproducible.
/// </summary>
internal sealed class MapBuilder(Account account, Random random)
{
    public AccountMap Map { get; private set; } = new(account, [], []);

    public string Add(NodeDraft draft)
    {
        var id = Ids.New(Prefix(draft.Kind), random);
        Map = Apply(Map, NodeRules.Add(Map, draft with { Id = id }));
        return id;
    }

    public void Connect(EdgeDraft draft) =>
        Map = Apply(Map, EdgeRules.Connect(Map, draft with { Id = Ids.New("e", random) }));

    public void Update(string edgeId, EdgePatch patch) =>
        Map = Apply(Map, EdgeRules.Update(Map, edgeId, patch));

    /// <summary>Replaces the account record, e.g. to give it a position history.</summary>
    public void SetAccount(Account updated) => Map = new AccountMap(updated, Map.Nodes, Map.Edges);

    public bool Has(EdgeType type, string from, string to) =>
        Map.Edges.Any(e => e.Type == type && e.From == from && e.To == to);

    /// <summary>The rules' prefixes for the map's own kinds; plan items get their own so their ids read well.</summary>
    private static string Prefix(NodeKind kind) => kind switch
    {
        NodeKind.Meeting => "m",
        NodeKind.Concern => "cn",
        NodeKind.Argument => "ar",
        _ => Ids.Prefix(kind),
    };

    /// <summary>Folds the ops into new lists; a fresh record also drops the map's lookup cache.</summary>
    private static AccountMap Apply(AccountMap map, IReadOnlyList<MapOp> ops)
    {
        var account = map.Account;
        var nodes = map.Nodes.ToList();
        var edges = map.Edges.ToList();
        foreach (var op in ops)
        {
            switch (op)
            {
                case PutAccount a: account = a.Account; break;
                case PutNode n: Put(nodes, n.Node, x => x.Id == n.Node.Id); break;
                case PutEdge e: Put(edges, e.Edge, x => x.Id == e.Edge.Id); break;
                case RemoveEdge r: edges.RemoveAll(x => x.Id == r.EdgeId); break;
                case RemoveNode r: nodes.RemoveAll(x => x.Id == r.NodeId); break;
                default: throw new InvalidOperationException($"Unexpected op {op.GetType().Name}.");
            }
        }
        return new AccountMap(account, nodes, edges);
    }

    private static void Put<T>(List<T> items, T item, Predicate<T> same)
    {
        var i = items.FindIndex(same);
        if (i < 0) items.Add(item);
        else items[i] = item;
    }
}

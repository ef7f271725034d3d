using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>
/// Grows an account map through the real rules, so demo maps are valid by construction. Ids come
/// from the seeded random instead of the rules' own generator, which keeps the output reproducible;
/// the reference date is the rules' today (no held meeting or last contact after it).
/// </summary>
internal sealed class MapBuilder(Account account, Random random, DateOnly today)
{
    public AccountMap Map { get; private set; } = new(account, [], []);

    public string Add(NodeDraft draft)
    {
        var id = Ids.New(Ids.Prefix(draft.Kind), random);
        Map = Map.With(NodeRules.Add(Map, draft with { Id = id }, today));
        return id;
    }

    public void Connect(EdgeDraft draft) =>
        Map = Map.With(EdgeRules.Connect(Map, draft with { Id = Ids.New("e", random) }, today));

    public void Update(string edgeId, EdgePatch patch) =>
        Map = Map.With(EdgeRules.Update(Map, edgeId, patch, today));

    /// <summary>Replaces the account record, e.g. to give it a position history.</summary>
    public void SetAccount(Account updated) => Map = new AccountMap(updated, Map.Nodes, Map.Edges);

    public bool Has(EdgeType type, string from, string to) =>
        Map.Edges.Any(e => e.Type == type && e.From == from && e.To == to);
}

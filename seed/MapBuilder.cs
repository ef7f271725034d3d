using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>
/// Grows an account map through the real rules, so generated maps are valid by construction. Ids come
/// from a seeded random instead of the rules' own generator, which keeps the output reproducible; the
/// reference date is the rules' today (no held meeting or last contact after it).
/// Like the importer, it appends to one map whose indexes take in what was appended, so each rule
/// sees everything before it and a map of n elements costs n rule calls, not n copies of the map.
/// </summary>
internal sealed class MapBuilder
{
    private readonly Random _ids;
    private readonly DateOnly _today;
    private readonly List<Node> _nodes = [];
    private readonly List<Edge> _edges = [];

    /// <param name="ids">Where ids come from: the content's own random (demo data) or one of their own (training sets).</param>
    public MapBuilder(Account account, Random ids, DateOnly today)
    {
        (_ids, _today) = (ids, today);
        Map = new AccountMap(account, _nodes, _edges);
    }

    /// <summary>The map so far. Its lists grow with the builder: read what you need before adding more.</summary>
    public AccountMap Map { get; private set; }

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _edges.Count;

    public string Add(NodeDraft draft)
    {
        var id = Ids.New(Ids.Prefix(draft.Kind), _ids);
        foreach (var op in NodeRules.Add(Map, draft with { Id = id }, _today))
            _nodes.Add(((PutNode)op).Node); // no functionId in a generated draft: a node add is one op
        return id;
    }

    public void Connect(EdgeDraft draft)
    {
        foreach (var op in EdgeRules.Connect(Map, draft with { Id = Ids.New("e", _ids) }, _today))
            _edges.Add(((PutEdge)op).Edge);
    }

    /// <summary>Edits in place, all decided on the map before them; the indexes are rebuilt once, on the next lookup.</summary>
    public void Update(IReadOnlyList<(string EdgeId, EdgePatch Patch)> edits)
    {
        if (edits.Count == 0) return;
        var updated = edits.Select(x => ((PutEdge)EdgeRules.Update(Map, x.EdgeId, x.Patch, _today).Single()).Edge).ToDictionary(e => e.Id, StringComparer.Ordinal);
        for (var i = 0; i < _edges.Count; i++)
            if (updated.TryGetValue(_edges[i].Id, out var edge)) _edges[i] = edge;
        Map = new AccountMap(Map.Account, _nodes, _edges);
    }

    /// <summary>Replaces the account record, e.g. to give it a position history.</summary>
    public void SetAccount(Account updated) => Map = Map with { Account = updated }; // same lists: the indexes stay

    public bool Has(EdgeType type, string from, string to) => Map.Between(type, from, to) is not null;

    /// <summary>The finished map, on lists of its own that no longer grow.</summary>
    public AccountMap Build() => new(Map.Account, [.. _nodes], [.. _edges]);
}

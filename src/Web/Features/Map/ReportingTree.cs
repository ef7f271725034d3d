using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// The solid reporting lines among the customer's people as a forest, everything in one fixed order: by function
/// (by name, people in no function last), then level, name and id. The layout reads it; it decides nothing.
/// </summary>
internal sealed class ReportingTree
{
    private readonly Dictionary<string, string> _manager = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _kids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _function = new(StringComparer.Ordinal);

    /// <summary>Every person, in the order.</summary>
    public IReadOnlyList<string> People { get; }

    /// <summary>
    /// Where each function's drawing starts: its people whose manager is in another function or who have none,
    /// by function key ("" for none), functions in the order.
    /// </summary>
    public IReadOnlyList<(string Function, IReadOnlyList<string> Roots)> RootsByFunction { get; }

    private ReportingTree(AccountMap map)
    {
        var people = map.OfKind(NodeKind.Person).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var rank = map.OfKind(NodeKind.Function).OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        foreach (var id in people.Keys)
            _function[id] = map.FunctionOf(id) is { } f && rank.ContainsKey(f) ? f : "";
        People = [.. people.Values
            .OrderBy(p => rank.TryGetValue(_function[p.Id], out var r) ? r : int.MaxValue).ThenBy(p => p.Level ?? Level.Specialist)
            .ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Id)];

        foreach (var e in map.Edges)
        {
            if (e.Type == EdgeType.REPORTS_TO && !e.Dotted && e.From != e.To && people.ContainsKey(e.From) && people.ContainsKey(e.To))
                _manager.TryAdd(e.From, e.To);
        }
        foreach (var id in People)
        {
            _kids[id] = [];
            if (_manager.TryGetValue(id, out var boss) && !_kids.ContainsKey(boss)) _kids[boss] = [];
        }
        foreach (var id in People.Where(_manager.ContainsKey)) _kids[_manager[id]].Add(id);

        // A function's drawing starts at its people whose manager is elsewhere (or who have none); someone still
        // unreached sits in a reporting cycle (the rules forbid one, imported data might hold one) and starts one too.
        var roots = People.Where(p => Manager(p) is not { } boss || _function[boss] != _function[p]).ToList();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        void Reach(string id)
        {
            if (!reached.Add(id)) return;
            foreach (var kid in KidsAlike(id)) Reach(kid);
        }
        foreach (var root in roots) Reach(root);
        foreach (var stuck in People.Where(p => !reached.Contains(p)).ToList())
        {
            if (reached.Contains(stuck)) continue;
            roots.Add(stuck);
            Reach(stuck);
        }
        var cycleRoots = roots.ToHashSet(StringComparer.Ordinal);
        RootsByFunction = [.. People.Where(cycleRoots.Contains).GroupBy(FunctionKey, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g]))];
    }

    public static ReportingTree Of(AccountMap map) => new(map);

    public string FunctionKey(string personId) => _function[personId];

    public string? Manager(string personId) => _manager.GetValueOrDefault(personId);

    /// <summary>The people who report to this one, of every function.</summary>
    public IReadOnlyList<string> Kids(string personId) => _kids[personId];

    /// <summary>The people who report to this one in the same function: the ones drawn below them in the function's block.</summary>
    public IEnumerable<string> KidsAlike(string personId) => _kids[personId].Where(k => _function[k] == _function[personId]);
}

using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>Answers "how do we reach the decision maker?" for one account snapshot.</summary>
public static class ReachEngine
{
    /// <summary>The paths, or why there are none, in the words of <paramref name="text"/> (the reader's language); the cache holds no words.</summary>
    public static ReachAnswer Find(AccountMap map, ReachQuery query, IStringLocalizer text, ReachGraphCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(text);
        var limits = Limits(query);
        var graph = cache?.Get(map) ?? ReachGraph.Build(map);
        var (sources, fromWords) = Sources(map, graph, query.From, text);
        var (targets, role) = Targets(map, graph, query.To);
        if (NothingToSearch(query.To, targets.Length, sources.Length, text) is { } nothing) return new([], nothing);

        var paths = graph.TopK(sources, targets, query.K, limits);
        if (paths.Count > 0) return new([.. paths.Select(p => ReachWords.Path(graph, p, text))], null);
        return new([], ReachWords.WhyNot(graph, sources, targets, limits, fromWords, ReachWords.Targets(graph, targets, role, text), text));
    }

    /// <summary>Checks a query's options and turns them into search limits; throws Invalid naming the field.</summary>
    public static ReachLimits Limits(ReachQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enum.IsDefined(query.Mode)) throw GraphException.Invalid(Errors.Say("Reach.NotMode", query.Mode), "mode");
        if (query.K is < 1 or > ReachGraph.MaxK)
            throw GraphException.Invalid(Errors.Say("Reach.K", ReachGraph.MaxK, query.K), "k");
        if (query.MaxHops is < 1 or > ReachLimits.MaxHopsLimit)
            throw GraphException.Invalid(Errors.Say("Reach.MaxHops", ReachLimits.MaxHopsLimit, query.MaxHops), "maxHops");
        var avoid = query.Avoid ?? [Stance.Detractor];
        foreach (var s in avoid)
            if (!Enum.IsDefined(s)) throw GraphException.Invalid(Errors.Say("Reach.Not.stance", s, string.Join(", ", Enum.GetNames<Stance>())), "avoid");
        var types = query.EdgeTypes ?? [EdgeType.TALKS_WITH, EdgeType.INFLUENCES, EdgeType.REPORTS_TO];
        foreach (var t in types)
            if (!Enum.IsDefined(t) || t == EdgeType.WORKS_IN)
                throw GraphException.Invalid(Errors.Say("Reach.PathType", t), "edgeTypes");
        if (!types.Contains(EdgeType.TALKS_WITH))
            throw GraphException.Invalid(Errors.Say("Reach.NeedsTalks"), "edgeTypes");
        return new ReachLimits(query.Mode, query.MaxHops, ReachLimits.MaskOf(avoid), ReachLimits.MaskOf(types));
    }

    /// <summary>Stance names as the API receives them ("detractor", "Skeptic"); throws Invalid on an unknown one.</summary>
    public static IReadOnlyCollection<Stance>? ParseStances(IEnumerable<string>? names) =>
        names?.Select(n => Parse<Stance>(n, "avoid", "stance")).Distinct().ToArray();

    /// <summary>Edge type names ("INFLUENCES", "reports-to"); throws Invalid on an unknown one.</summary>
    public static IReadOnlyCollection<EdgeType>? ParseEdgeTypes(IEnumerable<string>? names) =>
        names?.Select(n => Parse<EdgeType>(n?.Replace('-', '_'), "edgeTypes", "edge type")).Distinct().ToArray();

    public static ReachMode ParseMode(string? name) =>
        string.IsNullOrWhiteSpace(name) ? ReachMode.Strongest : Parse<ReachMode>(name, "mode", "mode");

    private static T Parse<T>(string? name, string field, string what) where T : struct, Enum
    {
        var n = name?.Trim();
        // Enum.TryParse also takes numbers; only names are part of the vocabulary.
        if (string.IsNullOrEmpty(n) || !n.All(c => char.IsAsciiLetter(c) || c == '_') || !Enum.TryParse<T>(n, true, out var value))
            throw GraphException.Invalid(Errors.Say($"Reach.Not.{what}", name, string.Join(", ", Enum.GetNames<T>())), field);
        return value;
    }

    private static (int[] Indexes, string Words) Sources(AccountMap map, ReachGraph graph, string? from, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(from)) throw GraphException.Invalid(Errors.Say("Reach.FromRequired"), "from");
        if (from == ReachQuery.All) return (graph.CounterpartIndexes, text["Reach.Unreachable.FromAll"]);
        var node = map.Find(from) ?? throw GraphException.NotFound(Errors.Say("Reach.NoCounterpart", from, map.Account.Name));
        if (node.Kind != NodeKind.Counterpart)
            throw GraphException.Invalid(Errors.Say("Reach.FromNotOurs", node.Name, Errors.Say($"Kind.{node.Kind}.Lower")), "from");
        return ([graph.IndexOf(node.Id)], node.Name);
    }

    /// <summary>Why there is no search to run at all: no target marked, or nobody of ours; null when there is one.</summary>
    internal static string? NothingToSearch(string to, int targets, int sources, IStringLocalizer text) =>
        targets == 0 ? text[to == ReachQuery.Signer ? "Reach.NoSigner" : "Reach.NoDecisionMaker"].Value
        : sources == 0 ? text["Reach.NobodyOfOurs"].Value
        : null;

    /// <summary>The target indexes of 'to' (a person id, decision-makers or signer); throws NotFound or Invalid naming the field.</summary>
    internal static (int[] Indexes, BuyingRole? Role) Targets(AccountMap map, ReachGraph graph, string? to)
    {
        if (string.IsNullOrWhiteSpace(to)) throw GraphException.Invalid(Errors.Say("Reach.ToRequired"), "to");
        var role = to switch { ReachQuery.DecisionMakers => BuyingRole.DecisionMaker, ReachQuery.Signer => BuyingRole.Signer, _ => (BuyingRole?)null };
        if (role is { } r) return (graph.RoleIndexes(r), r);
        var node = map.Find(to) ?? throw GraphException.NotFound(Errors.Say("Reach.NoPerson", to, map.Account.Name));
        if (node.Kind != NodeKind.Person)
            throw GraphException.Invalid(Errors.Say("Reach.ToNotPerson", node.Name, Errors.Say($"Kind.{node.Kind}.Lower")), "to");
        return ([graph.IndexOf(node.Id)], null);
    }
}

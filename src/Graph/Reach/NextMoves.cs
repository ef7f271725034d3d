using System.Diagnostics;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Graph.Reach;

/// <summary>
/// Next moves: the single new or stronger TALKS_WITH that would raise our best way in the most.
/// Why one search is enough: a TALKS_WITH is only ever a path's first hop (nothing leads into one of
/// ours), so the paths a move c→p at strength s adds are exactly c→p followed by a path from p that
/// never comes back to c; the best of them is s/5 · best(p), best(p) being p's strongest path into
/// the targets within maxHops − 1 hops. One backward search from the targets gives best(p) for every
/// person at once, under the same avoid and edge-type limits, so every candidate costs one product:
/// someone behind an avoided stance has no way on, and a move to them gains nothing (a target itself
/// is never avoided, as in the reach engine). Only the moves kept are then put into paths and words.
/// </summary>
public static class NextMoves
{
    public const int MaxK = 50;

    /// <summary>The <paramref name="k"/> moves that would most improve our way to the decision makers, with default options.</summary>
    public static IReadOnlyList<NextMove> Top(AccountMap map, IStringLocalizer text, int k = 3, ReachGraphCache? cache = null) =>
        Find(map, new NextMovesQuery(K: k), text, cache, weaker: false).Moves;

    /// <summary>The moves, each in the words of <paramref name="text"/> (the reader's language); the cache holds no words.</summary>
    public static NextMovesAnswer Find(AccountMap map, NextMovesQuery query, IStringLocalizer text, ReachGraphCache? cache = null) =>
        Find(map, query, text, cache, weaker: true);

    /// <summary>With <paramref name="weaker"/> false, the decision makers reached less well are not looked for (<see cref="Top"/> shows moves only).</summary>
    private static NextMovesAnswer Find(AccountMap map, NextMovesQuery query, IStringLocalizer text, ReachGraphCache? cache, bool weaker)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(text);
        if (query.K is < 1 or > MaxK) throw GraphException.Invalid(Errors.Say("Reach.K", MaxK, query.K), "k");
        if (query.Strength is < 1 or > 5)
            throw GraphException.Invalid(Errors.Say("Reach.Strength", query.Strength), "strength");
        var reach = query.Reach;
        var limits = ReachEngine.Limits(reach);
        var graph = cache?.Get(map) ?? ReachGraph.Build(map);
        var (targets, role) = ReachEngine.Targets(map, graph, query.To);
        var ours = graph.CounterpartIndexes;
        if (ReachEngine.NothingToSearch(query.To, targets.Length, ours.Length, text) is { } nothing) return new(WayIn.None, [], nothing);

        var today = graph.Best(ours, targets, limits);
        var baseline = today is null ? WayIn.None : new WayIn(today.Strength, ReachWords.Path(graph, today, text));
        var target = role is null ? graph.NodeAt(targets[0]).Name : null;
        var below = weaker ? Weaker(graph, ours, targets, limits, baseline.Strength) : [];
        var ranked = Rank(map, graph, targets, limits, query, today is null ? 0 : Scaled(today.Product, today.Hops, limits.MaxHops));
        if (ranked.Count == 0) return new(baseline, [], NextMoveWords.NothingBetter(text, baseline.Strength, target)) { Weaker = below };
        var newEdgeId = Sketch.NewEdgeId(map);
        var moves = ranked.Select(c => Describe(graph, c, newEdgeId, targets, limits, baseline, target, text)).ToArray();
        return new(baseline, moves, null) { Weaker = below };
    }

    /// <summary>
    /// Up to this many people holding the role, the weaker-reached of them are named (one forward search each). A
    /// buying center has one to three decision makers; generated stress accounts have hundreds, whom nobody reads.
    /// </summary>
    public const int WeakerUpTo = 10;

    /// <summary>The targets our best way to is weaker than the best way in, weakest first.</summary>
    private static WeakerTarget[] Weaker(ReachGraph graph, int[] ours, int[] targets, ReachLimits limits, double best)
    {
        if (targets.Length is < 2 or > WeakerUpTo) return [];
        return [.. targets.Select(t => (node: graph.NodeAt(t), strength: graph.Best(ours, [t], limits)?.Strength ?? 0))
            .Where(x => x.strength < best)
            .OrderBy(x => x.strength).ThenBy(x => x.node.Name, StringComparer.CurrentCulture).ThenBy(x => x.node.Id, StringComparer.Ordinal)
            .Select(x => new WeakerTarget(x.node.Id, x.node.Name, x.strength))];
    }

    /// <summary>
    /// What making the move real takes: the edit to commit. A new TALKS_WITH, or the existing one at the move's
    /// strength and active (a planned one taken up, a dormant one worked again).
    /// </summary>
    public static IReadOnlyList<MapOp> Make(AccountMap map, NextMove move)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(move);
        if (move.EdgeId is null) return EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = move.From, To = move.To, Strength = move.Strength });
        return EdgeRules.Update(map, move.EdgeId, new EdgePatch { Strength = move.Strength, Status = RelationshipStatus.Active });
    }

    /// <summary>A path's strength as the exact integer K = product · 5^(maxHops − hops), as the search keeps it.</summary>
    private static long Scaled(long product, int hops, int maxHops) => product * ReachGraph.Powers[maxHops - hops];

    /// <summary>One candidate: counterpart and person indexes, assumed strength, the exact strength after, its hops.</summary>
    private readonly record struct Candidate(int From, int To, int Strength, long After, int Hops, PeerFit Fit, Edge? Existing);

    private static List<Candidate> Rank(AccountMap map, ReachGraph graph, int[] targets, ReachLimits limits, NextMovesQuery query, long baseline)
    {
        var n = graph.NodeCount;
        var products = new long[n];
        var hops = new int[n];
        graph.StrongestIntoAny(targets, limits with { MaxHops = limits.MaxHops - 1 }, products, hops);
        // best(p) scaled to 5^(maxHops − 1): a move at strength s then gives K = s · onward exactly.
        var people = new List<(int Person, long Onward)>(n);
        for (var p = 0; p < n; p++)
            if (products[p] > 0 && !graph.IsCounterpart(p)) people.Add((p, Scaled(products[p], hops[p], limits.MaxHops - 1)));
        // No move to p can give more than 5 · onward: people are taken in that order, and once even that cannot
        // reach the k-th best move found so far (or beat today's way in), nobody further on can.
        people.Sort((a, b) => a.Onward != b.Onward ? b.Onward.CompareTo(a.Onward) : a.Person.CompareTo(b.Person));
        var talks = Talks(map, graph);
        // The strongest move any of ours could make to each person: the assumed strength, or more where a relationship exists.
        var strongest = new int[n];
        foreach (var ((_, p), e) in talks) strongest[p] = Math.Max(strongest[p], Assumed(e, query.Strength));
        // The k best so far, the worst of them on top: a candidate enters by beating it in the full order.
        var best = new PriorityQueue<Candidate, Candidate>(query.K + 1, Comparer<Candidate>.Create((a, b) => Better(b, a)));
        // Ties with the k-th best still count: peer fit, hops and ids decide between them.
        bool Matters(long after) => after > baseline && (best.Count < query.K || after >= best.Peek().After);
        foreach (var (p, onward) in people)
        {
            if (!Matters(5 * onward)) break;
            if (!Matters(Math.Max(query.Strength, strongest[p]) * onward)) continue;
            var theirs = graph.NodeAt(p).Level;
            foreach (var c in graph.CounterpartIndexes)
            {
                var existing = talks.GetValueOrDefault((c, p));
                var strength = Assumed(existing, query.Strength);
                var after = strength * onward;
                if (!Matters(after)) continue;
                var candidate = new Candidate(c, p, strength, after, hops[p] + 1, ContactMatrix.Fit(graph.NodeAt(c).Level, theirs), existing);
                best.Enqueue(candidate, candidate);
                if (best.Count > query.K) best.Dequeue();
            }
        }
        var ranked = best.UnorderedItems.Select(x => x.Element).ToList();
        ranked.Sort(Better);
        return ranked;
    }

    /// <summary>
    /// A new relationship is assumed at the strength asked for; an existing one weaker than that is raised
    /// to it, one already as strong grows one step (nothing beyond 5). A planned one counts as new. 0: no move.
    /// </summary>
    private static int Assumed(Edge? existing, int strength)
    {
        if (existing is null || existing.Status == RelationshipStatus.Planned) return strength;
        var today = existing.Strength ?? 3;
        return today >= 5 ? 0 : Math.Max(strength, today + 1);
    }

    /// <summary>
    /// Stronger after first; then better peer fit (peer, one level apart, two or more, then levels not known:
    /// a fit we can vouch for comes first), fewer hops, then the ids of ours and theirs (indexes are in id order).
    /// </summary>
    private static int Better(Candidate a, Candidate b)
    {
        var c = b.After.CompareTo(a.After);
        // As ints: Enum.CompareTo takes an object and would box both sides on every comparison.
        if (c == 0) c = ((int)a.Fit).CompareTo((int)b.Fit);
        if (c == 0) c = a.Hops.CompareTo(b.Hops);
        if (c == 0) c = a.From.CompareTo(b.From);
        return c != 0 ? c : a.To.CompareTo(b.To);
    }

    /// <summary>Every TALKS_WITH by (ours, theirs); of duplicates an imported map may hold, a used (non-planned) and stronger one wins.</summary>
    private static Dictionary<(int, int), Edge> Talks(AccountMap map, ReachGraph graph)
    {
        var talks = new Dictionary<(int, int), Edge>();
        foreach (var e in map.Edges)
        {
            if (e.Type != EdgeType.TALKS_WITH) continue;
            var from = graph.IndexOf(e.From);
            var to = graph.IndexOf(e.To);
            if (from < 0 || to < 0) continue;
            if (!talks.TryGetValue((from, to), out var old) || Rank(e) > Rank(old)) talks[(from, to)] = e;
        }
        return talks;

        static int Rank(Edge e) => (e.Status == RelationshipStatus.Planned ? 0 : 10) + (e.Strength ?? 3);
    }

    /// <summary>
    /// The move in words, with its path after. Among the paths the move adds, the engine would pick by strength,
    /// hops, then node ids after the shared c→p: exactly the forward search's order from p, so one search from p
    /// (within maxHops − 1) gives the path the reach panel will show once the relationship is real.
    /// </summary>
    private static NextMove Describe(ReachGraph graph, Candidate c, string newEdgeId, int[] targets, ReachLimits limits, WayIn baseline, string? target,
        IStringLocalizer text)
    {
        var ours = graph.NodeAt(c.From);
        var theirs = graph.NodeAt(c.To);
        var onward = c.Hops == 1
            ? new IndexPath([c.To], [], 1)
            : graph.Best([c.To], targets, limits with { MaxHops = limits.MaxHops - 1 }) ?? throw new UnreachableException("The backward search found a way on.");
        var stronger = c.Existing is { Status: not RelationshipStatus.Planned };
        var talk = new AssumedTalk(c.From, c.Existing?.Id ?? newEdgeId, c.Strength);
        var path = ReachWords.Path(graph, onward, text, talk);
        var facts = new MoveFacts
        {
            Ours = ours.Name, OursLevel = ours.Level, OursRole = ours.TeamRole,
            Theirs = theirs.Name, TheirsTitle = theirs.Title, TheirsLevel = theirs.Level, TheirsStance = theirs.Stance, TheirsRoles = theirs.Roles,
            Kind = stronger ? MoveKind.Stronger : MoveKind.New, Planned = c.Existing is not null && !stronger,
            StrengthBefore = stronger ? c.Existing!.Strength ?? 3 : null, Strength = c.Strength,
            Before = baseline.Strength, After = path.Strength, Fit = c.Fit, Target = target,
        };
        return new NextMove
        {
            From = ours.Id, To = theirs.Id, Kind = facts.Kind, Strength = c.Strength,
            Gain = path.Strength - baseline.Strength, After = new WayIn(path.Strength, path),
            Explanation = NextMoveWords.Sentence(text, facts), EdgeId = c.Existing?.Id, StrengthBefore = facts.StrengthBefore, Fit = c.Fit,
        };
    }
}

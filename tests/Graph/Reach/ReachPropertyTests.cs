using CsCheck;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>The engine against brute-force enumeration on random small maps (cycles, parallel edges, ties, planned contacts).</summary>
public sealed class ReachPropertyTests
{
    // Ids whose ordinal order differs from the order they are created in, so tie-breaks are really exercised.
    private static readonly string[] PersonIds = ["pk", "pb", "pz", "pa", "pm", "pc", "py", "pd", "pq"];
    private static readonly string[] CounterpartIds = ["cm", "ca", "cz"];

    public sealed record Scenario(AccountMap Map, ReachQuery Query)
    {
        public override string ToString() =>
            $"{Query with { Avoid = null, EdgeTypes = null }} avoid=[{string.Join(",", Query.Avoid ?? [])}] types=[{string.Join(",", Query.EdgeTypes ?? [])}]\n" +
            string.Join("\n", Map.Nodes.Select(n => $"  {n.Id} {n.Kind} {n.Stance} [{string.Join(",", n.Roles)}]")) + "\n" +
            string.Join("\n", Map.Edges.Select(e => $"  {e.Id} {e.From} -{e.Type}/{e.Strength?.ToString() ?? "-"}/{e.Status}-> {e.To}"));
    }

    private static readonly Gen<(int Type, int From, int To, int Strength, int Extra)> RawEdge =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 11], Gen.Int[0, 11], Gen.Int[0, 5], Gen.Int[0, 2]);

    private static readonly Gen<AccountMap> Maps =
        Gen.Select(Gen.Int[1, 9], Gen.Int[1, 3], Gen.Int[0, 5].Array[9], Gen.Int[0, 7].Array[9], RawEdge.Array[4, 36], BuildMap);

    private static Gen<Scenario> Scenarios(int minK, int maxK) =>
        Gen.Select(Maps, Gen.Int[0, 3], Gen.Int[0, 11], Gen.Bool, Gen.Int[minK, maxK], Gen.Int[1, 7], Gen.Int[0, 7], Gen.Int[0, 5],
            (map, from, to, shortest, k, maxHops, avoid, types) =>
            {
                var counterparts = map.Nodes.Where(n => n.Kind == NodeKind.Counterpart).ToArray();
                var people = map.Nodes.Where(n => n.Kind == NodeKind.Person).ToArray();
                var query = new ReachQuery(
                    From: from == 0 ? ReachQuery.All : counterparts[(from - 1) % counterparts.Length].Id,
                    To: to switch { 0 => ReachQuery.DecisionMakers, 1 => ReachQuery.Signer, _ => people[to % people.Length].Id },
                    Mode: shortest ? ReachMode.Shortest : ReachMode.Strongest,
                    K: k,
                    MaxHops: maxHops,
                    Avoid: avoid switch
                    {
                        3 => [],
                        4 => [Stance.Detractor, Stance.Skeptic],
                        5 => [Stance.Unknown],
                        6 => [Stance.Neutral],
                        7 => [Stance.Champion, Stance.Supporter],
                        _ => null,
                    },
                    EdgeTypes: types switch
                    {
                        3 => [EdgeType.TALKS_WITH],
                        4 => [EdgeType.TALKS_WITH, EdgeType.INFLUENCES],
                        5 => [EdgeType.TALKS_WITH, EdgeType.REPORTS_TO],
                        _ => null,
                    });
                return new Scenario(map, query);
            });

    private static AccountMap BuildMap(int personCount, int counterpartCount, int[] stances, int[] roles, (int Type, int From, int To, int Strength, int Extra)[] edges)
    {
        var b = new MapBuilder();
        for (var i = 0; i < personCount; i++)
        {
            BuyingRole[] r = roles[i] switch
            {
                1 => [BuyingRole.DecisionMaker],
                2 => [BuyingRole.Signer],
                3 => [BuyingRole.DecisionMaker, BuyingRole.Signer],
                _ => [],
            };
            b.Person(PersonIds[i], PersonIds[i].ToUpperInvariant(), (Stance)stances[i], roles: r);
        }
        for (var i = 0; i < counterpartCount; i++) b.Counterpart(CounterpartIds[i], CounterpartIds[i].ToUpperInvariant());
        var seen = new HashSet<(EdgeType, string, string)>();
        foreach (var (code, from, to, strength, extra) in edges)
        {
            var type = code switch { 0 => EdgeType.TALKS_WITH, 1 or 2 or 3 => EdgeType.INFLUENCES, _ => EdgeType.REPORTS_TO };
            var a = type == EdgeType.TALKS_WITH ? CounterpartIds[from % counterpartCount] : PersonIds[from % personCount];
            var z = PersonIds[to % personCount];
            if (a == z || !seen.Add((type, a, z))) continue;
            _ = type switch
            {
                EdgeType.TALKS_WITH => b.Talks(a, z, 1 + (strength % 5), (RelationshipStatus)extra),
                EdgeType.INFLUENCES => b.Influences(a, z, 1 + (strength % 5)),
                _ => b.ReportsTo(a, z, strength == 0 ? null : strength, dotted: extra == 1),
            };
        }
        return b.Build();
    }

    private static void MatchesBruteForce(Scenario s)
    {
        var expected = BruteForce.TopK(s.Map, s.Query);
        var answer = ReachEngine.Find(s.Map, s.Query, Words.Text);
        answer.Paths.Select(p => string.Join(">", p.Nodes)).ShouldBe(expected.Select(p => string.Join(">", p.Nodes)));
        answer.Paths.Select(p => string.Join(">", p.Edges)).ShouldBe(expected.Select(p => string.Join(">", p.Edges)));
        for (var i = 0; i < expected.Count; i++)
        {
            answer.Paths[i].Hops.ShouldBe(expected[i].Hops);
            answer.Paths[i].Strength.ShouldBe(expected[i].Product / Math.Pow(5, expected[i].Hops), 1e-12);
        }
        if (expected.Count == 0) answer.Reason.ShouldNotBeNullOrWhiteSpace();
        else answer.Reason.ShouldBeNull();
    }

    [Fact]
    public void Best_path_matches_brute_force_in_both_modes() =>
        Scenarios(1, 1).Sample(MatchesBruteForce, iter: 4000, threads: 1);

    [Fact]
    public void Top_k_paths_match_brute_force_in_the_same_order() =>
        Scenarios(1, 5).Sample(MatchesBruteForce, iter: 4000, threads: 1);

    [Fact]
    public void Top_k_paths_are_loop_free_and_within_the_hop_limit() =>
        Scenarios(5, 10).Sample(s =>
        {
            foreach (var p in ReachEngine.Find(s.Map, s.Query, Words.Text).Paths)
            {
                p.Nodes.Distinct().Count().ShouldBe(p.Nodes.Count);
                p.Hops.ShouldBeLessThanOrEqualTo(s.Query.MaxHops);
                p.Edges.Count.ShouldBe(p.Hops);
            }
        }, iter: 1000, threads: 1);

    [Fact]
    public void Backward_search_into_a_person_agrees_with_forward_searches_from_everyone() =>
        Gen.Select(Maps, Gen.Int[1, 7]).Sample((map, maxHops) =>
        {
            var g = ReachGraph.Build(map);
            var limits = ReachLimits.Strongest(maxHops) with { AvoidMask = 0 };
            var products = new long[g.NodeCount];
            var hops = new int[g.NodeCount];
            for (var target = 0; target < g.NodeCount; target++)
            {
                g.StrongestInto(target, limits, products, hops);
                for (var from = 0; from < g.NodeCount; from++)
                {
                    if (from == target) continue;
                    var forward = g.Best([from], [target], limits);
                    (products[from], hops[from]).ShouldBe(forward is null ? (0L, -1) : (forward.Product, forward.Hops));
                }
            }
        }, iter: 2000, threads: 1);

    [Fact]
    public void Backward_search_into_a_set_of_targets_agrees_with_forward_searches() =>
        Gen.Select(Maps, Gen.Int[0, 6], Gen.Int[0, 3]).Sample((map, maxHops, avoid) =>
        {
            var g = ReachGraph.Build(map);
            var targets = g.WithRole(BuyingRole.DecisionMaker);
            var limits = ReachLimits.Default with { MaxHops = maxHops, AvoidMask = avoid == 0 ? 0 : ReachLimits.Default.AvoidMask };
            var products = new long[g.NodeCount];
            var hops = new int[g.NodeCount];
            g.StrongestIntoAny(targets, limits, products, hops);
            for (var from = 0; from < g.NodeCount; from++)
            {
                if (targets.Contains(from))
                {
                    (products[from], hops[from]).ShouldBe((1L, 0));
                    continue;
                }
                // Backwards, the person a path would start from is on it too, so an avoided one has no way on.
                var avoided = ((limits.AvoidMask >> (int)(map.Find(g.NodeId(from))!.Stance ?? Stance.Unknown)) & 1) != 0 && !g.IsCounterpart(from);
                var forward = maxHops == 0 || avoided ? null : g.Best([from], targets, limits);
                (products[from], hops[from]).ShouldBe(forward is null ? (0L, -1) : (forward.Product, forward.Hops));
            }
        }, iter: 2000, threads: 1);
}

using System.Numerics;
using CsCheck;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>
/// Next moves against the plain reference: try every pair of ours and theirs on a copy of the map,
/// recompute the strongest path by brute-force enumeration, keep what gains, sort by the stated order.
/// </summary>
[English]
public sealed class NextMovesPropertyTests
{
    // Ordinal order differs from creation order, so the id tie-breaks are really exercised.
    private static readonly string[] PersonIds = ["pk", "pb", "pz", "pa", "pm", "pc", "py", "pd"];
    private static readonly string[] CounterpartIds = ["cm", "ca", "cz"];

    public sealed record Scenario(AccountMap Map, NextMovesQuery Query)
    {
        public override string ToString() =>
            $"{Query with { Avoid = null, EdgeTypes = null }} avoid=[{string.Join(",", Query.Avoid ?? [])}] types=[{string.Join(",", Query.EdgeTypes ?? [])}]\n" +
            string.Join("\n", Map.Nodes.Select(n => $"  {n.Id} {n.Kind} {n.Level} {n.Stance} [{string.Join(",", n.Roles)}]")) + "\n" +
            string.Join("\n", Map.Edges.Select(e => $"  {e.Id} {e.From} -{e.Type}/{e.Strength?.ToString() ?? "-"}/{e.Status}-> {e.To}"));
    }

    private static readonly Gen<(int Type, int From, int To, int Strength, int Extra)> RawEdge =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 7], Gen.Int[0, 7], Gen.Int[0, 5], Gen.Int[0, 2]);

    private static readonly Gen<AccountMap> Maps = Gen.Select(Gen.Int[1, 8], Gen.Int[1, 3], Gen.Int[0, 5].Array[8], Gen.Int[0, 6].Array[8],
        Gen.Int[0, 4].Array[11], RawEdge.Array[0, 24], BuildMap);

    internal static readonly Gen<Scenario> Scenarios =
        Gen.Select(Maps, Gen.Int[0, 9], Gen.Int[1, 5], Gen.Int[1, 6], Gen.Int[0, 6], Gen.Int[0, 4], Gen.OneOf(Gen.Int[1, 3], Gen.Int[4, NextMoves.MaxK]),
            (map, to, strength, maxHops, avoid, types, k) =>
            {
                var people = map.Nodes.Where(n => n.Kind == NodeKind.Person).ToArray();
                return new Scenario(map, new NextMovesQuery(
                    To: to switch { 0 or 1 or 2 => ReachQuery.DecisionMakers, 3 => ReachQuery.Signer, _ => people[to % people.Length].Id },
                    K: k,
                    Strength: strength,
                    MaxHops: maxHops,
                    Avoid: avoid switch
                    {
                        3 => [],
                        4 => [Stance.Detractor, Stance.Skeptic],
                        5 => [Stance.Unknown],
                        6 => [Stance.Neutral, Stance.Supporter],
                        _ => null,
                    },
                    EdgeTypes: types switch
                    {
                        3 => [EdgeType.TALKS_WITH, EdgeType.INFLUENCES],
                        4 => [EdgeType.TALKS_WITH, EdgeType.REPORTS_TO],
                        _ => null,
                    }));
            });

    private static AccountMap BuildMap(int personCount, int counterpartCount, int[] stances, int[] roles, int[] levels, (int Type, int From, int To, int Strength, int Extra)[] edges)
    {
        var b = new MapBuilder();
        // Level code 4 is "not known", which has its own place in the peer-fit order.
        Level? LevelOf(int i) => levels[i] == 4 ? null : (Level)levels[i];
        for (var i = 0; i < personCount; i++)
        {
            BuyingRole[] r = roles[i] switch
            {
                1 or 2 => [BuyingRole.DecisionMaker],
                3 => [BuyingRole.Signer],
                4 => [BuyingRole.DecisionMaker, BuyingRole.Signer],
                _ => [],
            };
            b.Person(PersonIds[i], PersonIds[i].ToUpperInvariant(), (Stance)stances[i], level: LevelOf(i), roles: r);
        }
        for (var i = 0; i < counterpartCount; i++) b.Counterpart(CounterpartIds[i], CounterpartIds[i].ToUpperInvariant(), level: LevelOf(8 + i));
        var seen = new HashSet<(EdgeType, string, string)>();
        foreach (var (code, from, to, strength, extra) in edges)
        {
            // Many TALKS_WITH (planned, dormant, up to strength 5), so moves meet existing relationships of every kind.
            var type = code switch { 0 or 1 => EdgeType.TALKS_WITH, 2 or 3 => EdgeType.INFLUENCES, _ => EdgeType.REPORTS_TO };
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

    private sealed record Expected(string From, string To, int Strength, BruteForce.Path After, PeerFit Fit);

    /// <summary>Every pair tried on a copy of the map: the new relationship added, or the existing one changed.</summary>
    private static List<Expected> Reference(AccountMap map, NextMovesQuery q, BruteForce.Path? before)
    {
        var expected = new List<Expected>();
        foreach (var c in map.OfKind(NodeKind.Counterpart))
        {
            foreach (var p in map.OfKind(NodeKind.Person))
            {
                var existing = map.Edges.SingleOrDefault(e => e.Type == EdgeType.TALKS_WITH && e.From == c.Id && e.To == p.Id);
                var used = existing is { Status: not RelationshipStatus.Planned };
                var strength = used ? Math.Max(q.Strength, (existing!.Strength ?? 3) + 1) : q.Strength;
                if (strength > 5) continue;
                var talk = new Edge { Id = existing?.Id ?? "zz-new", Type = EdgeType.TALKS_WITH, From = c.Id, To = p.Id, Strength = strength, Status = RelationshipStatus.Active };
                var tried = map with { Edges = [.. map.Edges.Where(e => e != existing), talk] };
                var after = BruteForce.TopK(tried, q.Reach).FirstOrDefault();
                if (after is null || (before is not null && Stronger(before, after) <= 0)) continue;
                expected.Add(new Expected(c.Id, p.Id, strength, after, ContactMatrix.Fit(c.Level, p.Level)));
            }
        }
        expected.Sort((a, b) =>
        {
            var c = Stronger(a.After, b.After);
            if (c == 0) c = a.Fit.CompareTo(b.Fit);
            if (c == 0) c = a.After.Hops.CompareTo(b.After.Hops);
            if (c == 0) c = string.CompareOrdinal(a.From, b.From);
            return c != 0 ? c : string.CompareOrdinal(a.To, b.To);
        });
        return expected;
    }

    /// <summary>Negative when <paramref name="a"/> is the stronger path, exactly.</summary>
    private static int Stronger(BruteForce.Path a, BruteForce.Path b) =>
        (b.Product * BigInteger.Pow(5, a.Hops)).CompareTo(a.Product * BigInteger.Pow(5, b.Hops));

    private static double StrengthOf(BruteForce.Path p) => p.Product / Math.Pow(5, p.Hops);

    [Fact]
    public void Ranked_moves_are_exactly_what_trying_every_candidate_and_recomputing_gives() =>
        Scenarios.Sample(s =>
        {
            var before = BruteForce.TopK(s.Map, s.Query.Reach).FirstOrDefault();
            var expected = Reference(s.Map, s.Query, before).Take(s.Query.K).ToList();

            var answer = NextMoves.Find(s.Map, s.Query, Words.Text);

            answer.Baseline.Strength.ShouldBe(before is null ? 0 : StrengthOf(before), 1e-12);
            string.Join(">", answer.Baseline.Path?.Nodes ?? []).ShouldBe(string.Join(">", before?.Nodes ?? []));
            answer.Moves.Select(m => (m.From, m.To, m.Strength)).ShouldBe(expected.Select(e => (e.From, e.To, e.Strength)));
            for (var i = 0; i < expected.Count; i++)
            {
                var (move, e) = (answer.Moves[i], expected[i]);
                move.After.Strength.ShouldBe(StrengthOf(e.After), 1e-12);
                move.Gain.ShouldBe(StrengthOf(e.After) - answer.Baseline.Strength, 1e-12);
                move.Gain.ShouldBeGreaterThan(0);
                move.After.Path!.Nodes.ShouldBe(e.After.Nodes);
                move.After.Path.Edges.Skip(1).ShouldBe(e.After.Edges.Skip(1));
                move.Fit.ShouldBe(e.Fit);
                move.Explanation.ShouldStartWith("If ");
            }
            if (expected.Count == 0) answer.Reason.ShouldNotBeNullOrWhiteSpace();
            else answer.Reason.ShouldBeNull();
        }, iter: 1500, threads: 1);
}

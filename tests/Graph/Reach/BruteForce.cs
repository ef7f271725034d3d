using System.Numerics;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>
/// The reference answer, written plainly: enumerate every simple path on the map itself and sort.
/// Between two people only the strongest allowed edge counts (lowest id on a tie), as in the engine.
/// </summary>
internal static class BruteForce
{
    public sealed record Path(IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges, long Product)
    {
        public int Hops => Edges.Count;
    }

    public static List<Path> TopK(AccountMap map, ReachQuery q)
    {
        var types = q.EdgeTypes ?? [EdgeType.TALKS_WITH, EdgeType.INFLUENCES, EdgeType.REPORTS_TO];
        var avoid = q.Avoid ?? [Stance.Detractor];
        var nodes = map.Nodes.ToDictionary(n => n.Id);
        var best = new Dictionary<(string From, string To), Edge>();
        foreach (var e in map.Edges)
        {
            if (e.Type == EdgeType.WORKS_IN || !types.Contains(e.Type) || e.From == e.To) continue;
            if (e.Type == EdgeType.TALKS_WITH && e.Status == RelationshipStatus.Planned) continue;
            var key = (e.From, e.To);
            if (!best.TryGetValue(key, out var old) || Strength(e) > Strength(old)
                || (Strength(e) == Strength(old) && string.CompareOrdinal(e.Id, old.Id) < 0))
                best[key] = e;
        }

        var sources = q.From == ReachQuery.All
            ? map.Nodes.Where(n => n.Kind == NodeKind.Counterpart).Select(n => n.Id).ToList()
            : [q.From];
        var targets = q.To switch
        {
            ReachQuery.DecisionMakers => map.Nodes.Where(n => n.Has(BuyingRole.DecisionMaker)).Select(n => n.Id).ToHashSet(),
            ReachQuery.Signer => map.Nodes.Where(n => n.Has(BuyingRole.Signer)).Select(n => n.Id).ToHashSet(),
            _ => [q.To],
        };

        var found = new List<Path>();
        foreach (var s in sources) Walk([s], [], 1);
        found.Sort((a, b) => Compare(a, b, q.Mode));
        return [.. found.Take(q.K)];

        void Walk(List<string> path, List<string> edges, long product)
        {
            foreach (var ((from, to), e) in best)
            {
                if (from != path[^1] || path.Contains(to)) continue;
                List<string> nextPath = [.. path, to];
                List<string> nextEdges = [.. edges, e.Id];
                var nextProduct = product * Strength(e);
                if (targets.Contains(to)) found.Add(new Path(nextPath, nextEdges, nextProduct));
                else if (!avoid.Contains(nodes[to].Stance ?? Stance.Unknown) && nextEdges.Count < q.MaxHops)
                    Walk(nextPath, nextEdges, nextProduct);
            }
        }
    }

    private static int Strength(Edge e) => e.Strength ?? 3;

    private static int Compare(Path a, Path b, ReachMode mode)
    {
        // a.Product / 5^a.Hops against b.Product / 5^b.Hops, exactly.
        var strongerFirst = (b.Product * BigInteger.Pow(5, a.Hops)).CompareTo(a.Product * BigInteger.Pow(5, b.Hops));
        var fewerFirst = a.Hops.CompareTo(b.Hops);
        var c = mode == ReachMode.Strongest
            ? (strongerFirst != 0 ? strongerFirst : fewerFirst)
            : (fewerFirst != 0 ? fewerFirst : strongerFirst);
        for (var i = 0; c == 0 && i < Math.Min(a.Nodes.Count, b.Nodes.Count); i++) c = string.CompareOrdinal(a.Nodes[i], b.Nodes[i]);
        return c;
    }
}

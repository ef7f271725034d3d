using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

// Findings about the shape of our ways in: one thread, one door, opposition next to the decision, who sways it.
public static partial class AccountAnalysis
{
    private static readonly ReachLimits InfluenceOnly = new(ReachMode.Strongest, 6, 0,
        ReachLimits.MaskOf([EdgeType.INFLUENCES, EdgeType.REPORTS_TO]));

    private static IEnumerable<Finding> SingleThreaded(Facts f)
    {
        var ours = f.Talks.Select(e => e.From).Distinct().ToArray();
        if (ours.Length != 1 || f.Map.Find(ours[0]) is not { } only) yield break;
        yield return new Finding(FindingKind.SingleThreaded, Severity.Warning, [only.Id],
            f.Say("Risk.SingleThreaded", f.Who(only), only.Name));
    }

    /// <summary>The strongest way in to each decision maker, and whether any other first contact leads there too.</summary>
    private static IEnumerable<Finding> SinglePaths(Facts f)
    {
        var g = f.Graph;
        var sources = g.CounterpartIndexes;
        foreach (var dm in f.DecisionMakers)
        {
            var target = g.IndexOf(dm.Id);
            if (g.Best(sources, [target], ReachLimits.Default) is not { } best) continue;
            var door = best.Nodes[1];
            if (g.Best(sources, [target], ReachLimits.Default, [door]) is not null) continue;
            var via = g.NodeAt(door);
            var sentence = door == target
                ? f.Say("Risk.SinglePath.Direct", f.Who(dm))
                : f.Say("Risk.SinglePath", f.Who(dm), via.Name);
            yield return new Finding(FindingKind.SinglePathToDecisionMaker, Severity.Warning, door == target ? [dm.Id] : [dm.Id, via.Id], sentence);
        }
    }

    /// <summary>A skeptic or detractor who INFLUENCES a decision maker directly or through one person.</summary>
    private static IEnumerable<Finding> DetractorsNearDecisionMakers(Facts f)
    {
        var influences = f.Map.Edges.Where(e => e.Type == EdgeType.INFLUENCES).ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        foreach (var x in f.People.Where(p => p.Stance is Stance.Skeptic or Stance.Detractor))
        {
            foreach (var dm in f.DecisionMakers.Where(d => d.Id != x.Id))
            {
                string? via = null;
                if (!influences[x.Id].Contains(dm.Id))
                {
                    via = influences[x.Id].Where(y => y != dm.Id && influences[y].Contains(dm.Id)).Order(StringComparer.Ordinal).FirstOrDefault();
                    if (via is null) continue;
                }
                var sentence = via is null
                    ? f.Say("Risk.DetractorNear.Directly", f.Who(x, stance: true), f.Who(dm))
                    : f.Say("Risk.DetractorNear.Through", f.Who(x, stance: true), f.Who(dm), f.Name(via));
                if (x.Concerns is { } concerns) sentence = f.Say("Risk.DetractorNear.Concerns", sentence, concerns);
                yield return new Finding(FindingKind.DetractorNearDecisionMaker, x.Stance == Stance.Detractor ? Severity.Critical : Severity.Warning,
                    via is null ? [x.Id, dm.Id] : [x.Id, via, dm.Id], sentence);
            }
        }
    }

    /// <summary>
    /// Up to three people with the strongest INFLUENCES/REPORTS_TO path into each decision maker (one
    /// backward search each), by strength, then fewer hops, then id.
    /// </summary>
    private static IEnumerable<Finding> KeyInfluencers(Facts f)
    {
        var g = f.Graph;
        var products = new long[g.NodeCount];
        var hops = new int[g.NodeCount];
        foreach (var dm in f.DecisionMakers)
        {
            if (g.StrongestInto(g.IndexOf(dm.Id), InfluenceOnly, products, hops) == 0) continue;
            var ranked = new List<(int Person, long Product, int Hops)>();
            for (var p = 0; p < g.NodeCount; p++)
                if (hops[p] > 0 && !g.IsCounterpart(p)) ranked.Add((p, products[p], hops[p]));
            if (ranked.Count == 0) continue;
            ranked.Sort(Stronger);
            var top = ranked.Take(3).ToArray();
            var names = top.Select(p => f.Say("Risk.KeyInfluencers.One", g.NodeAt(p.Person).Name,
                Formats.PathStrength(p.Product / Math.Pow(5, p.Hops)), ReachWords.Hops(p.Hops, f.Text)));
            yield return new Finding(FindingKind.KeyInfluencers, Severity.Info, [dm.Id, .. top.Select(p => g.NodeId(p.Person))],
                f.Say("Risk.KeyInfluencers", f.Who(dm), f.Text.And([.. names])));
        }
    }

    /// <summary>Exact: product/5^hops compared by cross-multiplying, then fewer hops, then index (id order).</summary>
    private static int Stronger((int Person, long Product, int Hops) a, (int Person, long Product, int Hops) b)
    {
        var c = (b.Product * Pow5(a.Hops)).CompareTo(a.Product * Pow5(b.Hops));
        if (c == 0) c = a.Hops.CompareTo(b.Hops);
        return c != 0 ? c : a.Person.CompareTo(b.Person);

        static long Pow5(int n)
        {
            var p = 1L;
            for (var i = 0; i < n; i++) p *= 5;
            return p;
        }
    }
}

using System.Globalization;
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
            $"Every conversation with this account runs through {f.Who(only)}; if {only.Name} is away or leaves, we lose touch.");
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
                ? $"We reach {f.Who(dm)} only by talking with them directly; nobody else we talk with leads to them."
                : $"{f.Who(dm)} can only be reached through {via.Name}; a second way in would make the deal safer.";
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
                var sentence = $"{f.Who(x, stance: true)} influences {f.Who(dm)} " + (via is null ? "directly." : $"through {f.Name(via)}.");
                if (x.Concerns is { } concerns) sentence += $" Their concerns: {concerns}";
                yield return new Finding(FindingKind.DetractorNearDecisionMaker, x.Stance == Stance.Detractor ? Severity.Critical : Severity.Warning,
                    via is null ? [x.Id, dm.Id] : [x.Id, via, dm.Id], sentence);
            }
        }
    }

    /// <summary>Up to three people with the strongest INFLUENCES/REPORTS_TO path into each decision maker.</summary>
    private static IEnumerable<Finding> KeyInfluencers(Facts f)
    {
        var g = f.Graph;
        foreach (var dm in f.DecisionMakers)
        {
            var target = g.IndexOf(dm.Id);
            var ranked = new List<IndexPath>();
            for (var p = 0; p < g.NodeCount; p++)
                if (p != target && !g.IsCounterpart(p) && g.Best([p], [target], InfluenceOnly) is { } path) ranked.Add(path);
            if (ranked.Count == 0) continue;
            ranked.Sort((a, b) => ReachGraph.Compare(a, b, InfluenceOnly));
            var top = ranked.Take(3).ToArray();
            var names = top.Select(p => $"{g.NodeAt(p.Nodes[0]).Name} (strength {p.Strength.ToString("0.##", CultureInfo.InvariantCulture)}, {ReachWords.Hops(p.Hops)})");
            yield return new Finding(FindingKind.KeyInfluencers, Severity.Info, [dm.Id, .. top.Select(p => g.NodeId(p.Nodes[0]))],
                $"Key influencers of {f.Who(dm)}: {ReachWords.List([.. names], "and")}.");
        }
    }
}

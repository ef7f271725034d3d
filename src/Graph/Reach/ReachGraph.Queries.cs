namespace SalesOps.Graph.Reach;

/// <summary>
/// The index-level queries (what benchmarks and the engine call on a prebuilt projection).
/// Top-k loop-free paths come from Yen's algorithm: each next path leaves an earlier one at some spur node
/// (or, with several sources, at the virtual super-source) along a hop the earlier paths with the
/// same root did not take. Paths are node sequences; parallel edges collapse to their strongest.
/// </summary>
public sealed partial class ReachGraph
{
    public const int MaxK = 10;

    /// <summary>The strongest path from one node to the nearest of <paramref name="targets"/> (detractors avoided).</summary>
    public IndexPath? Strongest(int source, ReadOnlySpan<int> targets, int maxHops = 6) =>
        Best([source], targets, ReachLimits.Strongest(maxHops));

    /// <summary>The best path from any of <paramref name="sources"/> to any of <paramref name="targets"/>, or null.</summary>
    public IndexPath? Best(ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReachLimits limits) =>
        Best(sources, targets, limits, default);

    internal IndexPath? Best(ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReachLimits limits, ReadOnlySpan<int> bannedFirstHops)
    {
        CheckLimits(limits);
        var s = Rent();
        try
        {
            var label = Run(s, new Spec { Sources = sources, Targets = targets, BannedFirstHops = bannedFirstHops, Limits = limits });
            return label < 0 ? null : ToPath(s, label, limits.MaxHops);
        }
        finally
        {
            _spare = s;
        }
    }

    /// <summary>
    /// Single source to all: fills <paramref name="strengths"/> (length <see cref="NodeCount"/>) with the
    /// strongest path strength to every node within the limits, 0 when unreached; returns how many were reached.
    /// </summary>
    public int StrongestTree(int source, Span<double> strengths, ReachLimits limits)
    {
        CheckLimits(limits);
        if (strengths.Length < NodeCount) throw new ArgumentException("One slot per node is needed.", nameof(strengths));
        var s = Rent();
        try
        {
            Run(s, new Spec { Sources = [source], Limits = limits });
            var scale = (double)Powers[limits.MaxHops];
            var reached = 0;
            for (var v = 0; v < NodeCount; v++)
            {
                if (s.Marks[v].Settled != s.Gen)
                {
                    strengths[v] = 0;
                    continue;
                }
                strengths[v] = s.Labels[s.Marks[v].First].K / scale;
                reached++;
            }
            return reached;
        }
        finally
        {
            _spare = s;
        }
    }

    private static void CheckLimits(ReachLimits limits)
    {
        if (limits.MaxHops is < 1 or > ReachLimits.MaxHopsLimit)
            throw new ArgumentOutOfRangeException(nameof(limits), $"MaxHops must be 1..{ReachLimits.MaxHopsLimit}.");
    }

    /// <summary>The <paramref name="k"/> best loop-free paths from any source to any target, best first.</summary>
    public IReadOnlyList<IndexPath> TopK(ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, int k, ReachLimits limits)
    {
        CheckLimits(limits);
        if (k is < 1 or > MaxK) throw new ArgumentOutOfRangeException(nameof(k), $"k must be 1..{MaxK}.");
        var s = Rent();
        try
        {
            var label = Run(s, new Spec { Sources = sources, Targets = targets, Limits = limits });
            if (label < 0) return [];
            var found = new List<IndexPath> { ToPath(s, label, limits.MaxHops) };
            var candidates = new List<IndexPath>();
            var blockedNext = new List<int>();
            var otherSources = new List<int>();
            while (found.Count < k)
            {
                var previous = found[^1];
                if (sources.Length > 1)
                {
                    // Spur at the super-source: start from a counterpart no earlier path started from.
                    otherSources.Clear();
                    foreach (var source in sources)
                        if (!found.Exists(p => p.Nodes[0] == source)) otherSources.Add(source);
                    if (otherSources.Count > 0)
                        Offer(s, new Spec { Sources = otherSources.ToArray(), Targets = targets, Limits = limits });
                }
                for (var i = 0; i < previous.Hops; i++)
                {
                    var root = previous.Nodes.AsSpan(0, i + 1);
                    blockedNext.Clear();
                    foreach (var p in found)
                        if (p.Hops > i && p.Nodes.AsSpan(0, i + 1).SequenceEqual(root)) blockedNext.Add(p.Nodes[i + 1]);
                    Offer(s, new Spec
                    {
                        RootNodes = root,
                        RootSlots = previous.Slots.AsSpan(0, i),
                        BlockedNext = blockedNext.ToArray(),
                        Targets = targets,
                        Limits = limits,
                    });
                }
                if (candidates.Count == 0) break;
                var best = 0;
                for (var c = 1; c < candidates.Count; c++)
                    if (Compare(candidates[c], candidates[best], limits) < 0) best = c;
                found.Add(candidates[best]);
                candidates.RemoveAt(best);
            }
            return found;

            void Offer(SearchScratch scratch, scoped in Spec spec)
            {
                var l = Run(scratch, spec);
                if (l < 0) return;
                var path = ToPath(scratch, l, limits.MaxHops);
                if (!candidates.Exists(p => Same(p, path)) && !found.Exists(p => Same(p, path))) candidates.Add(path);
            }
        }
        finally
        {
            _spare = s;
        }
    }

    /// <summary>The total order of answers: by strength then hops (or hops then strength), then node sequence.</summary>
    public static int Compare(IndexPath a, IndexPath b, ReachLimits limits)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Exact: both strengths scaled to the same denominator 5^maxHops.
        var ka = a.Product * Powers[limits.MaxHops - a.Hops];
        var kb = b.Product * Powers[limits.MaxHops - b.Hops];
        var c = limits.Mode == ReachMode.Strongest
            ? Chain(kb.CompareTo(ka), a.Hops.CompareTo(b.Hops))
            : Chain(a.Hops.CompareTo(b.Hops), kb.CompareTo(ka));
        return c != 0 ? c : a.Nodes.AsSpan().SequenceCompareTo(b.Nodes.AsSpan());

        static int Chain(int first, int second) => first != 0 ? first : second;
    }

    private static bool Same(IndexPath a, IndexPath b) => a.Nodes.AsSpan().SequenceEqual(b.Nodes.AsSpan());
}

namespace SalesOps.Graph.Reach;

/// <summary>
/// The hops turned around, for questions asked from the target's side ("who has the strongest way
/// into María?"): one backward search answers for every person at once, where forward searches
/// would need one per person.
/// </summary>
public sealed partial class ReachGraph
{
    private ReverseHops? _reverse;

    private sealed record ReverseHops(int[] Offsets, Hop[] Hops);

    /// <summary>
    /// For every node, the strongest path from it into <paramref name="target"/> within the limits (an
    /// avoided stance blocks everyone on the path but the target, the starting person included):
    /// its exact product of strengths and hop count (hops −1 when there is none). Returns how many nodes have one.
    /// </summary>
    public int StrongestInto(int target, ReachLimits limits, Span<long> products, Span<int> hopCounts)
    {
        CheckLimits(limits);
        return Backward([target], limits, excluded: target, products, hopCounts);
    }

    /// <summary>
    /// For every node, the strongest path from it into the nearest of <paramref name="targets"/> within the
    /// limits, as <see cref="StrongestInto"/> gives for one target; a target itself has the empty path
    /// (product 1, 0 hops), and no path passes through a target to reach another (targets end paths).
    /// MaxHops may be 0 here (only the targets themselves). Returns how many nodes have a path.
    /// </summary>
    public int StrongestIntoAny(ReadOnlySpan<int> targets, ReachLimits limits, Span<long> products, Span<int> hopCounts)
    {
        // 0 hops is a question this search can answer (the targets alone), unlike a path search.
        if (limits.MaxHops != 0) CheckLimits(limits);
        return Backward(targets, limits, excluded: -1, products, hopCounts);
    }

    /// <summary>One backward search from the sources; each node's strongest path into them (none for <paramref name="excluded"/>).</summary>
    private int Backward(ReadOnlySpan<int> sources, ReachLimits limits, int excluded, Span<long> products, Span<int> hopCounts)
    {
        if (products.Length < NodeCount || hopCounts.Length < NodeCount)
            throw new ArgumentException("One slot per node is needed.", nameof(products));
        var s = Rent();
        try
        {
            // Every source starts settled at 0 hops, so a later label reaching one is never expanded.
            Run(s, new Spec { Sources = sources, Limits = limits, Reverse = true });
            var reached = 0;
            for (var v = 0; v < NodeCount; v++)
            {
                if (v == excluded || s.Marks[v].Settled != s.Gen)
                {
                    products[v] = 0;
                    hopCounts[v] = -1;
                    continue;
                }
                ref readonly var label = ref s.Labels[s.Marks[v].First];
                products[v] = label.K / Powers[limits.MaxHops - label.Hops];
                hopCounts[v] = label.Hops;
                reached++;
            }
            return reached;
        }
        finally
        {
            _spare = s;
        }
    }

    // Built on first use (a benign race may build it twice; the result is the same).
    private ReverseHops Reversed => _reverse ??= BuildReverse();

    private ReverseHops BuildReverse()
    {
        var slots = new int[Hops.Length];
        var from = new int[Hops.Length];
        for (var v = 0; v < NodeCount; v++)
            for (var e = Offsets[v]; e < Offsets[v + 1]; e++)
            {
                slots[e] = e;
                from[e] = v;
            }
        // Same order as forward: by (new) source, target, strength descending, edge id.
        Array.Sort(slots, (a, b) =>
        {
            var c = Hops[a].Target.CompareTo(Hops[b].Target);
            if (c == 0) c = from[a].CompareTo(from[b]);
            if (c == 0) c = Hops[b].Strength.CompareTo(Hops[a].Strength);
            return c != 0 ? c : string.CompareOrdinal(_edges[a].Id, _edges[b].Id);
        });
        var offsets = new int[NodeCount + 1];
        var hops = new Hop[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var forward = Hops[slots[i]];
            offsets[forward.Target + 1]++;
            hops[i] = forward with { Target = from[slots[i]] };
        }
        for (var v = 0; v < NodeCount; v++) offsets[v + 1] += offsets[v];
        return new ReverseHops(offsets, hops);
    }
}

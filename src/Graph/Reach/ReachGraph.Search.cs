using System.Runtime.InteropServices;

namespace SalesOps.Graph.Reach;

/// <summary>
/// The label-setting search. A label is a partial path; its strength is kept exactly as the integer
/// K = product · 5^(maxHops − hops), so comparisons never touch floating point. A node may settle
/// more than one label: a later (weaker) one only when it has fewer hops, because under a hop limit
/// the strongest path to a node can continue from a weaker, shorter path to its predecessor.
/// </summary>
public sealed partial class ReachGraph
{
    private static readonly long[] Powers = [1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625];

    private SearchScratch? _spare;

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
                if (s.Settled[v] != s.Gen)
                {
                    strengths[v] = 0;
                    continue;
                }
                strengths[v] = s.LK[s.First[v]] / scale;
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

    private SearchScratch Rent() => Interlocked.Exchange(ref _spare, null) ?? new SearchScratch(NodeCount);

    /// <summary>Smaller keys pop first: strongest orders by strength then hops, shortest by hops then strength.</summary>
    private static long Key(ReachMode mode, long scale, long k, int hops) =>
        mode == ReachMode.Strongest ? ((scale - k) << 4) | (long)hops : ((long)hops << 32) | (scale - k);

    /// <summary>What one search looks for. With a root (Yen's spur search) it starts at the root's last node.</summary>
    private readonly ref struct Spec
    {
        public ReadOnlySpan<int> Sources { get; init; }
        public ReadOnlySpan<int> RootNodes { get; init; }
        public ReadOnlySpan<int> RootSlots { get; init; }
        public ReadOnlySpan<int> Targets { get; init; }
        /// <summary>Nodes the spur node may not step to next.</summary>
        public ReadOnlySpan<int> BlockedNext { get; init; }
        /// <summary>People who may not be the first person reached.</summary>
        public ReadOnlySpan<int> BannedFirstHops { get; init; }
        public ReachLimits Limits { get; init; }
    }

    /// <summary>Returns the label of the best path to the first target settled, or -1.</summary>
    private int Run(SearchScratch s, scoped in Spec spec)
    {
        s.Begin();
        var gen = s.Gen;
        var mode = spec.Limits.Mode;
        var maxHops = spec.Limits.MaxHops;
        var typeMask = spec.Limits.EdgeTypeMask;
        var avoid = spec.Limits.AvoidMask;
        var scale = Powers[maxHops];
        foreach (var t in spec.Targets) s.Target[t] = gen;
        foreach (var b in spec.BannedFirstHops) s.Banned[b] = gen;
        var spur = -1;
        if (spec.RootNodes.Length > 0)
        {
            // The root is fixed: its nodes are closed to the spur path, its strength carries over.
            var label = -1;
            var k = scale;
            for (var i = 0; i < spec.RootNodes.Length; i++)
            {
                var slot = i == 0 ? -1 : spec.RootSlots[i - 1];
                if (slot >= 0) k = k * Strengths[slot] / 5;
                label = s.AddLabel(spec.RootNodes[i], label, slot, k, i);
                s.Blocked[spec.RootNodes[i]] = gen;
            }
            spur = spec.RootNodes[^1];
            s.Blocked[spur] = 0;
            s.Push(Key(mode, scale, k, spec.RootNodes.Length - 1), label);
        }
        else
        {
            foreach (var source in spec.Sources) s.Push(Key(mode, scale, scale, 0), s.AddLabel(source, -1, -1, scale, 0));
        }

        var offsets = Offsets;
        var targets = Targets;
        while (s.TryPop(out var label))
        {
            var v = s.LNode[label];
            int h = s.LH[label];
            if (s.Settled[v] == gen)
            {
                if (s.MinHops[v] <= h) continue;
            }
            else
            {
                s.First[v] = label;
                s.Settled[v] = gen;
            }
            s.MinHops[v] = (byte)h;
            if (s.Target[v] == gen) return label;
            if (h >= maxHops) continue;

            var k = s.LK[label];
            var nh = h + 1;
            var lastTarget = -1;
            var end = offsets[v + 1];
            for (var e = offsets[v]; e < end; e++)
            {
                if (((typeMask >> Types[e]) & 1) == 0) continue;
                var t = targets[e];
                // Parallel hops to the same person: the first allowed slot is the strongest.
                if (t == lastTarget) continue;
                lastTarget = t;
                if (s.Blocked[t] == gen) continue;
                if (s.Settled[t] == gen && s.MinHops[t] <= nh) continue;
                if (s.Target[t] != gen && ((avoid >> Stances[t]) & 1) != 0) continue;
                if (h == 0 && s.Banned[t] == gen) continue;
                if (v == spur && spec.BlockedNext.Contains(t)) continue;
                var nk = k * Strengths[e] / 5;
                s.Push(Key(mode, scale, nk, nh), s.AddLabel(t, label, e, nk, nh));
            }
        }
        return -1;
    }

    private static IndexPath ToPath(SearchScratch s, int label, int maxHops)
    {
        int hops = s.LH[label];
        var nodes = new int[hops + 1];
        var slots = new int[hops];
        var product = s.LK[label] / Powers[maxHops - hops];
        for (var i = hops; i >= 0; i--, label = s.LPred[label])
        {
            nodes[i] = s.LNode[label];
            if (i > 0) slots[i - 1] = s.LSlot[label];
        }
        return new IndexPath(ImmutableCollectionsMarshal.AsImmutableArray(nodes), ImmutableCollectionsMarshal.AsImmutableArray(slots), product);
    }
}

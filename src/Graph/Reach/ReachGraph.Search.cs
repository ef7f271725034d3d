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
    internal static readonly long[] Powers = [1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625];

    private SearchScratch? _spare;

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
        /// <summary>Walk the hops backwards (sources are then where paths end).</summary>
        public bool Reverse { get; init; }
    }

    /// <summary>Returns the label of the best path to the first target settled, or -1.</summary>
    private int Run(SearchScratch s, scoped in Spec spec)
    {
        s.Begin();
        var gen = s.Gen;
        var marks = s.Marks;
        var mode = spec.Limits.Mode;
        var maxHops = spec.Limits.MaxHops;
        var typeMask = spec.Limits.EdgeTypeMask;
        var avoid = spec.Limits.AvoidMask;
        var scale = Powers[maxHops];
        foreach (var t in spec.Targets) marks[t].Target = gen;
        foreach (var b in spec.BannedFirstHops) marks[b].Banned = gen;
        var spur = -1;
        if (spec.RootNodes.Length > 0)
        {
            // The root is fixed: its nodes are closed to the spur path, its strength carries over.
            var label = -1;
            var k = scale;
            for (var i = 0; i < spec.RootNodes.Length; i++)
            {
                var slot = i == 0 ? -1 : spec.RootSlots[i - 1];
                if (slot >= 0) k = k * Hops[slot].Strength / 5;
                label = s.AddLabel(spec.RootNodes[i], label, slot, k, i);
                marks[spec.RootNodes[i]].Blocked = gen;
            }
            spur = spec.RootNodes[^1];
            marks[spur].Blocked = 0;
            s.Push(Key(mode, scale, k, spec.RootNodes.Length - 1), label);
        }
        else
        {
            foreach (var source in spec.Sources) s.Push(Key(mode, scale, scale, 0), s.AddLabel(source, -1, -1, scale, 0));
        }

        var offsets = spec.Reverse ? Reversed.Offsets : Offsets;
        var hops = spec.Reverse ? Reversed.Hops : Hops;
        var stances = Stances;
        while (!s.IsEmpty)
        {
            var count = s.TakeBucket();
            var found = -1;
            for (var b = 0; b < count; b++)
            {
                var label = s.Bucket[b];
                ref readonly var current = ref s.Labels[label];
                var v = current.Node;
                if (count > 1 && marks[v].Rep != label) continue;
                var h = current.Hops;
                var k = current.K;
                ref var mark = ref marks[v];
                if (mark.Settled == gen)
                {
                    if (mark.MinHops <= h) continue;
                }
                else
                {
                    mark.First = label;
                    mark.Settled = gen;
                }
                mark.MinHops = h;
                if (mark.Target == gen)
                {
                    // Targets end paths; several in one bucket are decided by node sequence.
                    if (found < 0 || s.CompareSequence(label, found) < 0) found = label;
                    continue;
                }
                if (found >= 0 || h >= maxHops) continue;

                var nh = h + 1;
                var lastTarget = -1;
                var end = offsets[v + 1];
                for (var e = offsets[v]; e < end; e++)
                {
                    var hop = hops[e];
                    if (((typeMask >> hop.Type) & 1) == 0) continue;
                    var t = hop.Target;
                    // Parallel hops to the same person: the first allowed slot is the strongest.
                    if (t == lastTarget) continue;
                    lastTarget = t;
                    ref var next = ref marks[t];
                    if (next.Blocked == gen) continue;
                    if (next.Settled == gen && next.MinHops <= nh) continue;
                    if (next.Target != gen && ((avoid >> stances[t]) & 1) != 0) continue;
                    if (h == 0 && next.Banned == gen) continue;
                    if (v == spur && spec.BlockedNext.Contains(t)) continue;
                    var nk = k * hop.Strength / 5;
                    ref var wait = ref next;
                    if (wait.Pending == gen)
                    {
                        // At least as strong in no more hops, and strictly better in one: this label could never settle.
                        if (wait.PendingK >= nk && wait.PendingHops <= nh && (wait.PendingK > nk || wait.PendingHops < nh)) continue;
                        if (Key(mode, scale, nk, nh) < Key(mode, scale, wait.PendingK, wait.PendingHops))
                        {
                            wait.PendingK = nk;
                            wait.PendingHops = nh;
                        }
                    }
                    else
                    {
                        wait.Pending = gen;
                        wait.PendingK = nk;
                        wait.PendingHops = nh;
                    }
                    s.Push(Key(mode, scale, nk, nh), s.AddLabel(t, label, e, nk, nh));
                }
            }
            if (found >= 0) return found;
        }
        return -1;
    }

    private static IndexPath ToPath(SearchScratch s, int label, int maxHops)
    {
        var hops = s.Labels[label].Hops;
        var nodes = new int[hops + 1];
        var slots = new int[hops];
        var product = s.Labels[label].K / Powers[maxHops - hops];
        for (var i = hops; i >= 0; i--, label = s.Labels[label].Pred)
        {
            nodes[i] = s.Labels[label].Node;
            if (i > 0) slots[i - 1] = s.Labels[label].Slot;
        }
        return new IndexPath(ImmutableCollectionsMarshal.AsImmutableArray(nodes), ImmutableCollectionsMarshal.AsImmutableArray(slots), product);
    }
}

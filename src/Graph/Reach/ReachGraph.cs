using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>
/// An immutable, flat projection of one account snapshot for path queries: people and counterparts
/// as int indexes in ordinal id order (so comparing index sequences compares id sequences), and the
/// hops a reach path may take as CSR adjacency. Build it once per (account, version); searches rent
/// scratch arrays, so one instance serves concurrent queries.
/// </summary>
public sealed partial class ReachGraph
{
    /// <summary>Stance byte of counterparts: a bit no avoid mask sets.</summary>
    internal const byte NoStance = 31;

    private readonly Node[] _nodes;
    private readonly Dictionary<string, int> _index;
    private readonly string?[] _functionNames;
    private readonly Edge[] _edges;
    private readonly int[]?[] _byRole = new int[]?[Enum.GetValues<BuyingRole>().Length];
    private int[]? _counterparts;

    // CSR adjacency: the hops out of node v are slots Offsets[v] .. Offsets[v + 1] - 1, sorted by
    // target, then strength descending, then edge id, so the first allowed slot to a target is the one a path uses.
    internal readonly int[] Offsets;
    internal readonly Hop[] Hops;
    internal readonly byte[] Stances;
    internal readonly int[] Roles;

    private ReachGraph(string accountId, long version, Node[] nodes, string?[] functionNames, List<(int From, int To, int Strength, Edge Edge)> hops)
    {
        AccountId = accountId;
        Version = version;
        _nodes = nodes;
        _functionNames = functionNames;
        _index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        Stances = new byte[nodes.Length];
        Roles = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            _index[nodes[i].Id] = i;
            Stances[i] = nodes[i].Kind == NodeKind.Person ? (byte)(nodes[i].Stance ?? Stance.Unknown) : NoStance;
            foreach (var r in nodes[i].Roles) Roles[i] |= 1 << (int)r;
        }

        hops.Sort((a, b) =>
        {
            var c = a.From.CompareTo(b.From);
            if (c == 0) c = a.To.CompareTo(b.To);
            if (c == 0) c = b.Strength.CompareTo(a.Strength);
            return c != 0 ? c : string.CompareOrdinal(a.Edge.Id, b.Edge.Id);
        });
        Offsets = new int[nodes.Length + 1];
        Hops = new Hop[hops.Count];
        _edges = new Edge[hops.Count];
        for (var s = 0; s < hops.Count; s++)
        {
            var h = hops[s];
            Offsets[h.From + 1]++;
            Hops[s] = new Hop(h.To, (byte)h.Strength, (byte)h.Edge.Type);
            _edges[s] = h.Edge;
        }
        for (var v = 0; v < nodes.Length; v++) Offsets[v + 1] += Offsets[v];
    }

    public string AccountId { get; }

    public long Version { get; }

    public int NodeCount => _nodes.Length;

    /// <summary>Adjacency slots: allowed hops (planned TALKS_WITH and WORKS_IN are not in the projection).</summary>
    public int SlotCount => Hops.Length;

    /// <summary>The adjacency slots of hops out of <paramref name="index"/>: [Start, End).</summary>
    public (int Start, int End) SlotsOf(int index) => (Offsets[index], Offsets[index + 1]);

    public int TargetAt(int slot) => Hops[slot].Target;

    public int StrengthAt(int slot) => Hops[slot].Strength;

    public string NodeId(int index) => _nodes[index].Id;

    internal Node NodeAt(int index) => _nodes[index];

    internal string? FunctionNameAt(int index) => _functionNames[index];

    /// <summary>The node index of a person or counterpart, or -1.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    public string EdgeIdAt(int slot) => _edges[slot].Id;

    internal Edge EdgeAt(int slot) => _edges[slot];

    public bool IsCounterpart(int index) => _nodes[index].Kind == NodeKind.Counterpart;

    public bool Has(int index, BuyingRole role) => (Roles[index] & (1 << (int)role)) != 0;

    /// <summary>Counterpart indexes in id order.</summary>
    public int[] Counterparts() => [.. CounterpartIndexes];

    /// <summary>Indexes of people holding <paramref name="role"/>, in id order.</summary>
    public int[] WithRole(BuyingRole role) => [.. RoleIndexes(role)];

    // Shared, never handed out: computed once per projection (a benign race may compute one twice).
    internal int[] CounterpartIndexes => _counterparts ??= Select(IsCounterpart);

    internal int[] RoleIndexes(BuyingRole role) => _byRole[(int)role] ??= Select(i => Has(i, role));

    private int[] Select(Func<int, bool> keep)
    {
        var list = new List<int>();
        for (var i = 0; i < _nodes.Length; i++)
            if (keep(i)) list.Add(i);
        return [.. list];
    }

    public static ReachGraph Build(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var nodes = map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart).ToArray();
        Array.Sort(nodes, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++) index[nodes[i].Id] = i;

        var functionNames = new string?[nodes.Length];
        var hops = new List<(int, int, int, Edge)>(map.Edges.Count);
        foreach (var e in map.Edges)
        {
            if (e.Type == EdgeType.WORKS_IN)
            {
                if (index.TryGetValue(e.From, out var member)) functionNames[member] ??= map.Find(e.To)?.Name;
                continue;
            }
            if (e.Type is not (EdgeType.TALKS_WITH or EdgeType.INFLUENCES or EdgeType.REPORTS_TO)) continue; // meetings, concerns: not a way in
            // A planned conversation is an intention, not yet a relationship anyone can use.
            if (e.Type == EdgeType.TALKS_WITH && e.Status == RelationshipStatus.Planned) continue;
            if (!index.TryGetValue(e.From, out var from) || !index.TryGetValue(e.To, out var to) || from == to) continue;
            if (!EdgeRules.Joins(e.Type, nodes[from].Kind, nodes[to].Kind)) continue;
            // REPORTS_TO is walked upwards, as stored (subordinate → manager); unset strength counts as 3.
            hops.Add((from, to, Math.Clamp(e.Strength ?? 3, 1, 5), e));
        }
        return new ReachGraph(map.Account.Id, map.Version, nodes, functionNames, hops);
    }
}

/// <summary>One adjacency slot, packed so the search reads a hop from one place.</summary>
internal readonly record struct Hop(int Target, byte Strength, byte Type);

using BenchmarkDotNet.Attributes;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Benchmarks;

/// <summary>
/// Next moves on generated accounts, where every pair of ours and theirs is a candidate (500 people ×
/// 20 ours = 10,000). Generated talks already reach a decision maker at 80–100 %, which leaves nothing
/// to rank, so two harder accounts are timed: one where nobody of ours talks with anyone yet (every
/// candidate with a way on gains) and one asking for the person hardest to reach (the weakest strongest
/// path of all): new and stronger relationships compete there. The baseline row finds every person's way
/// on with one forward search each: what trying the candidates without the backward search costs at least.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
public class NextMovesBenchmarks
{
    private AccountMap _map = null!;
    private ReachGraphCache _cache = null!;
    private ReachGraph _graph = null!;
    private int[] _targets = [];
    private NextMovesQuery _top10 = null!;
    private NextMovesQuery _top3 = null!;

    public sealed record Workload(int People, int Ours, bool NoTalksYet)
    {
        public override string ToString() => $"{People}/{Ours} {(NoTalksYet ? "no talks" : "far person")}";
    }

    public static IEnumerable<Workload> Workloads() =>
    [
        new(500, 20, true), new(500, 20, false), new(2_000, 20, true), new(2_000, 20, false), new(2_000, 140, true), new(2_000, 140, false),
    ];

    [ParamsSource(nameof(Workloads))]
    public Workload Account { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generated = AccountGenerator.Generate(Account.People, ours: Account.Ours);
        _map = Account.NoTalksYet ? generated with { Edges = [.. generated.Edges.Where(e => e.Type != EdgeType.TALKS_WITH)] } : generated;
        _cache = new ReachGraphCache();
        _graph = _cache.Get(_map);
        var to = Account.NoTalksYet ? ReachQuery.DecisionMakers : _graph.NodeId(HardestToReach(_graph));
        _top10 = new NextMovesQuery(To: to, K: 10);
        _top3 = _top10 with { K = 3 };
        _targets = Account.NoTalksYet ? _graph.WithRole(BuyingRole.DecisionMaker) : [_graph.IndexOf(to)];
    }

    /// <summary>The person whose strongest way in from any of ours (default limits) is the weakest of those we reach.</summary>
    private static int HardestToReach(ReachGraph g)
    {
        var ours = g.Counterparts();
        var hardest = -1;
        var weakest = double.MaxValue;
        for (var p = 0; p < g.NodeCount; p++)
        {
            if (g.IsCounterpart(p) || g.Best(ours, [p], ReachLimits.Default) is not { } path || path.Strength >= weakest) continue;
            (hardest, weakest) = (p, path.Strength);
        }
        return hardest;
    }

    [Benchmark(Description = "top 10 moves, projection built (no cache)")]
    public int Top10Cold() => NextMoves.Find(_map, _top10, TemplateWords.Instance).Moves.Count;

    [Benchmark(Description = "top 10 moves via cache")]
    public int Top10Cached() => NextMoves.Find(_map, _top10, TemplateWords.Instance, _cache).Moves.Count;

    [Benchmark(Description = "top 3 moves via cache (account sheet)")]
    public int Top3Cached() => NextMoves.Find(_map, _top3, TemplateWords.Instance, _cache).Moves.Count;

    [Benchmark(Description = "its backward search alone")]
    public int BackwardSearch()
    {
        var products = new long[_graph.NodeCount];
        var hops = new int[_graph.NodeCount];
        return _graph.StrongestIntoAny(_targets, ReachLimits.Strongest(5), products, hops);
    }

    [Benchmark(Baseline = true, Description = "instead: one forward search per person")]
    public int ForwardPerPerson()
    {
        var reached = 0;
        for (var p = 0; p < _graph.NodeCount; p++)
            if (!_graph.IsCounterpart(p) && _graph.Best([p], _targets, ReachLimits.Strongest(5)) is not null) reached++;
        return reached;
    }
}

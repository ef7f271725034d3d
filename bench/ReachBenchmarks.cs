using BenchmarkDotNet.Attributes;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Benchmarks;

/// <summary>
/// The reach engine on cached projections beside QuikGraph's Dijkstra on the same hops and −ln(strength/5)
/// weights. 93,458 people + 6,542 counterparts make the 100,000-node graph.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
public class ReachBenchmarks
{
    private AccountMap _map = null!;
    private ReachGraphCache _cache = null!;
    private ReachGraph _graph = null!;
    private int _source;
    private int[] _decisionMakers = [];
    private int[] _far = [];
    private double[] _strengths = [];
    private AdjacencyGraph<int, TaggedEdge<int, double>> _quik = null!;
    private ReachQuery _query = null!;

    [Params(50, 500, 5_000, 93_458)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = AccountGenerator.Generate(People);
        _cache = new ReachGraphCache();
        _graph = _cache.Get(_map);
        _decisionMakers = _graph.WithRole(BuyingRole.DecisionMaker);
        // The first counterpart (by id) that has a way in: a query that finds nothing is not the case to time.
        _source = _graph.Counterparts().First(c => _graph.Strongest(c, _decisionMakers) is not null);
        _strengths = new double[_graph.NodeCount];
        _far = [FarthestPerson(_graph, _source, _strengths)];
        _query = new ReachQuery(From: _graph.NodeId(_source));
        _quik = QuikGraphOf(_graph);
    }

    /// <summary>
    /// The reachable person with the weakest strongest path (default limits): the search must settle
    /// almost everything it can reach before it gets there, the worst case for a reachable target.
    /// </summary>
    private static int FarthestPerson(ReachGraph g, int source, double[] strengths)
    {
        g.StrongestTree(source, strengths, ReachLimits.Default);
        var far = -1;
        for (var v = 0; v < g.NodeCount; v++)
            if (strengths[v] > 0 && !g.IsCounterpart(v) && (far < 0 || strengths[v] <= strengths[far])) far = v;
        return far;
    }

    internal static AdjacencyGraph<int, TaggedEdge<int, double>> QuikGraphOf(ReachGraph g)
    {
        var quik = new AdjacencyGraph<int, TaggedEdge<int, double>>(allowParallelEdges: true, g.NodeCount);
        for (var v = 0; v < g.NodeCount; v++) quik.AddVertex(v);
        for (var v = 0; v < g.NodeCount; v++)
            for (var (s, end) = g.SlotsOf(v); s < end; s++)
                quik.AddEdge(new TaggedEdge<int, double>(v, g.TargetAt(s), -Math.Log(g.StrengthAt(s) / 5.0)));
        return quik;
    }

    [Benchmark(Description = "ours: strongest, 1 counterpart → decision makers")]
    public IndexPath? Strongest() => _graph.Strongest(_source, _decisionMakers);

    [Benchmark(Description = "ours: top-3 (Yen)")]
    public int Top3() => _graph.TopK([_source], _decisionMakers, 3, ReachLimits.Default).Count;

    [Benchmark(Description = "ours: strongest → farthest reachable person")]
    public IndexPath? StrongestFar() => _graph.Strongest(_source, _far);

    [Benchmark(Description = "ours: top-3 → farthest reachable person")]
    public int Top3Far() => _graph.TopK([_source], _far, 3, ReachLimits.Default).Count;

    [Benchmark(Description = "ours: ReachEngine.Find via cache (with words)")]
    public int Find() => ReachEngine.Find(_map, _query, TemplateWords.Instance, _cache).Paths.Count;

    [Benchmark(Description = "ours: single source → all (≤12 hops)")]
    public int Tree() => _graph.StrongestTree(_source, _strengths, ReachLimits.Strongest(ReachLimits.MaxHopsLimit) with { AvoidMask = 0 });

    [Benchmark(Baseline = true, Description = "QuikGraph Dijkstra: single source → all")]
    public int QuikGraphDijkstra()
    {
        var dijkstra = new DijkstraShortestPathAlgorithm<int, TaggedEdge<int, double>>(_quik, e => e.Tag);
        dijkstra.Compute(_source);
        return dijkstra.GetDistances().Count();
    }
}

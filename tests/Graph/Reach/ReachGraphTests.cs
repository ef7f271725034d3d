using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

public sealed class ReachGraphTests
{
    private static AccountMap Map(string account = "acc-1", long version = 1) => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz")
        .Person("p-luis", "Luis Gómez", Stance.Supporter).Person("p-maria", "María Vidal", roles: BuyingRole.DecisionMaker)
        .Talks("c-ana", "p-luis", 5).Influences("p-luis", "p-maria", 4).Talks("c-ana", "p-maria", 1)
        .Build(account, version);

    [Fact]
    public void The_cache_returns_the_same_projection_for_the_same_account_version()
    {
        var cache = new ReachGraphCache();

        cache.Get(Map()).ShouldBeSameAs(cache.Get(Map()));
        cache.Get(Map(version: 2)).ShouldNotBeSameAs(cache.Get(Map()));
        cache.Count.ShouldBe(2);
    }

    [Fact]
    public void The_cache_forgets_the_least_recently_used_projection_beyond_its_capacity()
    {
        var cache = new ReachGraphCache(maxBytes: 2 * MemorySize.Of(Map()));
        var first = cache.Get(Map("acc-1"));
        cache.Get(Map("acc-2"));
        cache.Get(Map("acc-1"));
        cache.Get(Map("acc-3"));

        cache.Count.ShouldBe(2);
        cache.Get(Map("acc-1")).ShouldBeSameAs(first);
    }

    [Fact]
    public void Concurrent_queries_on_one_cached_projection_agree()
    {
        var cache = new ReachGraphCache();
        var answers = new string[64];

        Parallel.For(0, answers.Length, i =>
            answers[i] = string.Join(" ", ReachEngine.Find(Map(), new ReachQuery(K: 2), Words.Text, cache).Paths.Select(p => string.Join(">", p.Nodes))));

        answers.Distinct().ShouldBe(["c-ana>p-luis>p-maria c-ana>p-maria"]);
    }

    [Fact]
    public void Index_level_search_matches_the_engine()
    {
        var g = ReachGraph.Build(Map());
        var ana = g.IndexOf("c-ana");

        var path = g.Strongest(ana, g.WithRole(BuyingRole.DecisionMaker)).ShouldNotBeNull();
        path.Nodes.Select(g.NodeId).ShouldBe(["c-ana", "p-luis", "p-maria"]);
        path.Product.ShouldBe(20);
        g.Strongest(ana, g.WithRole(BuyingRole.DecisionMaker)).ShouldBe(path, "paths compare by content");

        var strengths = new double[g.NodeCount];
        g.StrongestTree(ana, strengths, ReachLimits.Default).ShouldBe(3);
        strengths[g.IndexOf("p-maria")].ShouldBe(0.8, 1e-12);
        strengths[g.IndexOf("p-luis")].ShouldBe(1.0, 1e-12);
    }
}

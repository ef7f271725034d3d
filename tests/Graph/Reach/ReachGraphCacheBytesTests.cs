using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>The reach cache is bounded by what its graphs weigh, not by how many it holds (#20).</summary>
public sealed class ReachGraphCacheBytesTests
{
    private static AccountMap Map(string account, int people)
    {
        var builder = new MapBuilder().Counterpart("c-ana", "Ana Ruiz");
        for (var i = 0; i < people; i++) builder.Person($"p-{i}", $"Person {i}").Talks("c-ana", $"p-{i}", 3);
        return builder.Build(account, 1);
    }

    [Fact]
    public void The_estimated_bytes_held_never_exceed_the_bound_whatever_the_sizes_of_the_maps()
    {
        var cache = new ReachGraphCache(maxBytes: 1_000_000);
        var random = new Random(20);
        for (var i = 0; i < 200; i++)
        {
            cache.Get(Map($"acc-{i}", random.Next(1, 400)));
            cache.Bytes.ShouldBeLessThanOrEqualTo(cache.MaxBytes);
        }
        cache.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void One_large_map_takes_the_room_of_many_small_ones()
    {
        var small = Map("small-0", 5);
        var cache = new ReachGraphCache(maxBytes: 20 * MemorySize.Of(small));
        for (var i = 0; i < 20; i++) cache.Get(Map($"small-{i}", 5));
        cache.Count.ShouldBe(20);

        cache.Get(Map("large", 60));

        cache.Count.ShouldBeLessThan(20, "the large graph pushed small ones out");
        cache.Bytes.ShouldBeLessThanOrEqualTo(cache.MaxBytes);
    }

    [Fact]
    public void A_graph_larger_than_the_whole_bound_is_answered_from_but_not_kept()
    {
        var cache = new ReachGraphCache(maxBytes: MemorySize.Of(Map("small", 2)) + 1);
        cache.Get(Map("small", 2));

        var large = Map("large", 50);
        cache.Get(large).AccountId.ShouldBe("large");

        cache.Count.ShouldBe(1);
        cache.Get(large).ShouldNotBeSameAs(cache.Get(large), "built each time, never held");
    }
}

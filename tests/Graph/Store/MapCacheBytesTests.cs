using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Graph.Reach;

namespace SalesOps.Tests.Graph.Store;

/// <summary>The Neo4j store's map cache is bounded by what its maps weigh, not by how many it holds (#20).</summary>
public sealed class MapCacheBytesTests
{
    private static Snapshot Snapshot(string account, int people)
    {
        var builder = new MapBuilder().Counterpart("c-ana", "Ana Ruiz");
        for (var i = 0; i < people; i++) builder.Person($"p-{i}", $"Person {i}").Talks("c-ana", $"p-{i}", 3);
        return new Snapshot(builder.Build(account, 1), 0, "stamp");
    }

    [Fact]
    public void The_estimated_bytes_held_never_exceed_the_bound_and_the_least_recently_used_go_first()
    {
        var cache = new MapCache(maxBytes: 3 * MemorySize.Of(Snapshot("a", 10).Map));
        cache.Put("a", Snapshot("a", 10));
        cache.Put("b", Snapshot("b", 10));
        cache.Put("c", Snapshot("c", 10));
        cache.Get("a", "stamp", 1).ShouldNotBeNull();

        cache.Put("d", Snapshot("d", 10));

        cache.Bytes.ShouldBeLessThanOrEqualTo(3 * MemorySize.Of(Snapshot("a", 10).Map));
        cache.Holds("b").ShouldBeFalse("b was the least recently used");
        cache.Holds("a").ShouldBeTrue();
        cache.Holds("d").ShouldBeTrue();
    }

    [Fact]
    public void A_map_heavier_than_the_whole_bound_is_not_kept()
    {
        var cache = new MapCache(maxBytes: MemorySize.Of(Snapshot("a", 10).Map));
        cache.Put("a", Snapshot("a", 10));

        cache.Put("big", Snapshot("big", 200));

        cache.Holds("big").ShouldBeFalse();
        cache.Bytes.ShouldBeLessThanOrEqualTo(MemorySize.Of(Snapshot("a", 10).Map));
    }
}

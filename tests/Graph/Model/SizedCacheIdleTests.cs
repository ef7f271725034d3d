using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Model;

/// <summary>An idle server keeps none of its last visitors' cache entries (#20): what nobody asked for lately can go.</summary>
public sealed class SizedCacheIdleTests
{
    private readonly MovableClock _clock = new(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_entry_nobody_asked_for_within_the_time_is_dropped_and_one_asked_for_again_stays()
    {
        var cache = new SizedCache<string, string>(1000, clock: _clock);
        cache.GetOrAdd("left", () => ("left's layout", 100));
        cache.GetOrAdd("kept", () => ("kept's layout", 200));
        _clock.Advance(TimeSpan.FromMinutes(2));
        cache.GetOrAdd("kept", () => throw new InvalidOperationException("held, not built again"));
        _clock.Advance(TimeSpan.FromMinutes(1));

        cache.DropUnused(TimeSpan.FromMinutes(2)).ShouldBe(1);

        cache.Count.ShouldBe(1);
        cache.Bytes.ShouldBe(200);
        cache.GetOrAdd("kept", () => throw new InvalidOperationException("still held")).ShouldBe("kept's layout");
        cache.GetOrAdd("left", () => ("built again", 100)).ShouldBe("built again");
    }

    [Fact]
    public void Entries_used_within_the_time_are_all_kept()
    {
        var cache = new SizedCache<int, int>(1000, clock: _clock);
        for (var i = 0; i < 5; i++) cache.GetOrAdd(i, () => (i, 10));
        _clock.Advance(TimeSpan.FromSeconds(59));

        cache.DropUnused(TimeSpan.FromMinutes(1)).ShouldBe(0);

        cache.Count.ShouldBe(5);
        cache.Bytes.ShouldBe(50);
    }
}

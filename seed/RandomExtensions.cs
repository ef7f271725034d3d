namespace SalesOps.Seed;

/// <summary>Choices drawn from the seeded <see cref="Random"/>, so every draw is reproducible.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static List<T> Shuffled<T>(this Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>Up to <paramref name="count"/> distinct items in random order.</summary>
    public static List<T> Sample<T>(this Random random, IEnumerable<T> items, int count) =>
        [.. random.Shuffled(items).Take(count)];

    public static T Weighted<T>(this Random random, params ReadOnlySpan<(T Item, int Weight)> options)
    {
        var total = 0;
        foreach (var (_, weight) in options) total += Math.Max(weight, 0);
        var roll = random.Next(total);
        foreach (var (item, weight) in options)
        {
            if (roll < Math.Max(weight, 0)) return item;
            roll -= Math.Max(weight, 0);
        }
        throw new InvalidOperationException("Weighted choice needs at least one positive weight.");
    }
}

namespace SalesOps.Seed.Training;

/// <summary>How many people of the customer a generated account maps.</summary>
public enum AccountSize
{
    /// <summary>The buying center and little more: 6–16 people.</summary>
    BuyingCenter,
    /// <summary>A mid-sized company: 50–200 people.</summary>
    Mid,
    /// <summary>500 people.</summary>
    Large,
    /// <summary>2,000 people.</summary>
    ExtraLarge,
    /// <summary>100,000 people: the stress test.</summary>
    Stress,
}

public static class AccountSizes
{
    public static readonly IReadOnlyList<AccountSize> All = Enum.GetValues<AccountSize>();

    /// <summary>The command-line name ("buying-center", "extra-large").</summary>
    public static string Name(this AccountSize size) => size switch
    {
        AccountSize.BuyingCenter => "buying-center",
        AccountSize.Mid => "mid",
        AccountSize.Large => "large",
        AccountSize.ExtraLarge => "extra-large",
        AccountSize.Stress => "stress",
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Not a size."),
    };

    /// <summary>The short code in account ids.</summary>
    internal static string Code(this AccountSize size) => size switch
    {
        AccountSize.BuyingCenter => "bc",
        AccountSize.Mid => "mid",
        AccountSize.Large => "l500",
        AccountSize.ExtraLarge => "l2000",
        _ => "stress",
    };

    /// <summary>The fewest and most people an account of this size maps.</summary>
    public static (int Min, int Max) People(this AccountSize size) => size switch
    {
        AccountSize.BuyingCenter => (6, 16),
        AccountSize.Mid => (50, 200),
        AccountSize.Large => (500, 500),
        AccountSize.ExtraLarge => (2_000, 2_000),
        _ => (100_000, 100_000),
    };

    public static AccountSize Parse(string name) =>
        All.Where(s => string.Equals(s.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (AccountSize?)s).FirstOrDefault()
        ?? throw new ArgumentException($"'{name}' is not a size; use {string.Join(", ", All.Select(s => s.Name()))}.", nameof(name));

    internal static AccountSize? FromCode(string code) => All.Where(s => s.Code() == code).Select(s => (AccountSize?)s).FirstOrDefault();
}

using System.Globalization;
using System.Text.RegularExpressions;
using SalesOps.Graph.Model;

namespace SalesOps.Seed.Training;

/// <summary>
/// What a trainer asks for before a class: which lessons, in which language, how big, from which seed and
/// reference date, and how many copies of each account (one per participant or group, so nobody edits
/// another's map). The same description always gives the same accounts, byte for byte.
/// </summary>
public sealed record TrainingSet
{
    public required IReadOnlyList<Scenario> Scenarios { get; init; }
    /// <summary>"en", "de" or "es": the language of everything generated.</summary>
    public string Locale { get; init; } = "en";
    public AccountSize Size { get; init; } = AccountSize.BuyingCenter;
    public int Seed { get; init; } = 1;
    /// <summary>Dates count back (and forward, for planned meetings) from this day, never from today.</summary>
    public DateOnly ReferenceDate { get; init; } = DemoData.DefaultReferenceDate;
    public int Copies { get; init; } = 1;

    public const int MaxCopies = 50;

    /// <summary>Names the set in the store: its accounts are those whose recipe has this <see cref="TrainingRecipe.SetId"/>.</summary>
    public string Id => TrainingRecipe.SetIdOf(Locale, Size, Seed, ReferenceDate);

    /// <summary>One recipe per scenario and copy, scenarios in the order given, then copies.</summary>
    public IReadOnlyList<TrainingRecipe> Recipes()
    {
        ArgumentNullException.ThrowIfNull(Scenarios);
        if (Scenarios.Count == 0) throw new ArgumentException("Pick at least one scenario.", nameof(Scenarios));
        if (Scenarios.Distinct().Count() != Scenarios.Count) throw new ArgumentException("Each scenario once; ask for copies instead.", nameof(Scenarios));
        ArgumentOutOfRangeException.ThrowIfLessThan(Copies, 1, nameof(Copies));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Copies, MaxCopies, nameof(Copies));
        return [.. Scenarios.SelectMany(s => Enumerable.Range(1, Copies).Select(c => new TrainingRecipe(s, Locale, Size, Seed, ReferenceDate, c)))];
    }
}

/// <summary>
/// Everything one training account is generated from. Its account id spells it out
/// (<c>trn-detractor-es-bc-s42-d20260115-c1</c>), so an account in the store says which training set
/// made it and can be regenerated (a reset, an answer key) from its id alone.
/// </summary>
public sealed partial record TrainingRecipe(Scenario Scenario, string Locale, AccountSize Size, int Seed, DateOnly ReferenceDate, int Copy)
{
    /// <summary>Every training account id starts with this; nothing else the app creates does.</summary>
    public const string Prefix = "trn-";

    public string AccountId => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}{Scenario.Code()}-{Locale}-{Size.Code()}-s{Seed}-d{ReferenceDate:yyyyMMdd}-c{Copy}");

    /// <summary>The set this account belongs to: every scenario and copy made with the same locale, size, seed and date.</summary>
    public string SetId => SetIdOf(Locale, Size, Seed, ReferenceDate);

    public static string SetIdOf(string locale, AccountSize size, int seed, DateOnly referenceDate) =>
        string.Create(CultureInfo.InvariantCulture, $"{locale}-{size.Code()}-s{seed}-d{referenceDate:yyyyMMdd}");

    public static bool IsTraining(string accountId) => accountId?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The recipe an account id spells, or null when the id is not a training account's.</summary>
    public static TrainingRecipe? Parse(string accountId)
    {
        if (accountId is null || IdPattern().Match(accountId) is not { Success: true } m) return null;
        var scenario = Scenarios.All.Where(s => s.Code() == m.Groups["scenario"].Value).Select(s => (Scenario?)s).FirstOrDefault();
        var size = AccountSizes.FromCode(m.Groups["size"].Value);
        var locale = m.Groups["locale"].Value;
        if (scenario is null || size is null || !Words.Locales.Contains(locale)) return null;
        if (!int.TryParse(m.Groups["seed"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)) return null;
        if (!DateOnly.TryParseExact(m.Groups["date"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        if (!int.TryParse(m.Groups["copy"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var copy) || copy < 1) return null;
        return new TrainingRecipe(scenario.Value, locale, size.Value, seed, date, copy);
    }

    /// <summary>Checks the recipe before anything is generated; throws ArgumentException naming the field.</summary>
    internal void Validate()
    {
        Words.Check(Locale, nameof(Locale));
        if (!Enum.IsDefined(Scenario)) throw new ArgumentException($"'{Scenario}' is not a scenario.", nameof(Scenario));
        if (!Enum.IsDefined(Size)) throw new ArgumentException($"'{Size}' is not a size.", nameof(Size));
        ArgumentOutOfRangeException.ThrowIfNegative(Seed, nameof(Seed));
        ArgumentOutOfRangeException.ThrowIfLessThan(Copy, 1, nameof(Copy));
        if (!Ids.IsValid(AccountId)) throw new ArgumentException($"'{AccountId}' is not a valid account id.", nameof(Seed));
    }

    [GeneratedRegex(@"^trn-(?<scenario>[a-z-]+?)-(?<locale>[a-z]{2})-(?<size>[a-z0-9]+)-s(?<seed>\d+)-d(?<date>\d{8})-c(?<copy>\d+)\z")]
    private static partial Regex IdPattern();
}

using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>Deterministic demo accounts for trying SalesOps: realistic B2B buying centers with their gaps.</summary>
public static class DemoData
{
    public static readonly DateOnly DefaultReferenceDate = new(2026, 1, 15);

    /// <summary>
    /// Builds <paramref name="accounts"/> account maps. The same seed, reference date and locale give
    /// byte-identical maps, ids included; dates count back from the reference date, never from today.
    /// </summary>
    /// <param name="locale">Locale of people's and company names: "en", "de" or "es".</param>
    public static IReadOnlyList<AccountMap> Generate(int seed = 42, int accounts = 6, DateOnly? referenceDate = null, string locale = "en")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accounts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(accounts, 1000);
        ArgumentNullException.ThrowIfNull(locale);
        if (!DemoVocabulary.Locales.Contains(locale))
            throw new ArgumentException($"Demo data speaks {string.Join(", ", DemoVocabulary.Locales)}; '{locale}' is not one of them.", nameof(locale));

        var random = new Random(seed);
        var positions = random.Shuffled(Enum.GetValues<SupplierPosition>());
        var industries = random.Shuffled(DemoVocabulary.Industries);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var maps = new List<AccountMap>(accounts);
        for (var i = 0; i < accounts; i++)
        {
            var setting = new AccountSetting(random.Next(), i, locale, industries[i % industries.Count],
                positions[i % positions.Count], referenceDate ?? DefaultReferenceDate);
            maps.Add(AccountBuilder.Build(setting, names));
        }
        return maps;
    }
}

namespace SalesOps.Seed;

/// <summary>
/// One curated phrase in every language the generator speaks, side by side, so a translation can never be
/// missing and every list has the same length in each language: the same seed then picks the same entry
/// whatever the locale, and a Spanish class sees the map an English class sees, in Spanish.
/// </summary>
public sealed record Words(string En, string De, string Es)
{
    /// <summary>The locales the generator speaks: "en", "de", "es".</summary>
    public static readonly IReadOnlyList<string> Locales = ["en", "de", "es"];

    public string In(string locale) => locale switch
    {
        "de" => De,
        "es" => Es,
        _ => En,
    };

    /// <summary>Refuses a locale the vocabulary does not speak, naming the parameter.</summary>
    public static string Check(string? locale, string parameter) =>
        locale is not null && Locales.Contains(locale)
            ? locale
            : throw new ArgumentException($"The generator speaks {string.Join(", ", Locales)}; '{locale}' is not one of them.", parameter);
}

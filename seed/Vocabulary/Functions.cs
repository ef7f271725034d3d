namespace SalesOps.Seed;

/// <summary>
/// The customer functions accounts are built from. The constants are the English names, which the generator
/// also uses as keys; <see cref="Name"/> gives the name a map in another locale shows.
/// </summary>
public static class Functions
{
    public const string Executive = "Executive management";
    public const string Purchasing = "Purchasing";
    public const string Engineering = "Engineering";
    public const string Production = "Production";
    public const string Quality = "Quality";
    public const string Finance = "Finance";
    public const string IT = "IT";
    public const string Marketing = "Marketing";

    public static readonly IReadOnlyList<string> All =
        [Executive, Purchasing, Engineering, Production, Quality, Finance, IT, Marketing];

    private static readonly Dictionary<string, Words> Names = new(StringComparer.Ordinal)
    {
        [Executive] = new("Executive management", "Geschäftsführung", "Dirección General"),
        [Purchasing] = new("Purchasing", "Einkauf", "Compras"),
        [Engineering] = new("Engineering", "Entwicklung", "Ingeniería"),
        [Production] = new("Production", "Produktion", "Producción"),
        [Quality] = new("Quality", "Qualitätssicherung", "Calidad"),
        [Finance] = new("Finance", "Finanzen", "Finanzas"),
        // German and Spanish business usage say Marketing too, German says IT (Duden, RAE); Spanish says Sistemas.
        [IT] = new("IT", "IT", "Sistemas"),
        [Marketing] = new("Marketing", "Marketing", "Marketing"),
    };

    /// <summary>The function's name in a locale ("Einkauf" for Purchasing in "de").</summary>
    public static string Name(string function, string locale) => Names[function].In(locale);

    internal static IEnumerable<Words> AllWords => Names.Values;

    /// <summary>Functions whose people judge the offer technically (evaluators and users come from here).</summary>
    public static readonly IReadOnlyList<string> Technical = [Engineering, Production, Quality, IT];

    /// <summary>How often each function is involved in buying industrial equipment, as weights for Direct/Indirect/None.</summary>
    internal static (int Direct, int Indirect, int None) InvolvementWeights(string function) => function switch
    {
        Executive or Purchasing => (1, 0, 0),
        Engineering or Production => (4, 1, 0),
        Finance => (2, 3, 0),
        Quality => (2, 3, 1),
        IT => (1, 3, 2),
        _ => (0, 2, 3),
    };

    /// <summary>The chance that a function is led by a C-level executive rather than a director.</summary>
    internal static double ExecutiveHeadChance(string function) => function switch
    {
        Finance => 0.6,
        Engineering or Production => 0.35,
        Quality => 0,
        _ => 0.2,
    };
}

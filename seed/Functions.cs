namespace SalesOps.Seed;

/// <summary>The customer functions demo accounts are built from, spelled as the UI shows them.</summary>
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

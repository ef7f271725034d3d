using System.Globalization;
using System.Text;

namespace SalesOps.Web.Features.Map;

/// <summary>How people look for names: "lucia" finds Lucía, "MULLER" finds Müller.</summary>
public static class Names
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public static bool Contain(string name, string part) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(name, part, Loose) >= 0 || Folded(name).Contains(Folded(part), StringComparison.Ordinal);

    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Folded(a.Trim()), Folded(b.Trim()), StringComparison.Ordinal);

    // German umlauts are also typed as ae/oe/ue: "Mueller" is Müller.
    private static string Folded(string s)
    {
        var lower = s.ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }
}

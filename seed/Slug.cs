using System.Globalization;
using System.Text;

namespace SalesOps.Seed;

/// <summary>Lowercase ASCII forms of names for ids, e-mail addresses and domains ("Müller &amp; Söhne" → "mueller-soehne").</summary>
internal static class Slug
{
    public static string Of(string text, int max = 50)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString(0, Math.Min(sb.Length, max)).Trim('-');
        return slug.Length > 0 ? slug : "x";
    }

    private static string Fold(string text)
    {
        var upper = text.ToUpperInvariant().Normalize(NormalizationForm.FormC)
            .Replace("Ä", "AE", StringComparison.Ordinal)
            .Replace("Ö", "OE", StringComparison.Ordinal)
            .Replace("Ü", "UE", StringComparison.Ordinal)
            .Replace("ß", "SS", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(upper.Length);
        foreach (var c in upper)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c);
        }
        return sb.ToString();
    }
}

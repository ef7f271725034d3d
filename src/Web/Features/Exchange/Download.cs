using System.Globalization;
using System.Text;

namespace SalesOps.Web.Features.Exchange;

/// <summary>A file to hand to the caller: its bytes, its content type and the name it is saved under.</summary>
public sealed record Download(byte[] Bytes, string ContentType, string FileName)
{
    public const string Csv = "text/csv; charset=utf-8";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Svg = "image/svg+xml";
    public const string Png = "image/png";
    public const string Calendar = "text/calendar; charset=utf-8";

    /// <summary>
    /// "vidal-packaging-s-a-people-2026-11-29.csv": the account's name in plain letters (accents dropped,
    /// so every browser and mail client keeps it), what the file holds and the day it was made.
    /// </summary>
    public static string Name(string accountName, string what, DateOnly day, string extension)
    {
        var slug = Slug(accountName);
        var parts = what.Length == 0 ? slug : $"{slug}-{what}";
        return $"{parts}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }

    /// <summary>"Vidal Packaging S.A." → "vidal-packaging-s-a"; "account" when nothing plain is left.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 50) slug = slug[..50].TrimEnd('-');
        return slug.Length == 0 ? "account" : slug;
    }
}

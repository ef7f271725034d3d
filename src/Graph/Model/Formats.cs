using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesOps.Graph.Model;

/// <summary>
/// How strengths and days are shown to people, on every page and in the sentences the model composes
/// (docs/domain.md): a relationship's strength out of five ("4/5"), a path's strength as a percentage
/// (the product of its hops' strength / 5, so one hop of 4/5 is 80 %), and a day in the reader's
/// culture with the year only when it is not this year ("Nov 6" and "Nov 6, 2025" in English,
/// "6. Nov." and "6. Nov. 2025" in German).
/// </summary>
public static partial class Formats
{
    private static readonly ConcurrentDictionary<CultureInfo, (string ThisYear, string OtherYear)> Patterns = new();

    /// <summary>A relationship's (or an influence's, a reporting line's) strength on its own scale: "4/5".</summary>
    public static string Strength(int strength) => string.Create(CultureInfo.InvariantCulture, $"{strength}/5");

    /// <summary>A path's strength as a whole percentage in the culture's way ("48%", "48 %"); a weak path stays above zero ("&lt;1%").</summary>
    public static string PathStrength(double strength, CultureInfo? culture = null)
    {
        var c = Reader(culture);
        return strength > 0 && strength < 0.005 ? "<" + 0.01.ToString("P0", c) : strength.ToString("P0", c);
    }

    /// <summary>A day as the culture writes it with an abbreviated month; the year only when it is not <paramref name="today"/>'s.</summary>
    public static string Date(DateOnly day, DateOnly today, CultureInfo? culture = null)
    {
        var c = Reader(culture);
        var (thisYear, otherYear) = Patterns.GetOrAdd(c, Derive);
        return day.ToString(day.Year == today.Year ? thisYear : otherYear, c);
    }

    /// <summary>A day with its year whatever today is: for what outlives the day it was made (a printed sheet's date).</summary>
    public static string DateWithYear(DateOnly day, CultureInfo? culture = null)
    {
        var c = Reader(culture);
        return day.ToString(Patterns.GetOrAdd(c, Derive).OtherYear, c);
    }

    /// <summary>A share in whole percent as the culture writes it ("12%", "12 %").</summary>
    public static string Share(int percent, CultureInfo? culture = null) => (percent / 100.0).ToString("P0", Reader(culture));

    /// <summary>
    /// An amount in its currency as the reader's culture writes money ("€1,250,000" in English, "1.250.000 €" in Spanish
    /// and German): the culture gives grouping, decimals and where the symbol goes; the account gives the currency.
    /// Cents only when there are any. An unknown or missing currency shows its code, or just the number.
    /// </summary>
    public static string Money(decimal amount, string? currency, CultureInfo? culture = null)
    {
        var c = Reader(culture);
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        var f = (NumberFormatInfo)c.NumberFormat.Clone();
        f.CurrencyDecimalDigits = amount == decimal.Truncate(amount) ? 0 : 2;
        f.NumberDecimalDigits = f.CurrencyDecimalDigits;
        if (code.Length == 0) return amount.ToString("N", f);
        f.CurrencySymbol = Symbols.GetValueOrDefault(code, code);
        return amount.ToString("C", f);
    }

    /// <summary>The symbols people write for the currencies accounts use most; any other shows its ISO code.</summary>
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["EUR"] = "€", ["USD"] = "$", ["GBP"] = "£", ["JPY"] = "¥", ["CHF"] = "CHF",
    };

    /// <summary>
    /// The culture's month-day pattern, and its long date without the weekday, with the month
    /// abbreviated: .NET has no "short month and day" pattern, and these two keep each culture's
    /// order and punctuation ("MMM d" and "MMM d, yyyy"; "d. MMM" and "d. MMM yyyy").
    /// </summary>
    private static (string, string) Derive(CultureInfo c)
    {
        var f = c.DateTimeFormat;
        return (FullMonth().Replace(f.MonthDayPattern, "MMM"), FullMonth().Replace(Weekday().Replace(f.LongDatePattern, ""), "MMM").Trim());
    }

    /// <summary>The invariant culture is nobody's: servers and test machines run with it (C.UTF-8), people read English.</summary>
    private static CultureInfo Reader(CultureInfo? culture)
    {
        var c = culture ?? CultureInfo.CurrentCulture;
        return c.Equals(CultureInfo.InvariantCulture) ? CultureInfo.GetCultureInfo("en") : c;
    }

    [GeneratedRegex("M{4}")]
    private static partial Regex FullMonth();

    [GeneratedRegex(@"^\s*dddd[\s,]*|[\s,]*dddd\s*$")]
    private static partial Regex Weekday();
}

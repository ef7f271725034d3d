using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;

namespace SalesOps.Tests.Support;

/// <summary>
/// A pseudo-locale over the app's real words: every value the real factory's localizers return comes back
/// accented and in brackets ("Save" → "[Šåṽé]"), placeholders and markup untouched. Text on a page that
/// still has plain ASCII letters did not come through a localizer (or is data).
/// </summary>
public sealed class PseudoLocalizerFactory(IStringLocalizerFactory real) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PseudoLocalizer(real.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PseudoLocalizer(real.Create(baseName, location));

    private sealed class PseudoLocalizer(IStringLocalizer real) : IStringLocalizer
    {
        public LocalizedString this[string name] => Pseudo.Of(real[name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var template = Pseudo.Of(real[name]);
                return template.ResourceNotFound ? real[name, arguments]
                    : new(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), false, template.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => real.GetAllStrings(includeParentCultures).Select(Pseudo.Of);
    }
}

/// <summary>The pseudo-locale's spelling: every ASCII letter swapped for an accented one, the whole wrapped in brackets.</summary>
public static class Pseudo
{
    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    /// <summary>A missing key stays as it is (its name then shows, and the test sees it).</summary>
    public static LocalizedString Of(LocalizedString s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.ResourceNotFound ? s : new(s.Name, Of(s.Value), false, s.SearchedLocation);
    }

    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var b = new StringBuilder("[", value.Length + 2);
        var depth = 0; // inside {placeholder} or <markup>: left as the code reads it
        foreach (var c in value)
        {
            if (c is '{' or '<') depth++;
            else if (c is '}' or '>' && depth > 0) depth--;
            var i = depth == 0 ? Plain.IndexOf(c, StringComparison.Ordinal) : -1;
            b.Append(i >= 0 ? Accented[i] : c);
        }
        return b.Append(']').ToString();
    }

    /// <summary>Words of a text with plain ASCII letters, which no pseudo value has.</summary>
    public static IEnumerable<string> PlainWords(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text ?? "", @"[\p{L}\p{Mn}]+").Select(m => m.Value)
            .Where(w => w.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'));
}

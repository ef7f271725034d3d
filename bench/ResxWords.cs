using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;

namespace SalesOps.Benchmarks;

/// <summary>
/// The app's English words (src/Web/Resources/Text.resx) for the sentences src/Graph composes, without
/// referencing the web project from the benchmarks: a lookup by key and a format, as the app's localizer does.
/// </summary>
internal sealed class ResxWords : IStringLocalizer
{
    private readonly Dictionary<string, string> _text;

    private ResxWords(Dictionary<string, string> text) => _text = text;

    public static ResxWords English { get; } = Load();

    public LocalizedString this[string name] =>
        _text.TryGetValue(name, out var value) ? new(name, value) : new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        this[name] is var s && !s.ResourceNotFound ? new(name, string.Format(CultureInfo.CurrentCulture, s.Value, arguments)) : s;

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _text.Select(p => new LocalizedString(p.Key, p.Value));

    private static ResxWords Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "src", "Web", "Resources", "Text.resx");
            if (File.Exists(file))
                return new(XDocument.Load(file).Root!.Elements("data")
                    .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal));
        }
        throw new FileNotFoundException("src/Web/Resources/Text.resx was not found above the benchmark's folder.");
    }
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Languages;

/// <summary>
/// The app's words as the resource files in the source tree hold them: English and each translation, of the
/// web app's Text (src/Web/Resources) and of the messages Graph raises, Errors (src/Graph/Resources).
/// </summary>
public static partial class ResourceFiles
{
    public static IReadOnlyList<string> Sets { get; } = ["Text", "Errors"];

    private static string Folder(string set) =>
        Path.Combine(Neo4jTestServer.RepoRoot(), "src", set == "Errors" ? "Graph" : "Web", "Resources");

    /// <summary>Key → value of {set}.resx (<paramref name="language"/> null) or {set}.{language}.resx.</summary>
    public static IReadOnlyDictionary<string, string> Read(string? language, string set = "Text")
    {
        var file = Path.Combine(Folder(set), language is null ? $"{set}.resx" : $"{set}.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    /// <summary>
    /// The placeholders a value fills, each once, sorted: "{0}", "{1}", and the named ones the import's
    /// templates use ("{at}", "{field}"); a format after a colon ("{0:N0}") belongs to the same placeholder.
    /// </summary>
    public static IReadOnlyList<string> Placeholders(string value) =>
        [.. Placeholder().Matches(value).Select(m => "{" + m.Groups[1].Value + "}").Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<!\{)\{([A-Za-z0-9_]+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}

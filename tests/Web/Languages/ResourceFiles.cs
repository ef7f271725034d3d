using System.Text.RegularExpressions;
using System.Xml.Linq;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Languages;

/// <summary>The app's words as the resource files in the source tree hold them: English and each translation.</summary>
public static partial class ResourceFiles
{
    public static readonly string Folder = Path.Combine(Neo4jTestServer.RepoRoot(), "src", "Web", "Resources");

    /// <summary>Key → value of Text.resx (<paramref name="language"/> null) or Text.{language}.resx.</summary>
    public static IReadOnlyDictionary<string, string> Read(string? language)
    {
        var file = Path.Combine(Folder, language is null ? "Text.resx" : $"Text.{language}.resx");
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

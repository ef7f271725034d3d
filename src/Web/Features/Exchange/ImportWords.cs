using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;

namespace SalesOps.Web.Features.Exchange;

/// <summary>
/// The import's findings and fields in the reader's language: the templates keyed "Import.{Kind}" and
/// "Import.Field.{Field}" (ImportMessages.Templates) live in Text.resx, and ImportMessages fills them.
/// </summary>
public static class ImportWords
{
    public static string Say(ImportIssue issue, IStringLocalizer<Text> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return ImportMessages.Format(issue, key => words[key]);
    }

    public static string Field(ContactField field, IStringLocalizer<Text> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words[$"Import.Field.{field}"];
    }

    /// <summary>The separator as a person reads it: "," ";" "|" or "tab".</summary>
    public static string Separator(char separator) => separator switch
    {
        '\t' => "tab",
        '\0' => "",
        _ => separator.ToString(),
    };

    /// <summary>";" "," "|" or a tab from what a caller types: the character itself, or comma, semicolon, tab, pipe.</summary>
    public static char? ParseSeparator(string? text, string field = "separator") => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "," or "comma" => ',',
        ";" or "semicolon" => ';',
        "\t" or "tab" or "\\t" => '\t',
        "|" or "pipe" => '|',
        _ => throw Graph.Model.GraphException.Invalid(InputWords.Say("Error.Input.Separator.Unknown", text ?? ""), field),
    };

    /// <summary>"Header=Field" pairs (the API's map parameter, the command line's --mapping) as a mapping; Invalid on a field the import does not know.</summary>
    public static ColumnMapping? ParseMapping(IEnumerable<string>? pairs)
    {
        var list = pairs?.SelectMany(p => p.Split('\n')).Where(p => !string.IsNullOrWhiteSpace(p)).ToList() ?? [];
        if (list.Count == 0) return null;
        var columns = new List<(string, ContactField)>();
        foreach (var pair in list)
        {
            var at = pair.LastIndexOf('=');
            var field = at < 0 ? "" : pair[(at + 1)..].Trim();
            if (at <= 0 || !Enum.TryParse<ContactField>(field, ignoreCase: true, out var f) || !field.All(char.IsAsciiLetter))
                throw Graph.Model.GraphException.Invalid(
                    InputWords.Say("Error.Input.Mapping.Invalid", pair, string.Join(", ", Enum.GetNames<ContactField>())), "mapping");
            columns.Add((pair[..at].Trim(), f));
        }
        return ColumnMapping.Of([.. columns]);
    }
}

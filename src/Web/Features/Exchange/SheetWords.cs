using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;

namespace SalesOps.Web.Features.Exchange;

/// <summary>Which tables a spreadsheet download holds: one of them, or (in a workbook) all three.</summary>
public enum SheetWhat { People, Relationships, Matrix, All }

/// <summary>
/// Sheet names and column headers in the reader's language. The tables come from <see cref="MapSheets"/>
/// with English headers; each header has a key "Sheet.Column.{Header in letters}" ("Buying roles" →
/// Sheet.Column.BuyingRoles), each table "Sheet.Name.{What}". The contact matrix's columns are people's
/// names and stay as they are.
/// </summary>
public static class SheetWords
{
    public static IReadOnlyList<SheetTable> Tables(Graph.Model.AccountMap map, SheetWhat what, IStringLocalizer<Text> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return what switch
        {
            SheetWhat.People => [Local(MapSheets.People(map, words), SheetWhat.People, words)],
            SheetWhat.Relationships => [Local(MapSheets.Relationships(map, words), SheetWhat.Relationships, words)],
            SheetWhat.Matrix => [Local(MapSheets.Matrix(map, words), SheetWhat.Matrix, words)],
            _ => [Local(MapSheets.People(map, words), SheetWhat.People, words), Local(MapSheets.Relationships(map, words), SheetWhat.Relationships, words),
                Local(MapSheets.Matrix(map, words), SheetWhat.Matrix, words)],
        };
    }

    /// <summary>The resource key of an English header: "Sheet.Column." and its letters, each word capitalised.</summary>
    public static string Key(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var words = header.Split([' ', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return "Sheet.Column." + string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static SheetTable Local(SheetTable table, SheetWhat what, IStringLocalizer<Text> words)
    {
        var translated = what == SheetWhat.Matrix ? 1 : table.Headers.Count;
        var headers = table.Headers.Select((h, i) => i < translated && words[Key(h)] is { ResourceNotFound: false } w ? w.Value : h).ToList();
        return table with { Name = words[$"Sheet.Name.{what}"], Headers = headers };
    }
}

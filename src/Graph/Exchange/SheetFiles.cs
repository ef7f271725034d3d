using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using nietras.SeparatedValues;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// Writes <see cref="SheetTable"/>s as files people open in Excel: CSV in UTF-8 with a byte-order mark
/// (so Excel shows accents) written by Sep, with the separator the reader's Excel expects (';' in
/// Spain and Germany: <see cref="SeparatorFor"/>); or one .xlsx workbook with a sheet per table,
/// written by MiniExcel, with typed numbers and dates, a frozen header and filters.
/// </summary>
public static class SheetFiles
{
    /// <summary>The list separator of a culture's Excel: ';' for es-ES and de-DE, ',' for en-US.</summary>
    public static char SeparatorFor(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TextInfo.ListSeparator is [var c] && c is ';' or ',' or '\t' ? c : ',';
    }

    public static void WriteCsv(SheetTable table, Stream output, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var text = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true) { NewLine = "\r\n" };
        using var writer = Sep.New(separator).Writer(o => o with { Escape = true, WriteHeader = false }).To(text);
        Write(writer, table.Headers);
        foreach (var row in table.Rows) Write(writer, [.. row.Select(Text)]);
    }

    public static void WriteXlsx(IReadOnlyList<SheetTable> tables, Stream output)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in tables)
            sheets[table.Name] = table.Rows.Select(row => Columns(table, row)).ToList();
        // Auto width needs MiniExcel's fast mode, which seeks back in what it wrote: an HTTP body cannot, a buffer can.
        var options = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, FastMode = true, EnableAutoWidth = true, MaxWidth = 60 };
        if (output.CanSeek)
        {
            output.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: options);
            return;
        }
        using var buffer = new MemoryStream();
        buffer.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: options);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Dictionary<string, object?> Columns(SheetTable table, object?[] row)
    {
        var cells = new Dictionary<string, object?>(table.Headers.Count, StringComparer.Ordinal);
        for (var i = 0; i < table.Headers.Count; i++)
            cells[table.Headers[i]] = i < row.Length ? row[i] is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : row[i] : null;
        return cells;
    }

    private static void Write(SepWriter writer, IReadOnlyList<string> cells)
    {
        using var row = writer.NewRow();
        for (var i = 0; i < cells.Count; i++) row[i].Set(Defused(cells[i]));
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Text from a CRM may start like a formula ("=HYPERLINK(…)", "@SUM(…)"), which Excel would run when
    /// the CSV is opened: such cells get a leading apostrophe. Phone numbers ("+34 933 …") stay as they are.
    /// </summary>
    private static string Defused(string cell)
    {
        if (cell.Length == 0) return cell;
        var risky = cell[0] is '=' or '@' or '\t' or '\r'
            || (cell[0] is '+' or '-' && cell.Any(c => !(char.IsDigit(c) || c is ' ' or '(' or ')' or '.' or '/' or '-' or '+')));
        return risky ? "'" + cell : cell;
    }
}

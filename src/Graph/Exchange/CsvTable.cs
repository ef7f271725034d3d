using nietras.SeparatedValues;

namespace SalesOps.Graph.Exchange;

/// <summary>One record of the file: its spreadsheet row number (1-based), the text line it starts on, and its cells, trimmed.</summary>
internal sealed record SourceRow(int Row, int Line, string[] Cells)
{
    public string Cell(int index) => index < Cells.Length ? Cells[index] : "";

    public bool IsEmpty => Cells.All(c => c.Length == 0);

    public int Filled => Cells.Count(c => c.Length > 0);
}

/// <summary>The records of a CSV text, parsed by Sep: quoted fields with separators, doubled quotes and line breaks.</summary>
internal static class CsvTable
{
    /// <summary>
    /// Every record of the text. The separator is detected from the first record (';', ',', tab or '|')
    /// unless given, or named by an Excel "sep=;" first line, which is then dropped.
    /// </summary>
    public static (IReadOnlyList<SourceRow> Rows, char Separator, bool TooLarge) Read(string text, char? separator, int maxRows)
    {
        var rowOffset = 0;
        if (SepHint(text) is { } hinted)
        {
            separator ??= hinted.Separator;
            text = text[hinted.Length..];
            rowOffset = 1;
        }
        using var reader = Sep.Reader(o => o with
        {
            Sep = separator is { } s ? new Sep(s) : null,
            HasHeader = false,
            Unescape = true,
            Trim = SepTrim.All,
            DisableColCountCheck = true,
        }).FromText(text);
        var rows = new List<SourceRow>();
        foreach (var row in reader)
        {
            if (rows.Count >= maxRows + 1) return (rows, reader.Spec.Sep.Separator, true);
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            rows.Add(new SourceRow(rows.Count + 1 + rowOffset, row.LineNumberFrom + rowOffset, cells));
        }
        return (rows, reader.Spec.Sep.Separator, false);
    }

    private static (char Separator, int Length)? SepHint(string text)
    {
        if (!text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) || text.Length < 5) return null;
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (text[4], end < 0 ? text.Length : end + 1);
    }
}

namespace SalesOps.Graph.Exchange;

/// <summary>A column that feeds a field.</summary>
internal sealed record MappedColumn(int Index, string Header, ContactField Field);

/// <summary>Where the header is, what each column holds, and what is wrong with that as a whole.</summary>
internal sealed record HeaderFacts(int HeaderAt, IReadOnlyList<ImportColumn> Columns, IReadOnlyList<MappedColumn> Mapped, IReadOnlyList<ImportIssue> Issues)
{
    public MappedColumn? Of(ContactField field) => Mapped.FirstOrDefault(m => m.Field == field);
}

/// <summary>
/// Finds the header (the first of the first ten records that names the most known fields: report
/// titles above it are passed over) and gives every column its field: the user's mapping first, then
/// the recognised headers, else ignored.
/// </summary>
internal static class ContactColumns
{
    private const int HeaderSearch = 10;

    public static HeaderFacts Find(IReadOnlyList<SourceRow> rows, ColumnMapping mapping)
    {
        var best = -1;
        var bestCount = 0;
        for (var i = 0; i < Math.Min(rows.Count, HeaderSearch); i++)
        {
            var count = rows[i].Cells.Select(c => FieldOf(c, mapping).Field).Where(f => f != ContactField.Ignore).Distinct().Count();
            if (count > bestCount) (best, bestCount) = (i, count);
        }
        if (best < 0)
        {
            var first = rows.FirstOrDefault(r => !r.IsEmpty);
            var seen = first is null ? "" : string.Join(", ", first.Cells.Where(c => c.Length > 0).Take(8).Select(c => $"'{c}'"));
            return new HeaderFacts(-1, [], [], [new ImportIssue(IssueKind.NoHeader) { Row = first?.Row, Values = [seen] }]);
        }

        var header = rows[best];
        var columns = new List<ImportColumn>();
        var mapped = new List<MappedColumn>();
        var issues = new List<ImportIssue>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = header.Cells[i];
            var (field, source) = FieldOf(name, mapping);
            columns.Add(new ImportColumn(i, name, field, source, Samples(rows, best, i)));
            if (field == ContactField.Ignore) continue;
            if (mapped.FirstOrDefault(m => m.Field == field) is { } twin)
                issues.Add(new ImportIssue(IssueKind.DuplicateColumn) { Row = header.Row, Column = name, Field = field, Values = [twin.Header, name] });
            else mapped.Add(new MappedColumn(i, name, field));
        }
        var fields = mapped.Select(m => m.Field).ToHashSet();
        if (!fields.Contains(ContactField.FullName) && !fields.Contains(ContactField.FirstName) && !fields.Contains(ContactField.LastName))
            issues.Add(new ImportIssue(IssueKind.NoNameColumn) { Row = header.Row });
        foreach (var missing in mapping.Fields.Keys.Where(h => !header.Cells.Any(c => HeaderAliases.Key(c) == HeaderAliases.Key(h))))
            issues.Add(new ImportIssue(IssueKind.MappedHeaderMissing) { Values = [missing] });
        return new HeaderFacts(best, columns, mapped, issues);
    }

    /// <summary>The mapping as the user would keep it: every header of the file with its field.</summary>
    public static ColumnMapping Effective(HeaderFacts facts) =>
        ColumnMapping.Of([.. facts.Columns.Where(c => c.Header.Length > 0).DistinctBy(c => HeaderAliases.Key(c.Header)).Select(c => (c.Header, c.Field))]);

    private static (ContactField Field, ColumnSource Source) FieldOf(string header, ColumnMapping mapping)
    {
        if (header.Length == 0) return (ContactField.Ignore, ColumnSource.Unrecognised);
        if (mapping.Find(header) is { } chosen) return (chosen, ColumnSource.Mapped);
        var known = HeaderAliases.Recognise(header);
        return known == ContactField.Ignore ? (known, ColumnSource.Unrecognised) : (known, ColumnSource.Recognised);
    }

    private static string[] Samples(IReadOnlyList<SourceRow> rows, int header, int column)
    {
        var samples = new List<string>(3);
        for (var r = header + 1; r < rows.Count && samples.Count < 3; r++)
            if (rows[r].Cell(column) is { Length: > 0 } value) samples.Add(value);
        return [.. samples];
    }
}

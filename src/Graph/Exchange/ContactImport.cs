using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// Contacts in from a CRM's CSV export (Salesforce, HubSpot, Dynamics 365, Sales Navigator lists, or
/// any sheet mapped by hand). <c>Preview</c> reads the file against a map and says what every row
/// would do, writing nothing; <see cref="Decide"/> is the same reading as the rule a store's
/// ChangeAsync runs, so confirming writes exactly the previewed ops as one commit (one undo).
/// </summary>
public static class ContactImport
{
    public static ImportPreview Preview(AccountMap map, Stream file, ColumnMapping? mapping = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(map);
        options ??= ImportOptions.Default;
        // Read no more than the limit allows: an upload is refused by its size before it costs memory.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = file.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
                return new ImportPreview
                {
                    AccountId = map.Account.Id, BaseVersion = map.Version,
                    Errors = [new ImportIssue(IssueKind.FileTooBig) { Values = [(options.MaxBytes / 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)] }],
                };
        }
        return Preview(map, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), mapping, options);
    }

    public static ImportPreview Preview(AccountMap map, ReadOnlySpan<byte> file, ColumnMapping? mapping = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        mapping ??= ColumnMapping.None;
        options ??= ImportOptions.Default;
        var preview = new ImportPreview { AccountId = map.Account.Id, BaseVersion = map.Version };

        var text = TextDecoding.Decode(file, options.Encoding);
        if (text.Issue is { } unreadable) return preview with { Encoding = text.Encoding, Errors = [unreadable] };
        var (table, separator, tooLarge) = CsvTable.Read(text.Text, options.Separator, options.MaxRows);
        preview = preview with { Encoding = text.Encoding, Separator = separator };
        if (tooLarge) return preview with { Errors = [new ImportIssue(IssueKind.TooLarge) { Values = [options.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture)] }] };
        if (table.All(r => r.IsEmpty)) return preview with { Errors = [new ImportIssue(IssueKind.EmptyFile)] };

        var header = ContactColumns.Find(table, mapping);
        var fileIssues = header.Issues.ToList();
        preview = preview with
        {
            HeaderRow = header.HeaderAt < 0 ? 0 : table[header.HeaderAt].Row,
            Columns = header.Columns,
            Mapping = header.HeaderAt < 0 ? mapping : ContactColumns.Effective(header),
        };
        var blocked = fileIssues.Any(i => i.Severity == IssueSeverity.Error);
        if (header.HeaderAt < 0 || blocked) return Finish(preview, fileIssues, []);

        var records = ContactRecords.Read(table, header);
        var index = new MapIndex(map);
        if (ContactMatching.Match(records, index) is { } mixed) fileIssues.Add(mixed);
        ReportingLines.Resolve(records, index);
        var write = !fileIssues.Any(i => i.Severity == IssueSeverity.Error);
        var (rows, ops) = ContactOps.Plan(records, index, write);
        return Finish(preview with { Ops = ops }, fileIssues, rows);
    }

    /// <summary>
    /// The ops of the previewed import, decided again against the current map (inside the store's
    /// transaction). Refused as Conflict when the map moved on since the preview (preview again and
    /// confirm what it then shows), as Invalid when the file has errors or changes nothing.
    /// </summary>
    public static IReadOnlyList<MapOp> Decide(AccountMap current, ReadOnlySpan<byte> file, ColumnMapping? mapping, ImportOptions? options, long previewedVersion)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.Version != previewedVersion)
            throw GraphException.Conflict(Model.Errors.Say("Contacts.Stale", current.Account.Name, current.Version, previewedVersion));
        var preview = Preview(current, file, mapping, options);
        if (preview.Errors.Count > 0)
            throw GraphException.Invalid(Model.Errors.Say("Contacts.Errors", preview.Errors.Count, preview.Errors[0].Message), "file");
        if (preview.Ops.Count == 0) throw GraphException.Invalid(Model.Errors.Say("Contacts.Nothing"), "file");
        return preview.Ops;
    }

    private static ImportPreview Finish(ImportPreview preview, List<ImportIssue> fileIssues, IReadOnlyList<ImportRow> rows) => preview with
    {
        Rows = rows,
        Errors = [.. fileIssues.Where(i => i.Severity == IssueSeverity.Error), .. rows.SelectMany(r => r.Errors)],
        Notices = [.. fileIssues.Where(i => i.Severity != IssueSeverity.Error)],
    };
}

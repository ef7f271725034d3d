using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;

namespace SalesOps.Web.Features.Exchange;

/// <summary>One finding, where it is and what it says in the caller's language.</summary>
public sealed record ImportIssueDto(IssueKind Kind, IssueSeverity Severity, int? Row, int? Line, string? Column, ContactField? Field, string Message);

public sealed record ImportColumnDto(int Index, string Header, ContactField Field, ColumnSource Source, IReadOnlyList<string> Samples);

public sealed record FieldChangeDto(ContactField Field, string? Before, string? After);

public sealed record ImportRowDto(int Row, int Line, RowAction Action, string? Name, string? Email, string? PersonId, MatchKind MatchedBy,
    string? CurrentName, string? Function, string? ReportsTo, IReadOnlyList<FieldChangeDto> Changes, ImportIssueDto? Skip, IReadOnlyList<ImportIssueDto> Errors);

public sealed record ImportCountsDto(int New, int Update, int Unchanged, int Skipped, int Invalid)
{
    public static ImportCountsDto Of(ImportPreview p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Count(RowAction.New), p.Count(RowAction.Update), p.Count(RowAction.Unchanged), p.Count(RowAction.Skipped), p.Count(RowAction.Invalid));
    }
}

/// <summary>
/// POST …/import/csv?dryRun=true: how the file was read, each column with its field, the mapping to send
/// back (changed where wrong) with the next request, every row with what it would do, and every error.
/// </summary>
public sealed record ImportPreviewDto(string AccountId, long BaseVersion, bool CanCommit, string Encoding, string Separator, int HeaderRow,
    ImportCountsDto Counts, IReadOnlyList<ImportColumnDto> Columns, IReadOnlyDictionary<string, ContactField> Mapping,
    IReadOnlyList<ImportIssueDto> Errors, IReadOnlyList<ImportIssueDto> Notices, IReadOnlyList<ImportRowDto> Rows)
{
    public static ImportPreviewDto From(ImportPreview p, IStringLocalizer<Text> words)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.AccountId, p.BaseVersion, p.CanCommit, p.Encoding, ImportWords.Separator(p.Separator), p.HeaderRow, ImportCountsDto.Of(p),
            [.. p.Columns.Select(c => new ImportColumnDto(c.Index, c.Header, c.Field, c.Source, c.Samples))],
            p.Mapping.Fields,
            [.. p.Errors.Select(i => Issue(i, words))], [.. p.Notices.Select(i => Issue(i, words))],
            [.. p.Rows.Select(r => new ImportRowDto(r.Row, r.Line, r.Action, r.Name, r.Email, r.PersonId, r.MatchedBy, r.CurrentName, r.Function, r.ReportsTo,
                [.. r.Changes.Select(c => new FieldChangeDto(c.Field, c.Before, c.After))], r.Skip is { } s ? Issue(s, words) : null, [.. r.Errors.Select(i => Issue(i, words))]))]);
    }

    public static ImportIssueDto Issue(ImportIssue i, IStringLocalizer<Text> words)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Kind, i.Severity, i.Row, i.Line, i.Column, i.Field, ImportWords.Say(i, words));
    }
}

/// <summary>What POST …/import/csv answers when it wrote (or had nothing to write): the version, who is new, who changed, and where to undo.</summary>
public sealed record ImportedDto(bool Imported, long Version, int NewPeople, int UpdatedPeople, ImportCountsDto Counts, string? Undo);


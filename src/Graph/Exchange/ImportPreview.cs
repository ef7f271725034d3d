using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>What committing the import would do with a row. Invalid: errors keep the row from being read as anyone.</summary>
public enum RowAction { New, Update, Unchanged, Skipped, Invalid }

/// <summary>How a row found its person on the map.</summary>
public enum MatchKind { None, Email, Name }

/// <summary>One field of a person that the import changes (Department: the function, ReportsToName: the manager).</summary>
public sealed record FieldChange(ContactField Field, string? Before, string? After);

/// <summary>Choices the user may make when the guess is wrong, and limits that protect the server.</summary>
public sealed record ImportOptions
{
    public static readonly ImportOptions Default = new();

    /// <summary>utf-8, utf-16, windows-1252…; null: detected.</summary>
    public string? Encoding { get; init; }

    /// <summary>';', ',', tab or '|'; null: detected from the header.</summary>
    public char? Separator { get; init; }

    public int MaxRows { get; init; } = 50_000;

    /// <summary>The largest file a stream may bring (10,000 CRM rows are 1–3 MB).</summary>
    public long MaxBytes { get; init; } = 20_000_000;
}

/// <summary>One data row of the file and what it will do.</summary>
public sealed record ImportRow
{
    public required int Row { get; init; }
    public required int Line { get; init; }
    public required RowAction Action { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    /// <summary>The person updated (Update, Unchanged) or the id the new person will get (New).</summary>
    public string? PersonId { get; init; }
    public MatchKind MatchedBy { get; init; }
    /// <summary>For an update: the person as the map has them now.</summary>
    public string? CurrentName { get; init; }
    public string? Function { get; init; }
    public string? ReportsTo { get; init; }
    /// <summary>The profile address as it will be stored ("linkedin.com/in/…" gets https).</summary>
    public string? LinkedIn { get; init; }
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
    /// <summary>Why the row is skipped (Skipped only).</summary>
    public ImportIssue? Skip { get; init; }
    public IReadOnlyList<ImportIssue> Errors { get; init; } = [];
}

/// <summary>
/// Everything a contacts import would do, before anything is written: how the file was read, the
/// columns and the mapping to remember, every row with its action, the errors (rows and columns named)
/// and the ops of the one commit that confirming writes. With any error there are no ops.
/// </summary>
public sealed record ImportPreview
{
    public required string AccountId { get; init; }
    /// <summary>The map version the preview was computed on; <see cref="ContactImport.Decide"/> refuses another.</summary>
    public required long BaseVersion { get; init; }
    public string Encoding { get; init; } = "";
    public char Separator { get; init; }
    /// <summary>The header's row number; 0 when none was found.</summary>
    public int HeaderRow { get; init; }
    public IReadOnlyList<ImportColumn> Columns { get; init; } = [];
    /// <summary>Every header of the file with its field: what to remember for this account's next file.</summary>
    public ColumnMapping Mapping { get; init; } = ColumnMapping.None;
    public IReadOnlyList<ImportRow> Rows { get; init; } = [];
    /// <summary>Every error, of the file and of the rows, in file order.</summary>
    public IReadOnlyList<ImportIssue> Errors { get; init; } = [];
    /// <summary>Warnings and notices about the file as a whole.</summary>
    public IReadOnlyList<ImportIssue> Notices { get; init; } = [];
    public IReadOnlyList<MapOp> Ops { get; init; } = [];

    public bool CanCommit => Errors.Count == 0 && Ops.Count > 0;

    public int Count(RowAction action) => Rows.Count(r => r.Action == action);
}

namespace SalesOps.Graph.Exchange;

/// <summary>Error: nothing can be written until it is fixed. Warning: written, but worth a look. Notice: for information.</summary>
public enum IssueSeverity { Error, Warning, Notice }

/// <summary>Everything an import can say about a file or a row; <see cref="ImportMessages"/> words each one.</summary>
public enum IssueKind
{
    // The file as a whole.
    EmptyFile,
    Spreadsheet,
    NotText,
    InvalidBytes,
    UnknownEncoding,
    TooLarge,
    FileTooBig,
    NoHeader,
    NoNameColumn,
    DuplicateColumn,
    MappedHeaderMissing,
    MixedCompanies,

    // One row, often one cell.
    Misencoded,
    MissingName,
    TooLong,
    InvalidEmail,
    InvalidLinkedIn,
    DuplicateEmail,
    SamePersonTwice,
    AmbiguousName,
    ManagerNotFound,
    ManagerAmbiguous,
    ReportsToSelf,
    ReportingCycle,
    RuleRefused,

    // Why a row is skipped.
    EmptyRow,
    ReportFooter,
    OtherCompany,
    OneOfOurs,
}

/// <summary>
/// One finding, as structured data: the kind, where (row, line, column) and the values it is about.
/// The words come from <see cref="ImportMessages"/> only, so a translation replaces one class.
/// </summary>
public sealed record ImportIssue(IssueKind Kind)
{
    /// <summary>The row as a spreadsheet numbers it: the first record of the file is row 1 (usually the header).</summary>
    public int? Row { get; init; }

    /// <summary>The text line the row starts on (differs from <see cref="Row"/> after quoted line breaks).</summary>
    public int? Line { get; init; }

    /// <summary>The column's header as the file spells it.</summary>
    public string? Column { get; init; }

    public ContactField? Field { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    public IssueSeverity Severity => SeverityOf(Kind);

    /// <summary>The English sentence for this issue.</summary>
    public string Message => ImportMessages.English(this);

    public static IssueSeverity SeverityOf(IssueKind kind) => kind switch
    {
        IssueKind.MappedHeaderMissing => IssueSeverity.Warning,
        IssueKind.EmptyRow or IssueKind.ReportFooter or IssueKind.OtherCompany or IssueKind.OneOfOurs => IssueSeverity.Notice,
        _ => IssueSeverity.Error,
    };

    internal static ImportIssue At(IssueKind kind, SourceRow row, params string[] values) =>
        new(kind) { Row = row.Row, Line = row.Line, Values = values };

    internal static ImportIssue At(IssueKind kind, SourceRow row, MappedColumn column, params string[] values) =>
        new(kind) { Row = row.Row, Line = row.Line, Column = column.Header, Field = column.Field, Values = values };
}

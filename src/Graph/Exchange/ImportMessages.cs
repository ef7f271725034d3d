using System.Globalization;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// The one place where import findings become words. English for now; a Spanish or German version
/// is another method over the same <see cref="ImportIssue"/> data (kind, row, column, values).
/// </summary>
public static class ImportMessages
{
    public static string English(ImportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var v = issue.Values;
        string V(int i) => i < v.Count ? v[i] : "";
        var at = Where(issue);
        return issue.Kind switch
        {
            IssueKind.EmptyFile => "The file is empty.",
            IssueKind.Spreadsheet => $"This is an Excel workbook ({V(0)}), not a CSV file. In Excel choose Save As › CSV UTF-8 and upload that file.",
            IssueKind.NotText => $"The file is not text in UTF-8, UTF-16 or Windows-1252 (byte {V(0)} is not a character). Is it the right file?",
            IssueKind.InvalidBytes => $"{at}the file is not valid {V(0)} here. Choose another encoding or export the file again as CSV UTF-8.",
            IssueKind.UnknownEncoding => $"'{V(0)}' is not an encoding this import reads; choose utf-8, utf-16 or windows-1252.",
            IssueKind.FileTooBig => $"The file is larger than {V(0)} MB; split it into smaller files.",
            IssueKind.TooLarge => $"The file has more than {V(0)} rows; split it into smaller files.",
            IssueKind.NoHeader => $"No recognisable header: none of the columns ({V(0)}) holds a name, e-mail, title or department. Map the columns by hand.",
            IssueKind.NoNameColumn => "No column holds the name: map one column to the full name, or columns to the first and last name.",
            IssueKind.DuplicateColumn => $"The columns '{V(0)}' and '{V(1)}' both hold the {FieldWords(issue.Field)}; set one of them to 'ignore'.",
            IssueKind.MappedHeaderMissing => $"The saved mapping names the column '{V(0)}', which this file does not have.",
            IssueKind.MixedCompanies => $"The file lists people of several companies ({V(0)}) and none is named like the account '{V(1)}'. Filter the file to this account's people.",
            IssueKind.Misencoded => $"{at}'{V(0)}' looks garbled (UTF-8 read as Windows-1252, as happens when Excel opens a UTF-8 file and saves it again). Export the file again as CSV UTF-8, or choose the encoding.",
            IssueKind.MissingName => $"{at}no name. A new person needs one.",
            IssueKind.TooLong => $"{at}the {FieldWords(issue.Field)} has {V(1)} characters; at most {V(0)} fit.",
            IssueKind.InvalidEmail => $"{at}'{V(0)}' is not an e-mail address.",
            IssueKind.InvalidLinkedIn => $"{at}'{V(0)}' is not a web address (http or https).",
            IssueKind.DuplicateEmail => $"{at}the e-mail '{V(0)}' is also in row {V(1)}; each person belongs in one row.",
            IssueKind.SamePersonTwice => $"{at}row {V(1)} already describes '{V(0)}'; each person belongs in one row.",
            IssueKind.AmbiguousName => $"{at}{V(1)} people on the map are called '{V(0)}'; add the e-mail to say which one.",
            IssueKind.ManagerNotFound => $"{at}reports to '{V(0)}', who is neither in the file nor on the map.",
            IssueKind.ManagerAmbiguous => $"{at}reports to '{V(0)}', and {V(1)} people have that name; give the manager's e-mail instead.",
            IssueKind.ReportsToSelf => $"{at}'{V(0)}' cannot report to themselves.",
            IssueKind.ReportingCycle => $"{at}the reporting lines go round in a circle: {V(0)}.",
            IssueKind.RuleRefused => $"{at}{V(0)}",
            IssueKind.EmptyRow => "Empty row.",
            IssueKind.ReportFooter => "The report's footer, not a contact.",
            IssueKind.OtherCompany => $"Works at '{V(0)}', not at '{V(1)}'.",
            IssueKind.OneOfOurs => $"'{V(0)}' is one of ours (the counterpart '{V(1)}').",
            _ => issue.Kind.ToString(),
        };
    }

    /// <summary>"Row 7, column 'Email': " — the place a finding is about, as a prefix.</summary>
    private static string Where(ImportIssue issue) => (issue.Row, issue.Column) switch
    {
        ({ } row, { } column) => $"Row {row.ToString(CultureInfo.InvariantCulture)}, column '{column}': ",
        ({ } row, null) => $"Row {row.ToString(CultureInfo.InvariantCulture)}: ",
        (null, { } column) => $"Column '{column}': ",
        _ => "",
    };

    public static string FieldWords(ContactField? field) => field switch
    {
        ContactField.FullName => "full name",
        ContactField.FirstName => "first name",
        ContactField.LastName => "last name",
        ContactField.Title => "title",
        ContactField.Department => "department",
        ContactField.Email => "e-mail",
        ContactField.Phone => "phone",
        ContactField.Mobile => "mobile phone",
        ContactField.ReportsToName => "manager's name",
        ContactField.ReportsToEmail => "manager's e-mail",
        ContactField.ReportsToId => "manager's record id",
        ContactField.LinkedIn => "LinkedIn address",
        ContactField.SourceId => "record id",
        ContactField.Company => "company",
        ContactField.Ignore => "ignored column",
        _ => "value",
    };
}

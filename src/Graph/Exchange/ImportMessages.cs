using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// The one place where import findings become words. Each finding kind has a template keyed
/// "Import.{Kind}" with named holes — {at} (where: "Row 7, column 'Email': "), {row}, {line},
/// {column}, {field} and {0}, {1}… for the issue's values — and the holes' own words have keys too
/// ("Import.Where.RowColumn", "Import.Field.Email"). <see cref="English"/> fills the English
/// templates; a translation passes its own (the web's IStringLocalizer) to <see cref="Format"/>.
/// </summary>
public static partial class ImportMessages
{
    private static readonly Dictionary<string, string> EnglishTemplates = new(StringComparer.Ordinal)
    {
        ["Import.EmptyFile"] = "The file is empty.",
        ["Import.Spreadsheet"] = "This is an Excel workbook ({0}), not a CSV file. In Excel choose Save As › CSV UTF-8 and upload that file.",
        ["Import.NotText"] = "The file is not text in UTF-8, UTF-16 or Windows-1252 (byte {0} is not a character). Is it the right file?",
        ["Import.InvalidBytes"] = "{at}the file is not valid {0} here. Choose another encoding or export the file again as CSV UTF-8.",
        ["Import.UnknownEncoding"] = "'{0}' is not an encoding this import reads; choose utf-8, utf-16 or windows-1252.",
        ["Import.TooLarge"] = "The file has more than {0} rows; split it into smaller files.",
        ["Import.FileTooBig"] = "The file is larger than {0} MB; split it into smaller files.",
        ["Import.NoHeader"] = "No recognisable header: none of the columns ({0}) holds a name, e-mail, title or department. Map the columns by hand.",
        ["Import.NoNameColumn"] = "No column holds the name: map one column to the full name, or columns to the first and last name.",
        ["Import.DuplicateColumn"] = "The columns '{0}' and '{1}' both hold the {field}; set one of them to 'ignore'.",
        ["Import.MappedHeaderMissing"] = "The saved mapping names the column '{0}', which this file does not have.",
        ["Import.MixedCompanies"] = "The file lists people of several companies ({0}) and none is named like the account '{1}'. Filter the file to this account's people.",
        ["Import.Misencoded"] = "{at}'{0}' looks garbled (UTF-8 read as Windows-1252, as happens when Excel opens a UTF-8 file and saves it again). Export the file again as CSV UTF-8, or choose the encoding.",
        ["Import.MissingName"] = "{at}no name. A new person needs one.",
        ["Import.TooLong"] = "{at}the {field} has {1} characters; at most {0} fit.",
        ["Import.InvalidEmail"] = "{at}'{0}' is not an e-mail address.",
        ["Import.InvalidLinkedIn"] = "{at}'{0}' is not a web address (http or https).",
        ["Import.DuplicateEmail"] = "{at}the e-mail '{0}' is also in row {1}; each person belongs in one row.",
        ["Import.SamePersonTwice"] = "{at}row {1} already describes '{0}'; each person belongs in one row.",
        ["Import.AmbiguousName"] = "{at}{1} people on the map are called '{0}'; add the e-mail to say which one.",
        ["Import.ManagerNotFound"] = "{at}reports to '{0}', who is neither in the file nor on the map.",
        ["Import.ManagerAmbiguous"] = "{at}reports to '{0}', and {1} people have that name; give the manager's e-mail instead.",
        ["Import.ReportsToSelf"] = "{at}'{0}' cannot report to themselves.",
        ["Import.ReportingCycle"] = "{at}the reporting lines go round in a circle: {0}.",
        ["Import.RuleRefused"] = "{at}{0}",
        ["Import.EmptyRow"] = "Empty row.",
        ["Import.ReportFooter"] = "The report's footer, not a contact.",
        ["Import.OtherCompany"] = "Works at '{0}', not at '{1}'.",
        ["Import.OneOfOurs"] = "'{0}' is one of ours (the counterpart '{1}').",
        ["Import.Where.RowColumn"] = "Row {row}, column '{column}': ",
        ["Import.Where.Row"] = "Row {row}: ",
        ["Import.Where.Column"] = "Column '{column}': ",
        ["Import.Field.FullName"] = "full name",
        ["Import.Field.FirstName"] = "first name",
        ["Import.Field.LastName"] = "last name",
        ["Import.Field.Title"] = "title",
        ["Import.Field.Department"] = "department",
        ["Import.Field.Email"] = "e-mail",
        ["Import.Field.Phone"] = "phone",
        ["Import.Field.Mobile"] = "mobile phone",
        ["Import.Field.ReportsToName"] = "manager's name",
        ["Import.Field.ReportsToEmail"] = "manager's e-mail",
        ["Import.Field.ReportsToId"] = "manager's record id",
        ["Import.Field.LinkedIn"] = "LinkedIn address",
        ["Import.Field.SourceId"] = "record id",
        ["Import.Field.Company"] = "company",
        ["Import.Field.Ignore"] = "ignored column",
    };

    /// <summary>Every key with its English template: what a resource file for another language translates.</summary>
    public static IReadOnlyDictionary<string, string> Templates => EnglishTemplates;

    public static string English(ImportIssue issue) => Format(issue, key => EnglishTemplates.GetValueOrDefault(key, key));

    /// <summary>The issue in the words <paramref name="template"/> gives for each key.</summary>
    public static string Format(ImportIssue issue, Func<string, string> template)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(template);
        var where = (issue.Row, issue.Column) switch
        {
            (not null, not null) => template("Import.Where.RowColumn"),
            (not null, null) => template("Import.Where.Row"),
            (null, not null) => template("Import.Where.Column"),
            _ => "",
        };
        string Fill(string text) => Hole().Replace(text, m => m.Groups[1].Value switch
        {
            "at" => Fill(where),
            "row" => issue.Row?.ToString(CultureInfo.InvariantCulture) ?? "",
            "line" => issue.Line?.ToString(CultureInfo.InvariantCulture) ?? "",
            "column" => issue.Column ?? "",
            "field" => FieldWords(issue.Field, template),
            var n when int.TryParse(n, CultureInfo.InvariantCulture, out var i) => i < issue.Values.Count ? issue.Values[i] : "",
            _ => m.Value,
        });
        return Fill(template($"Import.{issue.Kind}"));
    }

    public static string FieldWords(ContactField? field) => FieldWords(field, key => EnglishTemplates.GetValueOrDefault(key, key));

    private static string FieldWords(ContactField? field, Func<string, string> template) => field is { } f ? template($"Import.Field.{f}") : "";

    [GeneratedRegex(@"\{(at|row|line|column|field|\d+)\}")]
    private static partial Regex Hole();
}

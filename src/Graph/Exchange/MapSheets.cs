using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Graph.Exchange;

/// <summary>A sheet: a name, its column headers and rows of typed cells (text, whole numbers, dates, or empty).</summary>
public sealed record SheetTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

/// <summary>
/// The map as tables for spreadsheets: the customer's people, the relationships between people
/// (ours and theirs), and the contact matrix (our people × theirs). The same tables go out as CSV or
/// .xlsx (<see cref="SheetFiles"/>). Headers are English for now, like the rest of the UI.
/// </summary>
public static class MapSheets
{
    /// <summary>The three tables, their cells' words (levels, stances, sides, relationships) in the reader's language; headers stay English for <c>SheetWords</c> to key.</summary>
    public static IReadOnlyList<SheetTable> All(AccountMap map, IStringLocalizer text) => [People(map, text), Relationships(map, text), Matrix(map, text)];

    public static SheetTable People(AccountMap map, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(text);
        var rows = map.OfKind(NodeKind.Person).OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => new object?[]
        {
            p.Name, p.Title, FunctionOf(map, p.Id), p.Level is { } level ? text.InSentence(level) : null, text.Word(p.Stance ?? Stance.Unknown),
            p.Influence is { } influence ? text.Word(influence) : null,
            p.Roles.Count == 0 ? null : string.Join(", ", p.Roles.Select(r => text.InSentence(r))),
            ManagerOf(map, p.Id), p.Email, p.Phone, p.LinkedIn,
            map.Edges.Count(e => e.Type == EdgeType.TALKS_WITH && e.To == p.Id), p.Concerns,
        }).ToList();
        return new SheetTable("People", ["Name", "Title", "Function", "Level", "Stance", "Influence", "Buying roles", "Reports to", "E-mail", "Phone", "LinkedIn", "Our contacts", "Concerns"], rows);
    }

    public static SheetTable Relationships(AccountMap map, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(text);
        var rows = map.Edges.Where(e => e.Type is EdgeType.TALKS_WITH or EdgeType.INFLUENCES or EdgeType.REPORTS_TO)
            .Select(e => (Edge: e, From: map.Find(e.From), To: map.Find(e.To)))
            .Where(x => x.From is not null && x.To is not null)
            .OrderBy(x => x.Edge.Type).ThenBy(x => x.From!.Name, StringComparer.CurrentCulture).ThenBy(x => x.To!.Name, StringComparer.CurrentCulture)
            .Select(x => new object?[]
            {
                x.From!.Name, Side(x.From, text), Verb(x.Edge, text), x.To!.Name, Side(x.To, text), x.Edge.Strength, x.Edge.Status is { } status ? text.Word(status) : null,
                x.Edge.CadenceDays, x.Edge.LastContact, x.Edge.Goal ?? x.Edge.Note,
            }).ToList();
        return new SheetTable("Relationships", ["From", "From side", "Relationship", "To", "To side", "Strength", "Status", "Cadence (days)", "Last contact", "Goal or note"], rows);
    }

    /// <summary>Our people down, theirs across (grouped by function as on the matrix page); a cell: strength, status (in the reader's words) and last contact.</summary>
    public static SheetTable Matrix(AccountMap map, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(map);
        var matrix = ContactMatrix.Build(map, text);
        var headers = new List<string> { "Ours" };
        headers.AddRange(matrix.Columns.Select(c => c.FunctionName is null ? c.Person.Name : $"{c.Person.Name} ({c.FunctionName})"));
        var rows = matrix.Rows.Select(ours =>
        {
            var row = new object?[headers.Count];
            row[0] = ours.Name;
            for (var i = 0; i < matrix.Columns.Count; i++)
                if (matrix.Cell(ours.Id, matrix.Columns[i].Person.Id) is { } talk) row[i + 1] = Cell(talk, text);
            return row;
        }).ToList();
        return new SheetTable("Contact matrix", headers, rows);
    }

    private static string Cell(Edge talk, IStringLocalizer text)
    {
        var parts = new List<string> { $"{talk.Strength ?? 3}/5" };
        if (talk.Status is { } status && status != RelationshipStatus.Active) parts.Add(text[$"Sheet.Status.{status}"]);
        if (talk.LastContact is { } last) parts.Add(last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(" · ", parts);
    }

    private static string? FunctionOf(AccountMap map, string personId) => map.FunctionOf(personId) is { } f ? map.Find(f)?.Name : null;

    private static string? ManagerOf(AccountMap map, string personId) =>
        map.Outgoing(personId).FirstOrDefault(e => e.Type == EdgeType.REPORTS_TO && !e.Dotted) is { } line ? map.Find(line.To)?.Name : null;

    private static string Side(Node n, IStringLocalizer text) => text[n.Kind == NodeKind.Counterpart ? "Sheet.Side.Ours" : "Sheet.Side.Theirs"];

    private static string Verb(Edge e, IStringLocalizer text) => text[e.Dotted ? "Sheet.Verb.Dotted" : $"Sheet.Verb.{e.Type}"];
}

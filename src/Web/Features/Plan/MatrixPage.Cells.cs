using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Web.Features.Plan;

// The cells as markup: 500 columns × 20 of ours are 10,000 buttons, and as components each was a render-tree
// subtree with its own click handler, diffed and built node by node in the browser (over a second at 500 people).
// As one string per run of cells the browser parses them at once; one handler on the table (@oncellpick) says which cell.
public sealed partial class MatrixPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // Every render (a click, a filter) would build the strings anew; they change only with the data or the columns shown.
    private readonly Dictionary<(string Row, int From, int To, bool CanEdit), MarkupString> _markup = [];

    /// <summary>The cells of row <paramref name="row"/> for columns [<paramref name="from"/>, <paramref name="to"/>) of the shown ones.</summary>
    private MarkupString Cells(Node row, int from, int to, bool canEdit)
    {
        if (_markup.TryGetValue((row.Id, from, to, canEdit), out var done)) return done;
        var html = new StringBuilder((to - from) * 200);
        for (var i = from; i < to; i++) Cell(html, row, _shown[i].Person, canEdit);
        return _markup[(row.Id, from, to, canEdit)] = new MarkupString(html.ToString());
    }

    private void Cell(StringBuilder html, Node row, Node person, bool canEdit)
    {
        var edge = _matrix!.Cell(row.Id, person.Id);
        var fit = ContactMatrix.Fit(row.Level, person.Level);
        var move = MoveAt(row.Id, person.Id);
        html.Append("<td class=\"cell ").Append(edge is null ? "empty-cell" : "status-" + edge.Status.ToString()!.ToLowerInvariant())
            .Append(move is null ? "" : " suggested-move").Append("\" data-cell=\"").Append(Html.Encode(row.Id + "|" + person.Id)).Append("\">")
            .Append("<button type=\"button\" class=\"cell-button\"").Append(canEdit ? "" : " disabled")
            .Append(" aria-label=\"").Append(Html.Encode(CellLabel(row, person, edge, move))).Append("\">")
            .Append("<span class=\"fit fit-").Append(FitClass(fit)).Append("\" title=\"").Append(Html.Encode(FitTitle(fit))).Append("\">").Append(FitSymbol(fit)).Append("</span>");
        if (move is { } shown)
            html.Append(" <span class=\"move-mark\" title=\"").Append(Html.Encode(shown.Move.Explanation)).Append("\" aria-hidden=\"true\">★").Append(shown.Number).Append("</span>");
        if (edge is not null)
        {
            html.Append(" <span class=\"strength\">").Append(Html.Encode(Strength(edge))).Append("</span> <span class=\"status\">")
                .Append(Html.Encode(L.Word(edge.Status))).Append("</span>");
            if (_met!.Pair(row.Id, person.Id) is { } last)
                html.Append(" <span class=\"last\">").Append(Html.Encode(Formats.Date(last, _met.Today))).Append("</span>");
        }
        html.Append("</button></td>");
    }

    /// <summary>Where the shown column of <paramref name="personId"/> is, or -1.</summary>
    private int ColumnOf(string personId)
    {
        for (var i = 0; i < _shown.Count; i++)
            if (_shown[i].Person.Id == personId) return i;
        return -1;
    }

    private void Pick(CellPickEventArgs e)
    {
        if (e.Cell?.Split('|') is [var counterpart, var person]) _editing = (counterpart, person);
    }
}

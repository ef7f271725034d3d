using System.Text;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;

namespace SalesOps.Web.Features.Exchange;

/// <summary>A preview as plain text for the command line: one line per row, then the errors and notices.</summary>
public static class PreviewText
{
    public static string Table(ImportPreview preview, IStringLocalizer<Text> words)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(words);
        var text = new StringBuilder();
        text.Append("Read as ").Append(preview.Encoding).Append(", separated by '").Append(ImportWords.Separator(preview.Separator))
            .Append("', header in row ").Append(preview.HeaderRow).AppendLine(".");
        foreach (var c in preview.Columns)
            text.AppendLine($"  column '{c.Header}': {ImportWords.Field(c.Field, words)} ({c.Source.ToString().ToLowerInvariant()})");
        text.AppendLine();
        foreach (var r in preview.Rows)
        {
            var what = r.Action switch
            {
                RowAction.Update => $"update of {r.CurrentName} (matched by {r.MatchedBy.ToString().ToLowerInvariant()})",
                RowAction.Skipped => "skipped: " + (r.Skip is { } s ? ImportWords.Say(s, words) : ""),
                _ => r.Action.ToString().ToLowerInvariant(),
            };
            text.Append($"row {r.Row,5}  {r.Name ?? "-",-28} {what}");
            if (r.Changes.Count > 0)
                text.Append("  [").AppendJoin("; ", r.Changes.Select(c => $"{ImportWords.Field(c.Field, words)}: {c.Before ?? "–"} → {c.After ?? "–"}")).Append(']');
            text.AppendLine();
        }
        if (preview.Errors.Count > 0)
        {
            text.AppendLine().AppendLine($"{preview.Errors.Count} error(s):");
            foreach (var e in preview.Errors) text.Append("  ").AppendLine(ImportWords.Say(e, words));
        }
        foreach (var n in preview.Notices) text.Append("note: ").AppendLine(ImportWords.Say(n, words));
        return text.ToString();
    }

    /// <summary>"3 new, 2 updated, 1 unchanged, 2 skipped".</summary>
    public static string Summary(ImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return $"{preview.Count(RowAction.New)} new, {preview.Count(RowAction.Update)} updated, {preview.Count(RowAction.Unchanged)} unchanged, {preview.Count(RowAction.Skipped)} skipped";
    }
}

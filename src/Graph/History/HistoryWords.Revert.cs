using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

// What an undo or a restore did and did not do, in the reader's words.
public static partial class HistoryWords
{
    /// <summary>
    /// "Undone: Lois Conroy's title. Not undone: Lois Conroy's stance — Jordi Puig changed it since (version 7), now neutral."
    /// Empty when the plan did nothing and left nothing out.
    /// </summary>
    public static string Outcome(RevertPlan plan, bool undo, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        if (plan.Done.Count > 0) parts.Add(text[undo ? "History.Undone" : "History.Restored", text.And([.. plan.Done.Select(d => Done(text, plan, d))])]);
        if (plan.Skipped.Count > 0) parts.Add(text[undo ? "History.NotUndone" : "History.NotRestored", string.Join("; ", plan.Skipped.Select(s => Skip(text, plan, s, today)))]);
        if (plan.Done.Count == 0 && plan.Skipped.Count == 0) parts.Add(text[undo ? "History.NothingToUndo" : "History.NothingToRestore"]);
        return string.Join(" ", parts);
    }

    private static string Done(IStringLocalizer text, RevertPlan plan, RevertDone d) => d.What switch
    {
        Reverted.Removed => text["History.Done.Removed", What(text, plan, d.ElementId)],
        Reverted.BroughtBack => text["History.Done.Back", What(text, plan, d.ElementId)],
        _ => text["History.Done.Fields", What(text, plan, d.ElementId), text.And([.. d.Fields.Select(f => Label(text, f))])],
    };

    private static string Skip(IStringLocalizer text, RevertPlan plan, RevertSkip s, DateOnly today)
    {
        var what = s.Field is { } f ? text["History.Done.Fields", What(text, plan, s.ElementId), Label(text, f)] : What(text, plan, s.ElementId);
        var who = s.SinceBy ?? text["History.SomeoneElse"];
        var versioned = s.SinceVersion is null ? "" : ".Version";
        return s.Why switch
        {
            SkipWhy.ChangedSince when s.Field is { } field =>
                text["History.Skip.ChangedSince.Now" + versioned, what, who, s.SinceVersion ?? 0, Value(field, s.Now, plan.Name, today, text)],
            SkipWhy.ChangedSince => text["History.Skip.ChangedSince" + versioned, what, who, s.SinceVersion ?? 0],
            SkipWhy.Gone => text["History.Skip.Gone", what],
            SkipWhy.ConnectedSince => text["History.Skip.ConnectedSince", what],
            SkipWhy.AlreadyThere => text["History.Skip.AlreadyThere", what],
            SkipWhy.EndGone => text["History.Skip.EndGone", what, plan.Name(s.Detail ?? "")],
            _ => $"{what} — {s.Detail}",
        };
    }

    /// <summary>A node by name; an edge as its relationship; the account as "the account".</summary>
    private static string What(IStringLocalizer text, RevertPlan plan, string id) =>
        plan.Relationships.GetValueOrDefault(id) is { } e ? text["History.TheRelationship", Relationship(text, e, plan.Name)]
        : plan.Names.ContainsKey(id) ? plan.Name(id) : text["History.TheAccount"];
}

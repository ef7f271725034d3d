using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

// What an undo or a restore did and did not do, in words.
public static partial class HistoryWords
{
    /// <summary>
    /// "Undone: Lois Conroy's title. Not undone: Lois Conroy's stance — Jordi Puig changed it since (now neutral)."
    /// Empty when the plan did nothing and left nothing out.
    /// </summary>
    public static string Outcome(RevertPlan plan, bool undo, DateOnly today, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var parts = new List<string>();
        if (plan.Done.Count > 0) parts.Add($"{(undo ? "Undone" : "Restored")}: {List([.. plan.Done.Select(d => Done(plan, d))])}.");
        if (plan.Skipped.Count > 0) parts.Add($"{(undo ? "Not undone" : "Not restored")}: {string.Join("; ", plan.Skipped.Select(s => Skip(plan, s, today, culture)))}.");
        if (plan.Done.Count == 0 && plan.Skipped.Count == 0) parts.Add(undo ? "Nothing left to undo: that change is no longer on the map." : "Nothing to restore.");
        return string.Join(" ", parts);
    }

    private static string Done(RevertPlan plan, RevertDone d) => d.What switch
    {
        Reverted.Removed => $"{What(plan, d.ElementId)} removed again",
        Reverted.BroughtBack => $"{What(plan, d.ElementId)} back",
        _ => $"{Possessive(What(plan, d.ElementId))} {List([.. d.Fields.Select(Label)])}",
    };

    private static string Skip(RevertPlan plan, RevertSkip s, DateOnly today, CultureInfo? culture)
    {
        var what = s.Field is { } f ? $"{Possessive(What(plan, s.ElementId))} {Label(f)}" : What(plan, s.ElementId);
        var who = s.SinceBy is { } by ? by : "someone else";
        var when = s.SinceVersion is { } v ? string.Create(CultureInfo.InvariantCulture, $" (version {v})") : "";
        return s.Why switch
        {
            SkipWhy.ChangedSince when s.Field is { } field => $"{what} — {who} changed it since{when}, now {Value(field, s.Now, plan.Name, today, culture)}",
            SkipWhy.ChangedSince => $"{what} — {who} changed it since{when}",
            SkipWhy.Gone => $"{what} — no longer on the map",
            SkipWhy.ConnectedSince => $"{what} — connected to others since; removing it would take those along",
            SkipWhy.AlreadyThere => $"{what} — already on the map",
            SkipWhy.EndGone => $"{what} — {plan.Name(s.Detail ?? "")} is no longer on the map",
            _ => $"{what} — {s.Detail}",
        };
    }

    /// <summary>A node by name; an edge as its relationship; the account as "the account".</summary>
    private static string What(RevertPlan plan, string id) =>
        plan.Relationships.GetValueOrDefault(id) is { } e ? "the relationship " + Relationship(e, plan.Name)
        : plan.Names.ContainsKey(id) ? plan.Name(id) : "the account";
}

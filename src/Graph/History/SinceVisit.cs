using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;

namespace SalesOps.Graph.History;

/// <summary>One overdue relationship: ours, theirs, since when it is due; <see cref="Mine"/> when the one of ours is the reader.</summary>
public sealed record OverdueContact(Node Ours, Node Theirs, Edge Relationship, DateOnly Due, bool Mine);

/// <summary>
/// What moved in an account since a user last opened it (Ana's Monday morning): the changes others made
/// (content, not cards moved on the map) and who made them, the risk findings that are new since, the
/// relationships overdue (the reader's own first) and the meetings of this week (Monday to Sunday).
/// </summary>
public sealed record AccountActivity
{
    public required AccountMap Map { get; init; }
    /// <summary>When the reader last opened it; null: never.</summary>
    public Visit? LastVisit { get; init; }
    public int ChangesByOthers { get; init; }
    public IReadOnlyList<string> Who { get; init; } = [];
    public IReadOnlyList<Finding> NewRisks { get; init; } = [];
    public IReadOnlyList<OverdueContact> Overdue { get; init; } = [];
    public IReadOnlyList<Node> MeetingsThisWeek { get; init; } = [];

    public bool Quiet => ChangesByOthers == 0 && NewRisks.Count == 0 && Overdue.Count == 0 && MeetingsThisWeek.Count == 0;
}

public static class SinceVisit
{
    /// <param name="then">The map as the reader last saw it (null: never opened; no findings are new then).</param>
    /// <param name="byOthers">Commits by others after the visit.</param>
    /// <param name="mine">The reader's counterpart in this account (their link, else one of ours of the same name).</param>
    /// <param name="text">The reader's words, for the new findings' sentences (findings compare by kind and nodes, not words).</param>
    public static AccountActivity Of(AccountMap now, AccountMap? then, Visit? visit, IReadOnlyList<Commit> byOthers, string? mine, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(byOthers);
        var content = byOthers.Where(c => !MovesOnly(c)).ToList();
        var known = then is null ? null : AccountAnalysis.Risks(then, text).Select(Key).ToHashSet(StringComparer.Ordinal);
        var met = LastMet.Of(now, today);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new AccountActivity
        {
            Map = now,
            LastVisit = visit,
            ChangesByOthers = content.Count,
            Who = [.. content.Select(c => c.By?.Name ?? Author.Machine.Name).Distinct().Order(StringComparer.CurrentCulture)],
            NewRisks = known is null ? [] : [.. AccountAnalysis.Risks(now, text).Where(f => !known.Contains(Key(f)))],
            Overdue = [.. now.Edges.Where(e => e.Type == EdgeType.TALKS_WITH && RelationshipPlan.IsOverdue(e, met))
                .Select(e => new OverdueContact(now.Find(e.From)!, now.Find(e.To)!, e, RelationshipPlan.Due(e, met)!.Value, e.From == mine))
                .OrderByDescending(o => o.Mine).ThenBy(o => o.Due).ThenBy(o => o.Theirs.Name, StringComparer.CurrentCulture)],
            MeetingsThisWeek = [.. now.OfKind(NodeKind.Meeting).Where(m => m.Date is { } d && d >= monday && d <= monday.AddDays(6)).OrderBy(m => m.Date)],
        };
    }

    /// <summary>Only cards moved on the map: not news for Monday morning.</summary>
    public static bool MovesOnly(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.IsWhole || commit.Ops.Count == 0) return commit.Ops.Count == 0;
        var before = commit.Before.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return commit.Ops.All(op => op is PutNode p && before.TryGetValue(p.Node.Id, out var b)
            && ElementFields.Changes(b, p.Node).All(f => ElementFields.Layout.Contains(f.Field)));
    }

    private static string Key(Finding f) => f.Kind + ":" + string.Join(",", f.NodeIds);
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>What an account's meetings say: how many per quarter, about what, and whom we have not met lately.</summary>
public sealed record MeetingStats(
    IReadOnlyList<(string Quarter, int Held, int Planned)> PerQuarter,
    IReadOnlyList<(string Objective, int Count)> ByObjective,
    IReadOnlyList<Node> NotMetRecently)
{
    public const int RecentDays = 90;

    public static string QuarterOf(DateOnly d) => $"{d.Year} Q{(d.Month - 1) / 3 + 1}";

    public static MeetingStats Of(AccountMap map, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(map);
        var meetings = map.OfKind(NodeKind.Meeting).Where(m => m.Date is not null).ToList();
        var perQuarter = meetings.GroupBy(m => QuarterOf(m.Date!.Value)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(m => m.Held), g.Count(m => !m.Held))).ToList();
        var byObjective = meetings.GroupBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => (g.First().Name, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.CurrentCulture).ToList();
        var since = today.AddDays(-RecentDays);
        var recent = meetings.Where(m => m.Held && m.Date >= since && m.Date <= today).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var met = map.Edges.Where(e => e.Type == EdgeType.ATTENDED && recent.Contains(e.To)).Select(e => e.From).ToHashSet(StringComparer.Ordinal);
        var notMet = map.OfKind(NodeKind.Person).Where(p => ContactMatrix.IsMember(p) && !met.Contains(p.Id))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        return new MeetingStats(perQuarter, byObjective, notMet);
    }
}

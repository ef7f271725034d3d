using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>
/// What an account's meetings say: how many per quarter, about what, and which buying-center members we
/// have not met lately (<see cref="LastMet"/>: a held meeting or a relationship's last contact).
/// </summary>
public sealed record MeetingStats(
    IReadOnlyList<(string Quarter, int Held, int Planned)> PerQuarter,
    IReadOnlyList<(string Objective, int Count)> ByObjective,
    IReadOnlyList<Node> NotMetRecently,
    LastMet Met)
{
    /// <summary>A quarter as it sorts ("2026 Q4"): the key of <see cref="PerQuarter"/>.</summary>
    public static string QuarterOf(DateOnly d) => $"{d.Year} Q{(d.Month - 1) / 3 + 1}";

    /// <summary>A quarter key (<see cref="QuarterOf"/>) as the reader writes it: "Q4 2026", "T4 2026", "Q4 2026".</summary>
    public static string Quarter(IStringLocalizer text, string quarter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quarter);
        var (year, q) = (quarter[..4], quarter[^1..]);
        return text["Meetings.Stats.QuarterOf", q, year];
    }

    public static MeetingStats Of(AccountMap map, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(map);
        var meetings = map.OfKind(NodeKind.Meeting).Where(m => m.Date is not null).ToList();
        var perQuarter = meetings.GroupBy(m => QuarterOf(m.Date!.Value)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(m => m.Held), g.Count(m => !m.Held))).ToList();
        var byObjective = meetings.GroupBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => (g.First().Name, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.CurrentCulture).ToList();
        var met = LastMet.Of(map, today);
        var notMet = map.OfKind(NodeKind.Person).Where(p => ContactMatrix.IsMember(p) && !met.Recently(p.Id))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        return new MeetingStats(perQuarter, byObjective, notMet, met);
    }
}

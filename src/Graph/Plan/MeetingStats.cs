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
        var perQuarter = Quarters(meetings, today);
        var byObjective = meetings.GroupBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => (g.First().Name, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.CurrentCulture).ToList();
        var met = LastMet.Of(map, today);
        var notMet = map.OfKind(NodeKind.Person).Where(p => ContactMatrix.IsMember(p) && !met.Recently(p.Id))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        return new MeetingStats(perQuarter, byObjective, notMet, met);
    }

    /// <summary>
    /// Every quarter from the first meeting's to the later of the last meeting's and today's, quarters without a
    /// meeting included (0, 0): a quarter in which nobody met the customer is the gap the table is read for.
    /// </summary>
    private static List<(string Quarter, int Held, int Planned)> Quarters(List<Node> meetings, DateOnly today)
    {
        if (meetings.Count == 0) return [];
        static int Index(DateOnly d) => d.Year * 4 + (d.Month - 1) / 3;
        var counts = meetings.GroupBy(m => Index(m.Date!.Value)).ToDictionary(g => g.Key, g => (Held: g.Count(m => m.Held), Planned: g.Count(m => !m.Held)));
        var (first, last) = (counts.Keys.Min(), Math.Max(counts.Keys.Max(), Index(today)));
        return [.. Enumerable.Range(first, last - first + 1).Select(i =>
        {
            var (held, planned) = counts.GetValueOrDefault(i);
            return (QuarterOf(new DateOnly(i / 4, i % 4 * 3 + 1, 1)), held, planned);
        })];
    }
}

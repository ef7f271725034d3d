using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>
/// The one definition of "met" (docs/domain.md), read by the sheet, the meetings page, the contact matrix
/// and My relationships alike. We met one of their people on a day when a held meeting of that day had
/// them among its participants, or when a relationship of ours with them records that day as its last
/// contact. A pair (one of ours, one of theirs) met on its relationship's last contact and at every held
/// meeting both attended. Days after today do not count: what has not happened yet was no meeting.
/// </summary>
public sealed class LastMet
{
    /// <summary>Met recently: on or after the day this many days before today.</summary>
    public const int RecentDays = 90;

    private readonly Dictionary<string, DateOnly> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Ours, string Theirs), DateOnly> _pairs = [];

    private LastMet(DateOnly today) => Today = today;

    public DateOnly Today { get; }

    public static LastMet Of(AccountMap map, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(map);
        var met = new LastMet(today);
        foreach (var e in map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH && e.LastContact is not null))
            met.Saw(e.From, e.To, e.LastContact!.Value);
        var held = map.OfKind(NodeKind.Meeting).Where(m => m.Held && m.Date is not null).ToDictionary(m => m.Id, m => m.Date!.Value, StringComparer.Ordinal);
        foreach (var attended in map.Edges.Where(e => e.Type == EdgeType.ATTENDED && held.ContainsKey(e.To)).GroupBy(e => e.To, e => e.From))
        {
            var day = held[attended.Key];
            var nodes = attended.Select(map.Find).OfType<Node>().ToList();
            foreach (var theirs in nodes.Where(n => n.Kind == NodeKind.Person))
            {
                met.Saw(null, theirs.Id, day);
                foreach (var ours in nodes.Where(n => n.Kind == NodeKind.Counterpart)) met.Saw(ours.Id, theirs.Id, day);
            }
        }
        return met;
    }

    /// <summary>The last day we met this person, if ever.</summary>
    public DateOnly? Person(string personId) => _people.TryGetValue(personId, out var d) ? d : null;

    /// <summary>The last day this one of ours met this one of theirs: the last contact a relationship between them shows.</summary>
    public DateOnly? Pair(string counterpartId, string personId) => _pairs.TryGetValue((counterpartId, personId), out var d) ? d : null;

    public bool Recently(string personId) => Person(personId) is { } d && d >= Today.AddDays(-RecentDays);

    private void Saw(string? ours, string theirs, DateOnly day)
    {
        if (day > Today) return;
        if (!_people.TryGetValue(theirs, out var known) || known < day) _people[theirs] = day;
        if (ours is not null && (!_pairs.TryGetValue((ours, theirs), out var pair) || pair < day)) _pairs[(ours, theirs)] = day;
    }
}

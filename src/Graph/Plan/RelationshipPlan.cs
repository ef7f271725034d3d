using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>One of our relationships with the day its two people last met (<see cref="LastMet"/>) and its next contact date.</summary>
public sealed record PlannedContact(
    string AccountId, string AccountName, Node Counterpart, Node Person, Edge Relationship, DateOnly? LastContact, DateOnly? Due, bool Overdue);

/// <summary>Keeping relationships alive: the next contact is due one cadence after the pair last met.</summary>
public static class RelationshipPlan
{
    /// <summary>
    /// When the next contact is due: one cadence after the pair last met. A Dormant relationship is not meant to be kept
    /// alive, so nothing is due (it would otherwise head a list sorted by due date without ever being overdue).
    /// </summary>
    public static DateOnly? Due(Edge relationship, LastMet met)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(met);
        return relationship.Status != RelationshipStatus.Dormant && met.Pair(relationship.From, relationship.To) is { } last
            && relationship.CadenceDays is { } days ? last.AddDays(days) : null;
    }

    /// <summary>Overdue: due before today (so never a Dormant relationship).</summary>
    public static bool IsOverdue(Edge relationship, LastMet met) => Due(relationship, met) is { } due && due < met.Today;

    /// <summary>
    /// A counterpart's relationships across all accounts (our people are matched by name, as each
    /// account keeps its own counterpart nodes), soonest due first, undated last.
    /// </summary>
    public static IReadOnlyList<PlannedContact> For(IEnumerable<AccountMap> maps, string counterpartName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(maps);
        ArgumentNullException.ThrowIfNull(counterpartName);
        var name = counterpartName.Trim();
        return Sorted(maps.SelectMany(map => Of(map, ours => string.Equals(ours.Name, name, StringComparison.CurrentCultureIgnoreCase), today)));
    }

    /// <summary>
    /// The relationships of one counterpart per account, whatever each is called there (a user is linked to
    /// the card that stands for them on each account), soonest due first, undated last.
    /// </summary>
    public static IReadOnlyList<PlannedContact> For(IEnumerable<(AccountMap Map, string CounterpartId)> counterparts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(counterparts);
        return Sorted(counterparts.SelectMany(c => Of(c.Map, ours => ours.Id == c.CounterpartId, today)));
    }

    private static List<PlannedContact> Sorted(IEnumerable<PlannedContact> contacts) =>
        [.. contacts.OrderBy(c => c.Due ?? DateOnly.MaxValue)
            .ThenBy(c => c.AccountName, StringComparer.CurrentCulture)
            .ThenBy(c => c.Person.Name, StringComparer.CurrentCulture)];

    private static IEnumerable<PlannedContact> Of(AccountMap map, Func<Node, bool> ours, DateOnly today)
    {
        var met = LastMet.Of(map, today);
        return map.Edges
            .Where(e => e.Type == EdgeType.TALKS_WITH)
            .Select(e => (e, ours: map.Find(e.From)!, theirs: map.Find(e.To)!))
            .Where(x => ours(x.ours))
            .Select(x => new PlannedContact(map.Account.Id, map.Account.Name, x.ours, x.theirs, x.e, met.Pair(x.e.From, x.e.To), Due(x.e, met), IsOverdue(x.e, met)));
    }

    /// <summary>Everyone of ours, by name, across all accounts.</summary>
    public static IReadOnlyList<string> Counterparts(IEnumerable<AccountMap> maps) =>
        [.. maps.SelectMany(m => m.OfKind(NodeKind.Counterpart)).Select(c => c.Name).Distinct(StringComparer.CurrentCultureIgnoreCase).Order(StringComparer.CurrentCulture)];
}

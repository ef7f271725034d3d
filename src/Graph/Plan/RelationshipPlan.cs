using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>One of our relationships with its next contact date.</summary>
public sealed record PlannedContact(
    string AccountId, string AccountName, Node Counterpart, Node Person, Edge Relationship, DateOnly? Due, bool Overdue);

/// <summary>Keeping relationships alive: the next contact is due one cadence after the last.</summary>
public static class RelationshipPlan
{
    public static DateOnly? Due(Edge relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return relationship is { LastContact: { } last, CadenceDays: { } days } ? last.AddDays(days) : null;
    }

    /// <summary>Overdue: due before today, for a relationship that is meant to be alive (not Dormant).</summary>
    public static bool IsOverdue(Edge relationship, DateOnly today) =>
        relationship.Status != RelationshipStatus.Dormant && Due(relationship) is { } due && due < today;

    /// <summary>
    /// A counterpart's relationships across all accounts (our people are matched by name, as each
    /// account keeps its own counterpart nodes), soonest due first, undated last.
    /// </summary>
    public static IReadOnlyList<PlannedContact> For(IEnumerable<AccountMap> maps, string counterpartName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return [.. maps.SelectMany(map => map.Edges
                .Where(e => e.Type == EdgeType.TALKS_WITH)
                .Select(e => (map, e, ours: map.Find(e.From)!, theirs: map.Find(e.To)!))
                .Where(x => string.Equals(x.ours.Name, counterpartName.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            .Select(x => new PlannedContact(x.map.Account.Id, x.map.Account.Name, x.ours, x.theirs, x.e, Due(x.e), IsOverdue(x.e, today)))
            .OrderBy(c => c.Due ?? DateOnly.MaxValue)
            .ThenBy(c => c.AccountName, StringComparer.CurrentCulture)
            .ThenBy(c => c.Person.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Everyone of ours, by name, across all accounts.</summary>
    public static IReadOnlyList<string> Counterparts(IEnumerable<AccountMap> maps) =>
        [.. maps.SelectMany(m => m.OfKind(NodeKind.Counterpart)).Select(c => c.Name).Distinct(StringComparer.CurrentCultureIgnoreCase).Order(StringComparer.CurrentCulture)];
}

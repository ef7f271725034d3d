using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Tests.Graph.Plan;

public sealed class RelationshipPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Edge Talks(DateOnly? last, int? cadence, RelationshipStatus status = RelationshipStatus.Active) =>
        new() { Id = "e", Type = EdgeType.TALKS_WITH, From = "c", To = "p", Strength = 3, Status = status, LastContact = last, CadenceDays = cadence };

    private static DateOnly? Due(Edge e) => RelationshipPlan.Due(e, Met(e));

    private static bool IsOverdue(Edge e) => RelationshipPlan.IsOverdue(e, Met(e));

    private static LastMet Met(Edge e) => LastMet.Of(new AccountMap(new Account { Id = "a", Name = "A" }, [], [e]), Today);

    [Fact]
    public void The_next_contact_is_due_one_cadence_after_the_last()
    {
        Due(Talks(new(2026, 11, 1), 30)).ShouldBe(new DateOnly(2026, 12, 1));
        Due(Talks(null, 30)).ShouldBeNull();
        Due(Talks(new(2026, 11, 1), null)).ShouldBeNull();
        Due(Talks(new(2026, 11, 1), 30, RelationshipStatus.Dormant)).ShouldBeNull("a dormant relationship is not kept alive: nothing is due");
    }

    [Fact]
    public void Overdue_means_due_before_today_and_not_dormant()
    {
        IsOverdue(Talks(new(2026, 10, 1), 30)).ShouldBeTrue();       // due 31 Oct
        IsOverdue(Talks(new(2026, 10, 28), 30)).ShouldBeFalse();     // due today
        IsOverdue(Talks(new(2026, 1, 1), 30, RelationshipStatus.Dormant)).ShouldBeFalse();
    }

    [Fact]
    public void A_counterparts_relationships_across_accounts_are_sorted_by_due_date_undated_and_dormant_last()
    {
        AccountMap Account(string id, DateOnly? last, RelationshipStatus status = RelationshipStatus.Active) => new(
            new Account { Id = id, Name = id },
            [new() { Id = $"c-{id}", Kind = NodeKind.Counterpart, Name = "Ana Ruiz" }, new() { Id = $"p-{id}", Kind = NodeKind.Person, Name = "P " + id }],
            [new() { Id = $"e-{id}", Type = EdgeType.TALKS_WITH, From = $"c-{id}", To = $"p-{id}", Strength = 3, Status = status, LastContact = last, CadenceDays = 30 }]);

        var rows = RelationshipPlan.For([Account("late", new(2026, 11, 20)), Account("none", null), Account("early", new(2026, 9, 1)),
            Account("asleep", new(2026, 8, 1), RelationshipStatus.Dormant)], "ana ruiz", Today);

        rows.Select(r => (r.AccountId, r.Due, r.Overdue)).ShouldBe([("early", new DateOnly(2026, 10, 1), true), ("late", new DateOnly(2026, 12, 20), false),
            ("asleep", null, false), ("none", null, false)]);
    }
}

using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

/// <summary>One definition of "met" (docs/domain.md), so the sheet, the meetings page, the matrix and My relationships agree.</summary>
[English]
public sealed class MetTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    /// <summary>
    /// Winfield is a buying-center member Ana last contacted on 6 Nov, with no meeting logged; Elsie met
    /// Ana in a held meeting on 20 Nov, after the relationship's recorded last contact (1 Aug).
    /// </summary>
    private static AccountMap Map() => new(
        new Account { Id = "acc", Name = "Cronin Plastics" },
        [
            new() { Id = "winfield", Kind = NodeKind.Person, Name = "Winfield Roberts", Level = Level.Director, Roles = [BuyingRole.TechnicalEvaluator], Stance = Stance.Neutral },
            new() { Id = "elsie", Kind = NodeKind.Person, Name = "Elsie O'Kon", Level = Level.Manager, Roles = [BuyingRole.Purchaser], Stance = Stance.Supporter },
            new() { Id = "ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz", Level = Level.Manager, TeamRole = TeamRole.AccountManager },
            new() { Id = "m1", Kind = NodeKind.Meeting, Name = "Price negotiation", Date = new(2026, 11, 20), Held = true },
        ],
        [
            new() { Id = "t-winfield", Type = EdgeType.TALKS_WITH, From = "ana", To = "winfield", Strength = 3, Status = RelationshipStatus.Active, LastContact = new(2026, 11, 6), CadenceDays = 30 },
            new() { Id = "t-elsie", Type = EdgeType.TALKS_WITH, From = "ana", To = "elsie", Strength = 4, Status = RelationshipStatus.Active, LastContact = new(2026, 8, 1), CadenceDays = 30 },
            new() { Id = "a1", Type = EdgeType.ATTENDED, From = "ana", To = "m1" },
            new() { Id = "a2", Type = EdgeType.ATTENDED, From = "elsie", To = "m1" },
        ]);

    [Fact]
    public void A_last_contact_without_a_meeting_counts_as_met_on_the_sheet_and_the_meetings_page()
    {
        var sheet = AccountSheet.Build(Map(), Today, Words.Text);
        var stats = MeetingStats.Of(Map(), Today);

        sheet.Answers.Single(a => a.Number == 8).Gaps.ShouldNotContain(g => g.Contains("Winfield Roberts", StringComparison.Ordinal));
        stats.NotMetRecently.Select(p => p.Id).ShouldNotContain("winfield");
    }

    [Fact]
    public void A_held_meeting_both_attended_after_the_recorded_last_contact_is_the_last_contact_everywhere()
    {
        var sheet = AccountSheet.Build(Map(), Today, Words.Text);
        var mine = RelationshipPlan.For([Map()], "Ana Ruiz", Today).Single(c => c.Person.Id == "elsie");

        (mine.Due, mine.Overdue).ShouldBe((new DateOnly(2026, 12, 20), false));
        sheet.Answers.Single(a => a.Number == 10).Gaps.ShouldNotContain(g => g.Contains("Elsie O'Kon", StringComparison.Ordinal));
        sheet.Answers.Single(a => a.Number == 4).Lines.Single(l => l.Label == "Ana Ruiz → Elsie O'Kon").Text.ShouldNotContain("Aug");
    }
}

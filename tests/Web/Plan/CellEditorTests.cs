using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Plan;

namespace SalesOps.Tests.Web.Plan;

/// <summary>The contact matrix's cell editor counts the cadence around its number field: "Every [1] day", "Every [14] days".</summary>
public sealed class CellEditorTests : BunitContext
{
    public CellEditorTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private string CadenceLabel(int? cadenceDays)
    {
        var edge = new Edge { Id = "e-talks", Type = EdgeType.TALKS_WITH, From = "c-ana", To = "p-luis", Strength = 3, CadenceDays = cadenceDays };
        var cut = Render<CellEditor>(p => p.Add(c => c.Edge, edge).Add(c => c.Today, new DateOnly(2026, 11, 30)));
        var label = cut.FindAll("label").Single(l => l.QuerySelector("input[type=number]") is not null);
        return string.Join(" ", label.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("en", 1, "Every day")]
    [InlineData("en", 14, "Every days")]
    [InlineData("es", 1, "Cada día")]
    [InlineData("es", 14, "Cada días")]
    [InlineData("de", 1, "Jeden Tag")]
    [InlineData("de", 14, "Alle Tage")]
    public void The_words_around_the_cadence_follow_its_number(string culture, int days, string words)
    {
        using var _ = Words.In(culture);
        // The label's own text, the number being the field's value between the two words.
        CadenceLabel(days).ShouldBe(words);
    }

    [Fact]
    public void A_relationship_without_a_cadence_reads_in_the_plural()
    {
        using var _ = Words.In("en");
        CadenceLabel(null).ShouldBe("Every days");
    }
}

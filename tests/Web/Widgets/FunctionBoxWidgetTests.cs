using Blazor.Diagrams;
using Blazor.Diagrams.Core.Geometry;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Widgets;

/// <summary>A folded function's box counts its people in the reader's language: one person is "1 persona", not "1 personas".</summary>
public sealed class FunctionBoxWidgetTests : BunitContext
{
    public FunctionBoxWidgetTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private (string Count, string Aria) Box(int people)
    {
        var model = new FunctionBoxModel("f-purchasing", new FunctionSummary("f-purchasing", "Compras", people, 0, 0, people, 0, 0, 0), new Point(0, 0));
        var cut = Render<CascadingValue<BlazorDiagram>>(p => p
            .Add(c => c.Value, new BlazorDiagram())
            .Add(c => c.IsFixed, true)
            .AddChildContent<FunctionBoxWidget>(w => w.Add(x => x.Node, model)));
        var box = cut.Find(".function-box");
        return (cut.Find(".count").TextContent, box.GetAttribute("aria-label")!);
    }

    [Theory]
    [InlineData("en", 1, "1 person", "Compras: 1 person. Open to see them")]
    [InlineData("en", 3, "3 people", "Compras: 3 people. Open to see them")]
    [InlineData("es", 1, "1 persona", "Compras: 1 persona. Ábrelo para verla")]
    [InlineData("es", 3, "3 personas", "Compras: 3 personas. Ábrelo para verlas")]
    [InlineData("de", 1, "1 Person", "Compras: 1 Person. Öffnen, um sie zu sehen")]
    [InlineData("de", 3, "3 Personen", "Compras: 3 Personen. Öffnen, um sie zu sehen")]
    public void A_box_counts_one_person_in_the_singular_and_more_in_the_plural(string culture, int people, string count, string aria)
    {
        using var _ = Words.In(culture);
        Box(people).ShouldBe((count, aria));
    }
}

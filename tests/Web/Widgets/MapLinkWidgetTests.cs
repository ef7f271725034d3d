using Blazor.Diagrams;
using Blazor.Diagrams.Components;
using Blazor.Diagrams.Components.Renderers;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Widgets;

/// <summary>A line is drawn by one component of ours: no library link widget and no label component under it (#20).</summary>
public sealed class MapLinkWidgetTests : BunitContext
{
    public MapLinkWidgetTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private IRenderedComponent<CascadingValue<BlazorDiagram>> Draw(Edge edge, bool backwards = false)
    {
        var diagram = new BlazorDiagram();
        var from = diagram.Nodes.Add(new MapNodeModel(new Node { Id = "p-a", Kind = NodeKind.Person, Name = "A" }, null, new Point(0, 0)) { Size = new Size(200, 90) });
        var to = diagram.Nodes.Add(new MapNodeModel(new Node { Id = "p-b", Kind = NodeKind.Person, Name = "B" }, null, new Point(400, 0)) { Size = new Size(200, 90) });
        var link = diagram.Links.Add(backwards ? new MapLinkModel(edge, to, from) : new MapLinkModel(edge, from, to));
        link.Refresh();
        return Render<CascadingValue<BlazorDiagram>>(p => p
            .Add(c => c.Value, diagram)
            .Add(c => c.IsFixed, true)
            .AddChildContent<MapLinkWidget>(w => w.Add(x => x.Link, link)));
    }

    [Fact]
    public void A_line_between_two_cards_runs_edge_to_edge_with_its_arrow_and_strength_in_plain_markup()
    {
        var cut = Draw(new Edge { Id = "e-1", Type = EdgeType.INFLUENCES, From = "p-a", To = "p-b", Strength = 4 });

        var line = cut.Find("g.map-link[data-edge-id='e-1'] > path");
        line.GetAttribute("stroke").ShouldBe("#8e24aa");
        // From the right edge of the first card (x 200), mid height, to the arrow, whose 10 units end on the second's left edge (x 400).
        line.GetAttribute("d")!.ShouldStartWith("M 200 45 ");
        cut.Find("g.map-link g[transform] path").GetAttribute("d").ShouldBe(LinkMarker.Arrow.Path);
        cut.Find("g.map-link g[transform]").GetAttribute("transform")!.ShouldBe("translate(390, 45) rotate(0)");
        cut.Find(".default-link-label").TextContent.ShouldBe(Formats.Strength(4));
        cut.FindComponents<LinkWidget>().ShouldBeEmpty();
        cut.FindComponents<LinkLabelRenderer>().ShouldBeEmpty();
    }

    [Fact]
    public void A_strength_stands_a_third_of_the_way_from_where_its_line_starts_so_lines_both_ways_keep_theirs_apart()
    {
        double LabelX(bool backwards) => double.Parse(
            Draw(new Edge { Id = "e-4", Type = EdgeType.INFLUENCES, From = "p-a", To = "p-b", Strength = 4 }, backwards)
                .Find("foreignObject.diagram-link-label").GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture);

        // Cards at x 0–200 and 400–600, mid height: the line runs edge to edge, 190 units to its arrow.
        LabelX(backwards: false).ShouldBe(200 + 190 / 3.0, 0.5);
        LabelX(backwards: true).ShouldBe(400 - 190 / 3.0, 0.5);
    }

    [Fact]
    public void A_line_keeps_to_the_smallest_render_buffer_blazor_holds_per_component()
    {
        var cut = Draw(new Edge { Id = "e-3", Type = EdgeType.TALKS_WITH, From = "p-a", To = "p-b", Strength = 5, Dotted = true });

        // Each component keeps two frame buffers of 32 frames, doubled when a render needs more: one frame over is twice the memory per line and viewer.
        Frames.Of(Renderer, cut.FindComponent<MapLinkWidget>().ComponentId).ShouldBeLessThanOrEqualTo(32);
    }

    [Fact]
    public void A_reporting_line_carries_no_strength_label()
    {
        var cut = Draw(new Edge { Id = "e-2", Type = EdgeType.REPORTS_TO, From = "p-a", To = "p-b", Strength = 3 });

        cut.FindAll(".default-link-label").ShouldBeEmpty();
        cut.FindAll("g.map-link > path").Count.ShouldBe(2); // the line and its wider, invisible hover target
    }
}

using Blazor.Diagrams;
using Blazor.Diagrams.Components.Renderers;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Widgets;

public sealed class MapNodeWidgetTests : BunitContext
{
    public MapNodeWidgetTests()
    {
        // Every component gets IStringLocalizer<Text> through _Imports.razor, the widgets too.
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 200, 90));
        JSInterop.SetupVoid("ZBlazorDiagrams.observe", _ => true).SetVoidResult();
        JSInterop.SetupVoid("ZBlazorDiagrams.unobserve", _ => true).SetVoidResult();
    }

    private IRenderedComponent<CascadingValue<BlazorDiagram>> Render(Node node, string? function = null) =>
        Render(new MapNodeModel(node, function, new Point(0, 0)), new BlazorDiagram());

    private IRenderedComponent<CascadingValue<BlazorDiagram>> Render(MapNodeModel model, BlazorDiagram diagram)
    {
        return Render<CascadingValue<BlazorDiagram>>(p => p
            .Add(c => c.Value, diagram)
            .Add(c => c.IsFixed, true)
            .AddChildContent<MapNodeWidget>(w => w.Add(x => x.Node, model)));
    }

    [Fact]
    public void A_person_card_shows_name_title_function_roles_stance_and_influence()
    {
        var cut = Render(new Node
        {
            Id = "p-maria", Kind = NodeKind.Person, Name = "María Vidal", Title = "CFO", Level = Level.Executive,
            Roles = [BuyingRole.DecisionMaker, BuyingRole.Signer], Stance = Stance.Detractor, Influence = Influence.High,
        }, "Finance");

        var card = cut.Find("[data-node-id='p-maria']");
        card.ClassList.ShouldContain("theirs");
        card.ClassList.ShouldContain("stance-detractor");
        cut.Find(".name").TextContent.ShouldBe("María Vidal");
        cut.Find(".title").TextContent.ShouldBe("CFO");
        cut.Find(".function").TextContent.ShouldBe("Finance");
        cut.FindAll(".badge").Select(b => b.TextContent).ShouldBe(["Decides", "Signs"]);
        cut.Find(".stance-tag").TextContent.ShouldContain("−−");
        cut.Find(".stance-tag").TextContent.ShouldContain("Detractor"); // a word, not colour alone
        cut.Find(".influence").TextContent.ShouldBe("▮▮▮");
        card.GetAttribute("aria-label")!.ShouldContain("decision maker");
    }

    [Fact]
    public void An_unknown_stance_reads_as_a_question_mark_and_a_word()
    {
        var cut = Render(new Node { Id = "p-x", Kind = NodeKind.Person, Name = "New Contact", Stance = Stance.Unknown });

        cut.Find(".stance-tag").TextContent.Trim().ShouldBe("? Unknown");
        cut.Find(".function").TextContent.ShouldBe("No function");
        cut.FindAll(".badge").ShouldBeEmpty();
    }

    [Fact]
    public void Our_counterpart_looks_different_and_says_it_is_ours()
    {
        var cut = Render(new Node { Id = "c-ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz", TeamRole = TeamRole.AccountManager, Level = Level.Manager });

        var card = cut.Find("[data-node-id='c-ana']");
        card.ClassList.ShouldContain("ours");
        card.ClassList.ShouldNotContain("theirs");
        cut.Find(".ours-tag").TextContent.ShouldBe("Ours · Account manager");
        cut.FindAll(".stance-tag").ShouldBeEmpty();
    }

    [Fact]
    public void A_card_draws_its_four_grips_as_markup_without_a_port_component_or_model()
    {
        var cut = Render(new Node { Id = "p-y", Kind = NodeKind.Person, Name = "Port Person" });

        cut.FindAll(".map-port").Count.ShouldBe(4);
        cut.FindComponents<PortRenderer>().ShouldBeEmpty();
        cut.FindComponent<MapNodeWidget>().Instance.Node.Ports.ShouldBeEmpty();
    }

    [Fact]
    public void Pressing_a_grip_starts_a_line_from_the_card_itself()
    {
        var diagram = new BlazorDiagram();
        diagram.SetContainer(new Rectangle(0, 0, 800, 600));
        var model = diagram.Nodes.Add(new MapNodeModel(new Node { Id = "p-z", Kind = NodeKind.Person, Name = "Line Drawer" }, null, new Point(0, 0)));
        var cut = Render(model, diagram);

        cut.Find(".map-port.right").PointerDown(new PointerEventArgs { Button = 0, ClientX = 210, ClientY = 45, PointerType = "mouse" });

        var line = diagram.Links.ShouldHaveSingleItem();
        line.Source.Model.ShouldBe(model);
        line.Target.ShouldBeOfType<PositionAnchor>();
    }

    [Fact]
    public void A_finger_lifted_over_another_card_ends_the_line_there_though_its_release_comes_back_to_the_grip_it_pressed()
    {
        var diagram = new BlazorDiagram();
        diagram.SetContainer(new Rectangle(0, 0, 800, 600));
        var from = diagram.Nodes.Add(new MapNodeModel(new Node { Id = "p-from", Kind = NodeKind.Person, Name = "From" }, null, new Point(0, 0)) { Size = new Size(200, 90) });
        var to = diagram.Nodes.Add(new MapNodeModel(new Node { Id = "p-to", Kind = NodeKind.Person, Name = "To" }, null, new Point(400, 0)) { Size = new Size(200, 90) });
        var cut = Render(from, diagram);
        var grip = cut.Find(".map-port.right");

        grip.PointerDown(new PointerEventArgs { Button = 0, ClientX = 200, ClientY = 45, PointerType = "touch" });
        // Touch captures the pointer: the release fires on the pressed grip, at the point over the other card.
        grip.PointerUp(new PointerEventArgs { Button = 0, ClientX = 480, ClientY = 40, PointerType = "touch" });

        var line = diagram.Links.ShouldHaveSingleItem();
        line.Source.Model.ShouldBe(from);
        line.Target.Model.ShouldBe(to);
    }

    [Fact]
    public void A_person_card_with_roles_keeps_within_two_of_blazors_smallest_render_buffers()
    {
        var cut = Render(new Node
        {
            Id = "p-w", Kind = NodeKind.Person, Name = "Wide Card", Title = "CFO", Roles = [BuyingRole.DecisionMaker, BuyingRole.Signer],
            Stance = Stance.Supporter, Influence = Influence.High,
        }, "Finance");

        // 64 frames: the grips are four plain elements under one handler, not four port components of their own.
        Frames.Of(Renderer, cut.FindComponent<MapNodeWidget>().ComponentId).ShouldBeLessThanOrEqualTo(64);
    }

    [Fact]
    public void A_card_that_cannot_be_changed_draws_no_grips()
    {
        var model = new MapNodeModel(new Node { Id = "p-r", Kind = NodeKind.Person, Name = "Read Only" }, null, new Point(0, 0)) { Locked = true };
        var cut = Render(model, new BlazorDiagram());

        cut.FindAll(".map-port").ShouldBeEmpty();
    }
}

using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Geometry;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>A line drawn on the map runs from card to card: cards have no ports, and a line meets each card at its edge.</summary>
public sealed class DrawLineTests
{
    private static readonly PointerEventArgs Release = new(300, 200, 0, 0, false, false, false, 1, 1, 1, 0, 0, 0, "mouse", true);

    private static MapDiagram Open(bool readOnly = false)
    {
        var view = new MapDiagram(Maps.Sample());
        view.Diagram.SetContainer(new Rectangle(0, 0, 1200, 800));
        view.SetReadOnly(readOnly);
        return view;
    }

    private static void Start(MapDiagram view, string from) =>
        view.Diagram.GetBehavior<DragNewLinkBehavior>()!.StartFrom(view.NodeOf(from)!, 100, 100);

    [Fact]
    public void No_card_on_the_map_has_a_port()
    {
        var view = Open();

        view.Diagram.Nodes.OfType<MapNodeModel>().ShouldNotBeEmpty();
        view.Diagram.Nodes.ShouldAllBe(n => n.Ports.Count == 0);
        view.Diagram.Links.OfType<MapLinkModel>().ShouldAllBe(l => l.Source is ShapeIntersectionAnchor && l.Target is ShapeIntersectionAnchor);
    }

    [Fact]
    public void A_line_let_go_on_another_card_joins_the_two_cards_at_their_edges()
    {
        var view = Open();
        (string From, string To)? drawn = null;
        view.LinkDrawn += (from, to, link) =>
        {
            drawn = (from, to);
            link.Target.ShouldBeOfType<ShapeIntersectionAnchor>();
        };

        Start(view, "c-ana");
        view.Diagram.TriggerPointerUp(view.NodeOf("p-maria"), Release);

        drawn.ShouldBe(("c-ana", "p-maria"));
    }

    [Fact]
    public void A_line_let_go_on_the_card_it_started_from_connects_nothing()
    {
        var view = Open();
        var drawn = false;
        var nothing = false;
        view.LinkDrawn += (_, _, _) => drawn = true;
        view.LinkDroppedOnNothing += () => nothing = true;

        Start(view, "c-ana");
        view.Diagram.TriggerPointerUp(view.NodeOf("c-ana"), Release);

        (drawn, nothing).ShouldBe((false, true));
        view.Diagram.Links.OfType<MapLinkModel>().Count().ShouldBe(view.Diagram.Links.Count);
    }

    [Fact]
    public void A_read_only_map_locks_every_card_so_none_draws_a_grip()
    {
        var view = Open(readOnly: true);

        view.Diagram.Nodes.OfType<MapNodeModel>().ShouldAllBe(n => n.Locked);
        view.SetReadOnly(false);
        view.Diagram.Nodes.OfType<MapNodeModel>().ShouldAllBe(n => !n.Locked);
    }
}

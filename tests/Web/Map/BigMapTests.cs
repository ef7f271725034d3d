using Blazor.Diagrams.Core.Geometry;
using SalesOps.Graph.Model;
using SalesOps.Seed;
using SalesOps.Seed.Training;
using SalesOps.Web.Features.Map;
using Shouldly;

namespace SalesOps.Tests.Web.Map;

/// <summary>How a big map is drawn: level of detail by zoom, function boxes, culling, lines, the selection's neighbourhood.</summary>
public sealed class BigMapTests
{
    private static readonly Lazy<AccountMap> Large = new(() => GeneratedAccounts.Generate(AccountSize.Large, "en", 7, DemoData.DefaultReferenceDate)[0]);

    private static MapDiagram Open(AccountMap map)
    {
        var view = new MapDiagram(map);
        view.Diagram.SetContainer(new Rectangle(0, 0, 1200, 800));
        return view;
    }

    private static int People(MapDiagram view) => view.Diagram.Nodes.OfType<MapNodeModel>().Count(n => n.Data.Kind == NodeKind.Person);

    [Fact]
    public void A_demo_map_is_drawn_in_full_at_any_zoom()
    {
        var demo = DemoData.Generate(accounts: 1)[0];
        var view = Open(demo);
        view.Diagram.SetZoom(0.1);
        view.Detail.ShouldBe(MapDetail.Full);
        view.Diagram.Nodes.OfType<FunctionBoxModel>().ShouldBeEmpty();
        People(view).ShouldBe(demo.OfKind(NodeKind.Person).Count());
        view.Diagram.Nodes.ShouldAllBe(n => n.Visible);
    }

    [Fact]
    public void Far_out_a_big_map_shows_one_box_per_function_and_our_people_with_bundled_lines()
    {
        var map = Large.Value;
        var view = Open(map);
        view.Diagram.SetZoom(0.2);

        view.Detail.ShouldBe(MapDetail.Groups);
        People(view).ShouldBe(0);
        var boxes = view.Diagram.Nodes.OfType<FunctionBoxModel>().ToList();
        boxes.Sum(b => b.Summary.People).ShouldBe(map.OfKind(NodeKind.Person).Count());
        boxes.Select(b => b.FunctionId).ShouldBeUnique();
        view.Diagram.Nodes.OfType<MapNodeModel>().Count().ShouldBe(map.OfKind(NodeKind.Counterpart).Count());
        var bundles = view.Diagram.Links.OfType<BundleLinkModel>().ToList();
        bundles.ShouldNotBeEmpty();
        view.Diagram.Links.OfType<MapLinkModel>().ShouldAllBe(l => map.Find(l.Data.From)!.Kind == NodeKind.Counterpart && map.Find(l.Data.To)!.Kind == NodeKind.Counterpart);
    }

    [Fact]
    public void Zoomed_out_a_big_map_shows_every_card_compact_and_reading_zoom_shows_them_in_full()
    {
        var view = Open(Large.Value);
        view.Diagram.SetZoom(0.2);
        view.Diagram.SetZoom(0.5);
        view.Detail.ShouldBe(MapDetail.Compact);
        People(view).ShouldBe(500);
        view.Diagram.Nodes.OfType<FunctionBoxModel>().ShouldBeEmpty();
        view.Diagram.SetZoom(1);
        view.Detail.ShouldBe(MapDetail.Full);
    }

    [Fact]
    public void Only_the_cards_and_lines_near_the_canvas_are_rendered()
    {
        var view = Open(Large.Value);
        view.Diagram.SetZoom(1);
        var someone = view.Diagram.Nodes.OfType<MapNodeModel>().First(n => n.Data.Kind == NodeKind.Person);
        view.CenterOn(someone.Id, select: false);

        someone.Visible.ShouldBeTrue();
        var shown = view.Diagram.Nodes.Count(n => n.Visible);
        shown.ShouldBeGreaterThan(0);
        shown.ShouldBeLessThan(80, "a 1200×800 canvas at 1:1 holds a few dozen cards, not 520");
        view.Diagram.Links.Count(l => l.Visible).ShouldBeLessThan(view.Diagram.Links.Count / 2);
    }

    [Fact]
    public void A_card_just_off_the_canvas_stays_drawn_and_goes_once_the_view_is_far_away()
    {
        var view = Open(Large.Value);
        view.Diagram.SetZoom(1);
        var someone = view.Diagram.Nodes.OfType<MapNodeModel>().First(n => n.Data.Kind == NodeKind.Person);
        view.CenterOn(someone.Id, select: false);
        var canvas = view.Diagram.Container!;
        var pan = view.Diagram.Pan;

        // Its box now a little more than a card's margin beyond the left edge: not drawn anew, but not dropped either.
        var offLeft = canvas.Width / 2 + 2 * MapLayout.CardWidth;
        view.Diagram.SetPan(pan.X - offLeft, pan.Y);
        someone.Visible.ShouldBeTrue("a view moving to and fro keeps what it drew");

        view.Diagram.SetPan(pan.X - offLeft - canvas.Width, pan.Y);
        someone.Visible.ShouldBeFalse("more than half a canvas away it is dropped");

        view.Diagram.SetPan(pan.X - offLeft, pan.Y);
        someone.Visible.ShouldBeFalse("coming back near is not coming back into sight");
        view.Diagram.SetPan(pan.X, pan.Y);
        someone.Visible.ShouldBeTrue();
    }

    [Fact]
    public void A_folded_function_is_one_box_its_lines_go_to_the_box_and_unfolding_brings_the_cards_back()
    {
        var map = Large.Value;
        var view = Open(map);
        view.Diagram.SetZoom(1);
        var function = map.OfKind(NodeKind.Function).First(f => map.Edges.Any(e => e.Type == EdgeType.WORKS_IN && e.To == f.Id));
        var members = map.Edges.Where(e => e.Type == EdgeType.WORKS_IN && e.To == function.Id).Select(e => e.From).ToHashSet();

        view.Fold(function.Id, true);

        members.ShouldAllBe(id => view.NodeOf(id) == null);
        var box = view.Diagram.Nodes.OfType<FunctionBoxModel>().ShouldHaveSingleItem();
        box.Summary.People.ShouldBe(members.Count);
        view.Diagram.Links.OfType<MapLinkModel>().ShouldAllBe(l => !members.Contains(l.Data.From) && !members.Contains(l.Data.To));
        view.Diagram.Links.OfType<BundleLinkModel>().ShouldAllBe(b => b.A == box.Id || b.B == box.Id);

        view.Fold(function.Id, false);
        members.ShouldAllBe(id => view.NodeOf(id) != null);
        view.Diagram.Nodes.OfType<FunctionBoxModel>().ShouldBeEmpty();
        view.Diagram.Links.OfType<BundleLinkModel>().ShouldBeEmpty();
    }

    [Fact]
    public void A_change_to_one_person_redraws_that_card_alone()
    {
        var map = Large.Value;
        var view = Open(map);
        view.Diagram.SetZoom(1);
        var redrawn = new List<string>();
        foreach (var n in view.Diagram.Nodes) n.Changed += m => redrawn.Add(m.Id);
        foreach (var l in view.Diagram.Links) l.Changed += m => redrawn.Add(m.Id);
        var person = map.OfKind(NodeKind.Person).First();

        view.Update(map.Apply(new Commit(map.Account.Id, map.Version + 1, [new PutNode(person with { Title = "Chief of everything" })])));

        redrawn.ShouldBe([person.Id]);
    }

    [Fact]
    public void Hidden_line_types_and_weak_or_dormant_relationships_leave_the_diagram()
    {
        var map = Large.Value;
        var view = Open(map);
        view.Diagram.SetZoom(1);
        view.ShowLines(new LineFilter().Toggle(EdgeType.REPORTS_TO, show: false));
        view.Diagram.Links.OfType<MapLinkModel>().ShouldNotContain(l => l.Data.Type == EdgeType.REPORTS_TO);

        view.ShowLines(new LineFilter { HideWeak = true });
        var talks = view.Diagram.Links.OfType<MapLinkModel>().Where(l => l.Data.Type == EdgeType.TALKS_WITH).ToList();
        talks.ShouldNotBeEmpty();
        talks.ShouldAllBe(l => l.Data.Status != RelationshipStatus.Dormant && (l.Data.Strength ?? 3) > 2);
        map.Edges.Count(e => e.Type == EdgeType.TALKS_WITH).ShouldBeGreaterThan(talks.Count);
    }

    [Fact]
    public void Selecting_a_person_fades_all_but_their_lines_and_neighbours_unless_a_path_is_shown()
    {
        var map = Large.Value;
        var view = Open(map);
        view.Diagram.SetZoom(1);
        var person = map.OfKind(NodeKind.Person).First(p => map.Edges.Count(e => e.From == p.Id || e.To == p.Id) >= 3);
        var neighbours = map.Edges.Where(e => e.Type != EdgeType.WORKS_IN && (e.From == person.Id || e.To == person.Id)).SelectMany(e => new[] { e.From, e.To }).Where(id => view.NodeOf(id) is not null).ToHashSet();

        view.FadeAround(person.Id);
        view.Diagram.Nodes.OfType<MapNodeModel>().Where(n => !n.Dimmed).Select(n => n.Id).ToHashSet().ShouldBe(neighbours, ignoreOrder: true);
        view.Diagram.Links.OfType<MapLinkModel>().Where(l => !l.Dimmed).ShouldAllBe(l => l.Data.From == person.Id || l.Data.To == person.Id);

        view.FadeAround(null);
        view.Diagram.Nodes.OfType<MapNodeModel>().ShouldAllBe(n => !n.Dimmed);

        view.Highlight(new HashSet<string> { person.Id });
        view.FadeAround(null);
        view.NodeOf(person.Id)!.Highlighted.ShouldBeTrue("a shown path stays when the selection goes");
    }

    [Fact]
    public void Zoom_to_fit_puts_every_card_and_box_inside_the_canvas()
    {
        foreach (var map in new[] { Large.Value, DemoData.Generate(accounts: 1)[0] })
        {
            var view = Open(map);
            view.Fit();
            var (zoom, pan) = (view.Diagram.Zoom, view.Diagram.Pan);
            foreach (var n in view.Diagram.Nodes)
            {
                var (w, h) = n is FunctionBoxModel box ? (box.Size!.Width, box.Size.Height) : (200, 90);
                (n.Position.X * zoom + pan.X).ShouldBeGreaterThanOrEqualTo(0, n.Id);
                (n.Position.Y * zoom + pan.Y).ShouldBeGreaterThanOrEqualTo(0, n.Id);
                ((n.Position.X + w) * zoom + pan.X).ShouldBeLessThanOrEqualTo(1200, n.Id);
                ((n.Position.Y + h) * zoom + pan.Y).ShouldBeLessThanOrEqualTo(800, n.Id);
            }
        }
    }

    [Fact]
    public void Finding_a_person_far_out_zooms_in_and_draws_their_card()
    {
        var map = Large.Value;
        var view = Open(map);
        view.Fit();
        view.Detail.ShouldBe(MapDetail.Groups);
        var person = map.OfKind(NodeKind.Person).Last();

        view.CenterOn(person.Id);

        view.Detail.ShouldBe(MapDetail.Full);
        view.NodeOf(person.Id).ShouldNotBeNull().Selected.ShouldBeTrue();
        view.NodeOf(person.Id)!.Visible.ShouldBeTrue();
    }
}

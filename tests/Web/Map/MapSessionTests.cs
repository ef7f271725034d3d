using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>The map page's state without a browser: real mediator, real store, real diagram model.</summary>
public sealed class MapSessionTests : MapSessionTest
{
    [Fact]
    public async Task Undo_of_a_delete_brings_back_the_node_and_its_connections_with_their_ids()
    {
        var session = await SessionAsync();
        var before = (await Store.GetMapAsync("acc-sample", default))!;

        var removed = await session.DeleteNodeAsync("p-luis", null, default);
        (await session.UndoAsync(default)).ShouldBeTrue();

        removed.ShouldBe(4);
        var after = (await Store.GetMapAsync("acc-sample", default))!;
        after.Nodes.Select(n => n.Id).ShouldBe(before.Nodes.Select(n => n.Id), ignoreOrder: true);
        after.Edges.Select(e => (e.Id, e.Type, e.From, e.To, e.Strength)).ShouldBe(before.Edges.Select(e => (e.Id, e.Type, e.From, e.To, e.Strength)), ignoreOrder: true);
        session.View.NodeOf("p-luis").ShouldNotBeNull();
        session.Map.Version.ShouldBe(after.Version);
    }

    [Fact]
    public async Task Undo_of_an_edit_restores_every_field_and_undo_of_a_move_the_old_place()
    {
        var session = await SessionAsync();
        session.EditNode("p-maria");
        var form = session.Panel.Node with { Title = "CEO", Stance = Stance.Champion };

        await session.UpdateNodeAsync("p-maria", form, session.Panel.BaseVersion, default);
        await session.DropAsync("p-maria", 500, 500, default);
        await session.UndoAsync(default);
        await session.UndoAsync(default);

        var maria = (await Store.GetMapAsync("acc-sample", default))!.Find("p-maria")!;
        (maria.Title, maria.Stance, maria.X, maria.Y).ShouldBe(("CFO", Stance.Skeptic, 10.5, -20));
        session.UndoLabel.ShouldBeNull();
    }

    [Fact]
    public async Task A_commit_seen_twice_is_applied_once_and_a_gap_asks_for_a_reload()
    {
        var session = await SessionAsync();
        // Creating a person and then deleting them: applying the creation again after the delete would bring them back.
        var first = await Store.ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Id = "p-eva", Kind = NodeKind.Person, Name = "Eva Ros" }), default);
        var second = await Store.ChangeAsync("acc-sample", m => NodeRules.Delete(m, "p-eva", null), default);
        var third = await Store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 6), default);

        session.Receive(first.Commit).ShouldBeTrue();
        session.Receive(third.Commit).ShouldBeFalse();
        session.Map.Version.ShouldBe(first.Version);
        session.Map.Find("p-eva").ShouldNotBeNull();
        session.Receive(second.Commit).ShouldBeTrue();
        session.Receive(first.Commit).ShouldBeTrue();

        session.Map.Find("p-eva").ShouldBeNull();
        session.View.NodeOf("p-eva").ShouldBeNull();
        session.Map.Version.ShouldBe(second.Version);
        session.Receive(third.Commit).ShouldBeTrue();
        session.View.NodeOf("p-luis")!.Position.X.ShouldBe(5);
    }

    [Fact]
    public async Task A_refused_change_leaves_the_session_and_the_undo_stack_as_they_were()
    {
        var session = await SessionAsync();

        var error = await Should.ThrowAsync<GraphException>(() => session.ConnectAsync(new EdgeDraft { Type = EdgeType.REPORTS_TO, From = "p-maria", To = "p-luis" }, default));

        error.Message.ShouldContain("already reports");
        session.UndoLabel.ShouldBeNull();
        session.Map.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Filters_light_up_the_people_who_match_all_of_them_and_the_lines_among_them()
    {
        var session = await SessionAsync();

        session.Filter(new MapFilters(FunctionId: "f-purchasing"));
        var purchasing = Lit(session);
        session.Filter(session.Filters with { Stance = Stance.Skeptic });
        var none = Lit(session);
        session.Filter(new MapFilters(Role: BuyingRole.DecisionMaker));
        var deciders = Lit(session);
        session.Filter(new MapFilters());

        purchasing.ShouldBe(["p-luis"]);
        none.ShouldBeEmpty();
        session.Notice.ShouldBeNull();
        deciders.ShouldBe(["p-maria"]);
        session.View.Diagram.Nodes.OfType<MapNodeModel>().ShouldAllBe(n => !n.Dimmed);
    }

    [Fact]
    public async Task Focusing_a_function_lights_up_its_people_and_the_lines_among_them()
    {
        var session = await SessionAsync();

        session.Focus(["f-purchasing", "p-maria"]);

        Lit(session).ShouldBe(["p-luis", "p-maria"], ignoreOrder: true);
        session.View.Diagram.Links.OfType<MapLinkModel>().Where(l => l.Highlighted).Select(l => l.Id)
            .ShouldBe(["e-reports", "e-influences"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_link_drawn_from_a_person_to_one_of_ours_offers_talks_with_read_from_ours()
    {
        var session = await SessionAsync();

        session.StartConnect("p-maria", "c-ana").ShouldBeTrue();
        var talks = session.Panel;
        session.StartConnect("p-maria", "p-luis").ShouldBeTrue();
        var between = session.Panel;

        (talks.Kind, talks.Edge.From, talks.Edge.To, talks.Edge.Type).ShouldBe((PanelKind.Edge, "c-ana", "p-maria", EdgeType.TALKS_WITH));
        talks.EdgeTypes.ShouldBe([EdgeType.TALKS_WITH]);
        between.EdgeTypes.ShouldBe([EdgeType.INFLUENCES, EdgeType.REPORTS_TO]);
    }

    [Fact]
    public async Task Two_of_ours_cannot_be_connected_and_the_session_says_why()
    {
        var session = await SessionAsync();
        await session.AddNodeAsync(new NodeDraft { Kind = NodeKind.Counterpart, Name = "Tom Berg" }, 0, 0, default);
        var tom = session.Map.OfKind(NodeKind.Counterpart).Single(n => n.Name == "Tom Berg").Id;

        session.StartConnect("c-ana", tom).ShouldBeFalse();

        session.Panel.Kind.ShouldBe(PanelKind.None);
        session.Notice!.IsError.ShouldBeTrue();
        session.Notice.Text.ShouldContain("both ours");
    }

    [Fact]
    public async Task A_save_the_rules_refuse_keeps_the_form_and_names_the_field()
    {
        var session = await SessionAsync();
        session.EditNode("p-luis");
        session.Panel = session.Panel with { Node = session.Panel.Node with { Email = "not-an-address" } };

        await session.SaveAsync(0, 0, default);

        (session.Panel.Kind, session.Panel.ErrorField).ShouldBe((PanelKind.Node, "email"));
        session.Panel.Node.Email.ShouldBe("not-an-address");
        session.UndoLabel.ShouldBeNull();
    }

    [Fact]
    public async Task Find_ignores_accents_and_case_and_never_finds_a_plan_item()
    {
        var session = await SessionAsync();
        await session.AddNodeAsync(new NodeDraft { Kind = NodeKind.Person, Name = "Lucía Fernández" }, 0, 0, default);
        await session.AddNodeAsync(new NodeDraft { Kind = NodeKind.Meeting, Name = "Quarterly review", Date = new DateOnly(2026, 11, 2) }, 0, 0, default);

        session.Find("lucia").ShouldBeTrue();
        var lucia = session.Panel.EditingId;
        session.Find("GOMEZ").ShouldBeTrue();
        var luis = session.Panel.EditingId;
        session.Find("review").ShouldBeFalse();

        session.Map.Find(lucia!)!.Name.ShouldBe("Lucía Fernández");
        luis.ShouldBe("p-luis");
        session.View.Diagram.Nodes.OfType<MapNodeModel>().ShouldNotContain(n => n.Data.Kind == NodeKind.Meeting);
    }

    [Fact]
    public async Task The_filter_nobody_of_ours_lights_up_the_people_we_do_not_talk_with_yet_a_planned_relationship_aside()
    {
        var session = await SessionAsync();
        await session.ConnectAsync(new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "c-ana", To = "p-maria", Status = RelationshipStatus.Planned }, default);

        session.Filter(new MapFilters(NobodyOfOurs: true));
        var unknown = Lit(session);
        var notice = session.Notice?.Text;
        session.Filter(session.Filters with { FunctionId = "f-purchasing" });
        var none = Lit(session);

        unknown.ShouldBe(["p-maria"], "Ana talks with Luis; with María a talk is only planned");
        notice.ShouldNotBeNullOrEmpty();
        none.ShouldBeEmpty();
        session.Filters.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Find_centres_on_the_person_at_a_size_one_can_read_and_never_zooms_out()
    {
        var session = await SessionAsync();
        var diagram = session.View.Diagram;
        diagram.SetContainer(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 900, 500));
        diagram.SetZoom(0.4); // a fitted map of a whole buying center: cards about 80 px wide

        session.Find("luis").ShouldBeTrue();

        diagram.Zoom.ShouldBe(1);
        var card = session.View.NodeOf("p-luis")!;
        var (w, h) = MapLayout.SizeOf(card);
        (diagram.Pan.X + (card.Position.X + w / 2) * diagram.Zoom).ShouldBe(450, 0.01);
        (diagram.Pan.Y + (card.Position.Y + h / 2) * diagram.Zoom).ShouldBe(250, 0.01);
        diagram.SetZoom(1.5);
        session.Find("maria").ShouldBeTrue();
        diagram.Zoom.ShouldBe(1.5, "closer than 1:1 already: left as it was");
    }

    private static List<string> Lit(MapSession session) =>
        [.. session.View.Diagram.Nodes.OfType<MapNodeModel>().Where(n => n.Highlighted).Select(n => n.Id)];
}

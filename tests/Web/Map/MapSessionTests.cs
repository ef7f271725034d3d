using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>The map page's state without a browser: real mediator, real store, real diagram model.</summary>
public sealed class MapSessionTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly AppFactory _app;
    private readonly IMediator _mediator;
    private readonly IGraphStore _store;

    public MapSessionTests()
    {
        _app = new AppFactory(_dir.Path, seed: false);
        _app.Start();
        _mediator = _app.Services.GetRequiredService<IMediator>();
        _store = _app.Services.GetRequiredService<IGraphStore>();
    }

    private async Task<MapSession> SessionAsync()
    {
        await _store.CreateAccountAsync(Maps.Sample(), default);
        return new MapSession(_mediator, (await _store.GetMapAsync("acc-sample", default))!, _app.Services.GetRequiredService<SalesOps.Web.Live.ILiveBus>(), "v-test");
    }

    [Fact]
    public async Task Undo_of_a_delete_brings_back_the_node_and_its_connections_with_their_ids()
    {
        var session = await SessionAsync();
        var before = (await _store.GetMapAsync("acc-sample", default))!;

        var removed = await session.DeleteNodeAsync("p-luis", null, default);
        (await session.UndoAsync(default)).ShouldBeTrue();

        removed.ShouldBe(4);
        var after = (await _store.GetMapAsync("acc-sample", default))!;
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

        var maria = (await _store.GetMapAsync("acc-sample", default))!.Find("p-maria")!;
        (maria.Title, maria.Stance, maria.X, maria.Y).ShouldBe(("CFO", Stance.Skeptic, 10.5, -20));
        session.UndoLabel.ShouldBeNull();
    }

    [Fact]
    public async Task A_commit_seen_twice_is_applied_once_and_a_gap_asks_for_a_reload()
    {
        var session = await SessionAsync();
        var first = await _store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 1, 2), default);
        var second = await _store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 3, 4), default);
        var third = await _store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 6), default);

        session.Receive(first.Commit).ShouldBeTrue();
        session.Receive(first.Commit).ShouldBeTrue();
        session.Receive(third.Commit).ShouldBeFalse();

        session.Map.Version.ShouldBe(first.Version);
        session.View.NodeOf("p-luis")!.Position.X.ShouldBe(1);
        session.Receive(second.Commit).ShouldBeTrue();
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

    public void Dispose()
    {
        _app.Dispose();
        _dir.Dispose();
    }
}

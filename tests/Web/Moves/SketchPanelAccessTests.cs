using Bunit;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;
using SalesOps.Web.Access;
using SalesOps.Web.Features.Access;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Features.Moves;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Moves;

/// <summary>
/// The what-if panel as each member of the account team gets it: the real app's mediator acting as that
/// member, their real access cascaded as the map page's scope does. The sample account: Ana (ours) talks with
/// Luis, who influences María, the decision maker; a saved what-if has Ana talk with María herself.
/// </summary>
[English]
public sealed class SketchPanelAccessTests : IDisposable
{
    private const string Saved = "Ana meets María";
    private readonly TempDirectory _dir = new();
    private readonly AppFactory _app;
    private readonly BunitContext _ui = new();
    private readonly List<IServiceScope> _scopes = [];

    public SketchPanelAccessTests()
    {
        _app = new AppFactory(_dir.Path, seed: false);
        _app.Start();
        _ui.Services.AddLocalization(o => o.ResourcesPath = "Resources");
    }

    private IMediator MediatorOf(string who)
    {
        var scope = _app.ScopeAs(who);
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<IMediator>();
    }

    /// <summary>The sample account with Ana as editor and Marta as viewer on its team, and one what-if saved by Lukas.</summary>
    private async Task SetUpAsync()
    {
        await _app.Services.GetRequiredService<IGraphStore>().CreateAccountAsync(Maps.Sample(), default);
        var admin = MediatorOf("lukas");
        await admin.Send(new SetTeamMember("acc-sample", DemoTeam.People.Single(p => p.Key == "ana").Email, AccountRole.Editor));
        await admin.Send(new SetTeamMember("acc-sample", DemoTeam.People.Single(p => p.Key == "marta").Email, AccountRole.Viewer));
        await admin.Send(new SaveSketch("acc-sample", Saved, new Sketch { Talks = [new SketchTalk("c-ana", "p-maria", 4)] }));
    }

    /// <summary>The panel as <paramref name="who"/> sees it, with the saved what-if opened from the list.</summary>
    private async Task<(IRenderedComponent<CascadingValue<AccountAccess>> Panel, MapSession Session, AccountAccess Access)> OpenedAsAsync(string who)
    {
        var mediator = MediatorOf(who);
        var access = await mediator.Send(new GetAccountAccess("acc-sample"));
        var map = (await mediator.Send(new GetMap("acc-sample")))!;
        var session = new MapSession(mediator, map, _app.Services.GetRequiredService<ILiveBus>(),
            _app.Services.GetRequiredService<IStringLocalizer<SalesOps.Web.Text>>(), "v-" + who);
        var panel = _ui.Render<CascadingValue<AccountAccess>>(p => p
            .Add(c => c.Value, access)
            .AddChildContent<SketchPanel>(s => s.Add(x => x.Session, session)));
        var open = panel.WaitForElement($".saved-sketches li[data-name='{Saved}'] button.link");
        open.TextContent.ShouldBe("Open");
        await open.ClickAsync(new());
        panel.WaitForAssertion(() => panel.Find(".what-if-talks li[data-from='c-ana'][data-to='p-maria']"));
        return (panel, session, access);
    }

    private static IEnumerable<string> Buttons(IRenderedComponent<CascadingValue<AccountAccess>> panel, string selector) =>
        panel.FindAll(selector + " button").Select(b => b.TextContent.Trim());

    [Fact]
    public async Task A_viewer_opens_and_tries_the_teams_what_ifs_but_gets_no_save_delete_or_plan_controls()
    {
        await SetUpAsync();

        var (panel, session, access) = await OpenedAsAsync("marta");

        access.CanEdit.ShouldBeFalse();
        session.SketchName.ShouldBe(Saved);
        session.Current.Edges.ShouldContain(e => e.Type == EdgeType.TALKS_WITH && e.From == "c-ana" && e.To == "p-maria", "the what-if is tried over the map");
        panel.FindAll("#what-if-name, #what-if-plan, form.what-if-save").ShouldBeEmpty();
        Buttons(panel, $".saved-sketches li[data-name='{Saved}']").ShouldBe(["Open"]);
        panel.Find(".what-if .note").TextContent.ShouldBe("You can try what-ifs and open the team's saved ones; saving one or planning from it takes an editor of this account.");
        panel.Find("#what-if-leave-panel").TextContent.ShouldBe("Leave the what-if");
        panel.FindAll("form.what-if-add, form.what-if-stance").Count.ShouldBe(2, "trying more what-ifs writes nothing, so a viewer may");
    }

    [Fact]
    public async Task An_editor_gets_save_delete_and_plan_on_the_same_panel()
    {
        await SetUpAsync();

        var (panel, _, access) = await OpenedAsAsync("ana");

        access.CanEdit.ShouldBeTrue();
        panel.Find("#what-if-name").GetAttribute("value").ShouldBe(Saved);
        panel.Find("#what-if-plan").HasAttribute("disabled").ShouldBeFalse();
        Buttons(panel, $".saved-sketches li[data-name='{Saved}']").ShouldBe(["Open", "Delete"]);
        panel.Find(".what-if .note").TextContent.ShouldStartWith("Planning writes each relationship above to the map as planned");
    }

    public void Dispose()
    {
        foreach (var scope in _scopes) scope.Dispose();
        _ui.Dispose();
        _app.Dispose();
        _dir.Dispose();
    }
}

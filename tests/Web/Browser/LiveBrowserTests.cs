using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

/// <summary>Two people on one map, each in their own browser context.</summary>
public sealed class LiveBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    private async Task<(AppFactory App, ApiClient Api, string Account, string Cfo, string Buyer, IPage Ana, IPage Jordi)> TwoViewersAsync(
        IDictionary<string, string?>? settings = null)
    {
        var (app, address, api) = StartApp(seed: false, settings);
        var account = await api.CreateAccountAsync("Live Test GmbH");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", x = 300, y = 0 });
        var buyer = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", title = "Buyer", level = "Manager", x = 0, y = 250 });
        await api.AddToTeamAsync(account, "ana", "Editor");
        await api.AddToTeamAsync(account, "jordi", "Owner");
        var ana = await OpenAsync(address, account, "ana");
        var jordi = await OpenAsync(address, account, "jordi");
        return (app, api, account, cfo, buyer, ana, jordi);
    }

    /// <summary>A demo team member's browser on the map: presence shows their signed-in name.</summary>
    private async Task<IPage> OpenAsync(Uri address, string account, string who)
    {
        var page = await NewPageAsync(address, signedInAs: who);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        return page;
    }

    private static ILocator Card(IPage page, string id) => page.Locator($".card[data-node-id='{id}']");

    [Fact]
    public async Task Each_viewer_sees_who_else_is_on_the_map_and_what_they_selected()
    {
        var (app, _, _, cfo, _, ana, jordi) = await TwoViewersAsync();
        using var _ = app;

        await ana.Locator(".presence .viewer", new() { HasText = "Jordi" }).WaitForAsync();
        await jordi.Locator(".presence .viewer", new() { HasText = "Ana" }).WaitForAsync();
        await Card(jordi, cfo).ClickAsync();

        await Card(ana, cfo).Locator(".selected-by", new() { HasText = "Jordi" }).WaitForAsync();
        await Support.Browser.ShotAsync(ana, "live-presence");
    }

    [Fact]
    public async Task A_drag_in_one_browser_moves_the_card_in_the_other()
    {
        var (app, api, account, cfo, _, ana, jordi) = await TwoViewersAsync();
        using var _ = app;
        var before = await Card(jordi, cfo).BoundingBoxAsync();
        var box = (await Card(ana, cfo).BoundingBoxAsync())!;

        await ana.Mouse.MoveAsync(box.X + 60, box.Y + 40);
        await ana.Mouse.DownAsync();
        await ana.Mouse.MoveAsync(box.X + 160, box.Y + 120, new() { Steps = 12 });
        await ana.Mouse.UpAsync();

        var stored = await Eventually.ThatAsync(async () => (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray()
            .First(n => (string)n!["id"]! == cfo)!, n => (double?)n["x"] is > 300, "the drag end stored");
        await Eventually.ThatAsync(() => Card(jordi, cfo).BoundingBoxAsync(), b => b!.X > before!.X + 50 && b.Y > before.Y + 40, "the card moved for the other viewer");
        var anaBox = (await Card(ana, cfo).BoundingBoxAsync())!;
        var jordiBox = (await Card(jordi, cfo).BoundingBoxAsync())!;
        (jordiBox.X - before!.X).ShouldBe(anaBox.X - box.X, 2, $"both screens agree on the final place (stored x {stored["x"]})");
    }

    [Fact]
    public async Task Editing_a_field_someone_just_changed_shows_a_notice_with_the_current_value()
    {
        var (app, _, _, cfo, _, ana, jordi) = await TwoViewersAsync();
        using var _ = app;
        await Card(ana, cfo).ClickAsync();
        await Card(jordi, cfo).ClickAsync();
        await ana.GetByLabel("Title").FillAsync("CEO");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await ana.GetByText("Saved María Vidal.").WaitForAsync();

        await jordi.GetByLabel("Title").FillAsync("COO");
        await jordi.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await jordi.GetByText("changed by someone else").WaitForAsync();
        (await jordi.GetByLabel("Title").InputValueAsync()).ShouldBe("CEO");
        await Support.Browser.ShotAsync(jordi, "live-conflict");
    }

    [Fact]
    public async Task A_viewer_whose_connection_drops_catches_up_without_losing_a_change()
    {
        var (app, api, account, cfo, buyer, ana, _) = await TwoViewersAsync();
        using var _ = app;

        await Support.Browser.DropConnectionAsync(ana);
        var added = await api.AddNodeAsync(account, new { kind = "Person", name = "Eva Martín", title = "Plant manager", level = "Manager", x = 600, y = 250 });
        await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "CEO" });
        await api.ConnectAsync(account, new { type = "INFLUENCES", from = buyer, to = cfo, strength = 4 });
        await ana.Locator("#components-reconnect-modal .when-reconnecting").WaitForAsync();
        await Support.Browser.ShotAsync(ana, "live-offline");
        (await Card(ana, added).CountAsync()).ShouldBe(0, "the connection really was cut");
        await ana.Context.SetOfflineAsync(false);

        await Card(ana, added).WaitForAsync(new() { Timeout = 30_000 });
        await Card(ana, cfo).Locator(".title", new() { HasText = "CEO" }).WaitForAsync();
        var version = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;
        await ana.Locator(".version", new() { HasText = $"v{version}" }).WaitForAsync();
        (await ana.Locator("g.map-link").CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task After_the_app_restarts_an_open_map_reloads_itself_with_what_changed_meanwhile()
    {
        var port = Ports.Free();
        var (app, address, api) = StartApp(seed: false, port: port);
        var account = await api.CreateAccountAsync("Restart Test SA");
        await api.AddToTeamAsync(account, "ana", "Editor");
        var page = await OpenAsync(address, account, "ana");
        await page.EvaluateAsync("() => { window.beforeRestart = true; }");

        app.Dispose();
        var (_, _, again) = StartApp(seed: false, port: port); // the same data folder, so the same sign-in keys and map
        var added = await again.AddNodeAsync(account, new { kind = "Person", name = "Eva Martín", level = "Manager", x = 100, y = 100 });

        await Card(page, added).WaitForAsync(new() { Timeout = 45_000 });
        (await page.EvaluateAsync<bool>("() => window.beforeRestart === true")).ShouldBeFalse("the page loaded anew");
        (await page.Locator("#components-reconnect-modal.components-reconnect-rejected").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_viewer_away_longer_than_the_server_keeps_their_map_reloads_it_with_every_change()
    {
        var (app, api, account, cfo, _, ana, _) = await TwoViewersAsync(new Dictionary<string, string?> { ["SALESOPS_CIRCUIT_RETENTION_SECONDS"] = "2" });
        using var _ = app;

        await Support.Browser.DropConnectionAsync(ana);
        var added = await api.AddNodeAsync(account, new { kind = "Person", name = "Eva Martín", level = "Manager", x = 600, y = 250 });
        await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "CEO" });
        await Task.Delay(8_000);
        await ana.Context.SetOfflineAsync(false);

        await Card(ana, added).WaitForAsync(new() { Timeout = 45_000 });
        await Card(ana, cfo).Locator(".title", new() { HasText = "CEO" }).WaitForAsync();
    }
}

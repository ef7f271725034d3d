using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Web.Live;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Tests.Web.Browser;

/// <summary>What a map page holds while nobody looks at it (#20): a browser that went away, a tab in the background.</summary>
public sealed class MapLifetimeBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    private static ILocator Card(IPage page, string id) => page.Locator($".card[data-node-id='{id}']");

    /// <summary>Pretends the tab went to the background (or came back) as the browser says so: document.hidden and its event.</summary>
    private static Task HideAsync(IPage page, bool hidden) => page.EvaluateAsync("""
        hidden => {
          Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
          Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => hidden ? 'hidden' : 'visible' });
          document.dispatchEvent(new Event('visibilitychange'));
        }
        """, hidden);

    /// <summary>
    /// Cuts the page's connection so the server hears of it at once: the sockets are closed while the
    /// network is still there (the close reaches the server), new ones cannot open, then the network goes.
    /// </summary>
    private static async Task CutAsync(IPage page)
    {
        // Nor a fallback transport: long polling would connect the circuit again before the network goes.
        await page.Context.RouteAsync("**/_blazor**", route => route.AbortAsync());
        await page.EvaluateAsync("""
            () => { window.__working = window.WebSocket;
              window.WebSocket = class { constructor() { throw new Error('cut'); } };
              window.__sockets.forEach(s => s.close()); }
            """);
        await page.WaitForFunctionAsync("() => window.__sockets.every(s => s.readyState === 3)");
        await page.Context.SetOfflineAsync(true);
    }

    [Fact]
    public async Task A_dropped_browser_lets_go_of_its_map_after_the_grace_and_shows_the_current_map_with_its_unsaved_edit_when_back()
    {
        var (app, address, api) = StartApp(seed: false, new Dictionary<string, string?> { [CircuitLifetime.GraceSetting] = "1" });
        var feed = app.Services.GetRequiredService<MapFeed>();
        var account = await api.CreateAccountAsync("Lifetime GmbH");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", x = 300, y = 0 });
        var buyer = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", title = "Buyer", level = "Manager", x = 0, y = 250 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        await Card(page, buyer).ClickAsync();
        await page.Locator("#node-title").FillAsync("Head buyer");
        await page.WaitForFunctionAsync("() => Object.keys(sessionStorage).some(k => k.startsWith('salesops-draft:'))");
        // The page's access scope listens too (it is light and stays); the map is the page's own subscription.
        var listening = feed.Subscribers(account);

        await CutAsync(page);
        await Eventually.ThatAsync(() => Task.FromResult(feed.Subscribers(account)), n => n == listening - 1, $"the page let go of the map long before the circuit's retention ends (of {listening})", seconds: 20);
        await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "CEO" });
        await page.EvaluateAsync("() => { window.WebSocket = window.__working; }");
        await page.Context.UnrouteAllAsync();
        await page.Context.SetOfflineAsync(false);

        await Card(page, cfo).Locator(".title", new() { HasText = "CEO" }).WaitForAsync(new() { Timeout = 45_000 });
        var version = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;
        await page.Locator(".version", new() { HasText = $"v{version}" }).WaitForAsync();
        await Support.Browser.ShotAsync(page, "lifetime-back");
        (await page.Locator("#node-title").InputValueAsync()).ShouldBe("Head buyer", "the unsaved edit kept in the tab opens again");
        await Eventually.ThatAsync(() => Task.FromResult(feed.Subscribers(account)), n => n == listening, "the page listens again");
    }

    [Fact]
    public async Task What_one_could_undo_before_the_browser_went_away_can_still_be_undone_when_it_is_back()
    {
        var (app, address, api) = StartApp(seed: false, new Dictionary<string, string?> { [CircuitLifetime.GraceSetting] = "1" });
        var feed = app.Services.GetRequiredService<MapFeed>();
        var account = await api.CreateAccountAsync("Undo Lifetime SL");
        var ada = await api.AddNodeAsync(account, new { kind = "Person", name = "Ada Pons", level = "Manager", x = 0, y = 0 });
        await api.AddNodeAsync(account, new { kind = "Person", name = "Bea Soler", level = "Manager", x = 500, y = 300 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        var box = (await Card(page, ada).BoundingBoxAsync())!;
        await DragAsync(page, (box.X + box.Width / 2, box.Y + box.Height / 2), (box.X + box.Width / 2 + 120, box.Y + box.Height / 2 + 60));
        var undo = page.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true });
        await Expect(undo).ToBeEnabledAsync();
        var moved = (double)(await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().First(n => (string)n!["id"]! == ada)!["x"]!;
        moved.ShouldNotBe(0);
        var listening = feed.Subscribers(account);

        await CutAsync(page);
        await Eventually.ThatAsync(() => Task.FromResult(feed.Subscribers(account)), n => n == listening - 1, "the page let go of its session", seconds: 20);
        await page.EvaluateAsync("() => { window.WebSocket = window.__working; }");
        await page.Context.UnrouteAllAsync();
        await page.Context.SetOfflineAsync(false);
        await Eventually.ThatAsync(() => Task.FromResult(feed.Subscribers(account)), n => n == listening, "the page is back on the map", seconds: 45);

        await Expect(undo).ToBeEnabledAsync();
        await Expect(undo).ToHaveAttributeAsync("title", "Undo move Ada Pons (Ctrl+Z)");
        await undo.ClickAsync();
        await Eventually.ThatAsync(async () => (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().First(n => (string)n!["id"]! == ada)!["x"],
            x => x is not null && (double)x == 0, "the move made before the connection dropped is undone");
    }

    [Fact]
    public async Task A_page_in_a_hidden_tab_applies_no_live_change_until_shown_and_then_shows_the_latest()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Background GmbH");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", x = 300, y = 0 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        var shown = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;

        await HideAsync(page, hidden: true);
        await Task.Delay(500); // the page hears of it over the circuit
        await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "CEO" });
        var added = await api.AddNodeAsync(account, new { kind = "Person", name = "Eva Martín", level = "Manager", x = 600, y = 250 });
        await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "Chair" });
        await Task.Delay(2_000);
        (await Card(page, added).CountAsync()).ShouldBe(0, "a hidden page does not rebuild on live changes");
        (await page.Locator(".version").InnerTextAsync()).ShouldContain($"v{shown}");

        await HideAsync(page, hidden: false);
        await Card(page, added).WaitForAsync();
        await Card(page, cfo).Locator(".title", new() { HasText = "Chair" }).WaitForAsync();
        await page.Locator(".version", new() { HasText = $"v{shown + 3}" }).WaitForAsync();
    }
}

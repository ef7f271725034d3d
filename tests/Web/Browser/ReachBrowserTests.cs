using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

public sealed class ReachBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Running_reach_on_a_demo_account_lights_up_the_path_and_dims_the_rest()
    {
        var (app, address, api) = StartApp(seed: true);
        var accounts = (await api.GetAsync("/api/accounts")).AsArray().Select(a => (string)a!["id"]!).ToList();
        string? account = null;
        foreach (var id in accounts)
        {
            if ((await api.GetAsync($"/api/accounts/{id}/reach"))["paths"]!.AsArray().Count > 0) { account = id; break; }
        }
        account.ShouldNotBeNull("at least one demo account has a path to its decision maker");
        var expected = (await api.GetAsync($"/api/accounts/{account}/reach?k=3"))["paths"]!.AsArray()[0]!;
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        await page.Locator("#tab-reach").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();
        await page.Locator(".paths li.chosen").WaitForAsync();

        (await page.Locator(".paths li.chosen .explanation").TextContentAsync())!.ShouldBe((string)expected["explanation"]!);
        // All paths are drawn at once, each in its colour; the best one (path-0) is the first in the list.
        var lit = await Eventually.ThatAsync(() => page.Locator(".card.path-0").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.nodeId)"),
            ids => ids.Length == expected["nodes"]!.AsArray().Count, "the best path's cards highlighted");
        lit.ShouldBe(expected["nodes"]!.AsArray().Select(n => (string)n!).ToArray(), ignoreOrder: true);
        (await page.Locator("g.map-link.path-0").CountAsync()).ShouldBe((int)expected["hops"]!);
        (await page.Locator(".card.dimmed").CountAsync()).ShouldBeGreaterThan(0);
        await Support.Browser.ShotAsync(page, "reach");

        var uncovered = (await api.GetAsync($"/api/accounts/{account}/risks")).AsArray().First(f => (string)f!["kind"]! == "uncovered-member")!;
        await page.Locator("#tab-risks").ClickAsync();
        await page.Locator(".findings li[data-kind='uncovered-member']").First.ClickAsync();
        var focused = await Eventually.ThatAsync(() => page.Locator(".card.highlighted").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.nodeId)"),
            ids => ids.Length > 0, "the finding's people highlighted");
        focused.ShouldBe(uncovered["nodeIds"]!.AsArray().Select(n => (string)n!).ToArray(), ignoreOrder: true);
        (await page.Locator(".findings").IsVisibleAsync()).ShouldBeTrue("the list stays beside the map");
        await Support.Browser.ShotAsync(page, "risks");
    }
}

using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

public sealed class PlanBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_relationship_created_in_the_matrix_shows_on_the_map_and_a_suggestion_plans_one_in_a_click()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Matrix Test SL");
        var maria = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", roles = new[] { "DecisionMaker" } });
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", title = "Buyer", level = "Manager", roles = new[] { "Purchaser" } });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", teamRole = "AccountManager", level = "Manager" });
        var boss = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Jordi Puig", teamRole = "ExecutiveSponsor", level = "Executive" });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}/matrix");
        await page.Locator(".matrix-wrap[data-ready='true']").WaitForAsync();

        await page.Locator($"td[data-cell='{ana}|{luis}'] .cell-button").ClickAsync();
        await page.Locator($"td[data-cell='{ana}|{luis}'] select").First.SelectOptionAsync("4");
        await page.Locator($"td[data-cell='{ana}|{luis}']").GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await page.GetByText("Saved Ana Ruiz ↔ Luis Gómez.").WaitForAsync();
        (await page.Locator($"td[data-cell='{ana}|{luis}'] .fit").TextContentAsync()).ShouldBe("=");

        await page.Locator($".suggestions li[data-person='{maria}']").GetByRole(AriaRole.Button, new() { Name = "Plan this relationship" }).ClickAsync();
        await page.GetByText("Planned: Jordi Puig builds a relationship with María Vidal.").WaitForAsync();
        await Support.Browser.ShotAsync(page, "matrix");

        var edges = (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray();
        var talks = edges.Single(e => (string)e!["from"]! == ana)!;
        ((string)talks["to"]!, (int)talks["strength"]!, (string)talks["status"]!).ShouldBe((luis, 4, "Active"));
        var planned = edges.Single(e => (string)e!["from"]! == boss)!;
        ((string)planned["to"]!, (string)planned["status"]!).ShouldBe((maria, "Planned"));

        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        await page.Locator($"g.map-link[data-edge-id='{talks["id"]}']").WaitForAsync();
    }
}

using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

/// <summary>A new user's first minutes, clicking only what the pages show: no typed addresses after the first.</summary>
public sealed class NewUserJourneyTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task From_the_accounts_list_a_user_finds_the_matrix_plans_a_peer_relationship_logs_a_meeting_and_prints_the_sheet()
    {
        var (app, address, api) = StartApp(seed: true);
        var page = await NewPageAsync(address);
        await page.GotoAsync("/");

        var first = page.Locator("table.accounts tbody tr a").First;
        var accountName = (await first.TextContentAsync())!;
        await first.ClickAsync(); // at once, as an impatient user would: before the page is interactive
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        await Support.Browser.ShotAsync(page, "journey-1-map");

        await page.GetByRole(AriaRole.Link, new() { Name = "Contact matrix" }).ClickAsync();
        await page.Locator(".matrix-wrap[data-ready='true']").WaitForAsync();
        var suggestion = page.Locator(".suggestions li").First;
        var person = (await suggestion.GetAttributeAsync("data-person"))!;
        await suggestion.GetByRole(AriaRole.Button, new() { Name = "Plan this relationship" }).ClickAsync();
        await page.GetByText("Planned:").WaitForAsync();
        await Support.Browser.ShotAsync(page, "journey-2-matrix");

        // From one of the account's pages straight to another, by the row of its pages, which marks where she is.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "The account's pages" }).GetByRole(AriaRole.Link, new() { Name = "Meetings" }).ClickAsync();
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        (await page.Locator(".account-nav a[aria-current='page']").TextContentAsync()).ShouldBe("Meetings");
        await page.Locator("#meeting-objective").FillAsync("Executive alignment");
        await page.Locator("fieldset:has(legend:text('Ours')) input[type=checkbox]").First.CheckAsync();
        await page.Locator($"input[data-participant='{person}']").CheckAsync();
        await page.Locator("#meeting-outcome").FillAsync("Agreed to meet every quarter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log meeting" }).ClickAsync();
        await page.GetByText("Logged “Executive alignment”").WaitForAsync();
        await Support.Browser.ShotAsync(page, "journey-3-meetings");

        await page.GetByRole(AriaRole.Link, new() { Name = accountName }).ClickAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Account sheet" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).WaitForAsync();
        await page.GetByText("Executive alignment").First.WaitForAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Support.Browser.ShotAsync(page, "journey-4-sheet-print");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).IsVisibleAsync()).ShouldBeFalse();

        var accounts = (await api.GetAsync("/api/accounts")).AsArray();
        var id = (string)accounts.First(a => (string)a!["name"]! == accountName)!["id"]!;
        var map = await api.GetAsync($"/api/accounts/{id}/map");
        map["edges"]!.AsArray().ShouldContain(e => (string)e!["type"]! == "TALKS_WITH" && (string)e["to"]! == person);
        map["nodes"]!.AsArray().ShouldContain(n => (string)n!["kind"]! == "Meeting" && (string)n["name"]! == "Executive alignment");
    }
}

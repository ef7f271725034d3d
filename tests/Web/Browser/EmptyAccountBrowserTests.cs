using Microsoft.Playwright;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

/// <summary>An account with nothing on its map is the biggest gap of all, and every page says so instead of "all is well".</summary>
public sealed class EmptyAccountBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    private const string EmptyMap = "The map is empty";

    [Fact]
    public async Task An_empty_account_says_its_map_is_empty_on_risks_matrix_meetings_and_the_sheet()
    {
        var (_, address, api) = StartApp(seed: false, today: new DateOnly(2026, 11, 29));
        var account = await api.CreateAccountAsync("Empty Account GmbH");
        var page = await NewPageAsync(address);

        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        await page.Locator("#tab-risks").ClickAsync();
        await page.Locator(".risks li.finding.severity-critical", new() { HasText = EmptyMap }).WaitForAsync();
        (await page.Locator(".risks").TextContentAsync())!.ShouldNotContain("No findings");
        await Support.Browser.ShotAsync(page, "empty-risks");

        await page.GotoAsync($"/accounts/{account}/matrix");
        await page.Locator(".matrix-wrap[data-ready='true']").WaitForAsync();
        await page.Locator(".account-gaps", new() { HasText = EmptyMap }).WaitForAsync();
        (await page.Locator("main").TextContentAsync())!.ShouldNotContain("Every buying-center member has a peer-level contact");
        await Support.Browser.ShotAsync(page, "empty-matrix");

        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await page.Locator(".account-gaps", new() { HasText = EmptyMap }).WaitForAsync();
        (await page.Locator("main").TextContentAsync())!.ShouldNotContain("Every buying-center member was met recently");
        await Support.Browser.ShotAsync(page, "empty-meetings");

        await page.GotoAsync($"/accounts/{account}/sheet");
        await page.Locator(".sheet[data-ready='true']").WaitForAsync();
        await page.Locator(".sheet li.gap", new() { HasText = EmptyMap }).First.WaitForAsync();
    }

    [Fact]
    public async Task People_without_a_buying_center_or_anyone_of_ours_are_named_as_the_gaps_on_matrix_and_meetings()
    {
        var (_, address, api) = StartApp(seed: false, today: new DateOnly(2026, 11, 29));
        var account = await api.CreateAccountAsync("No Buying Center SL");
        await api.AddNodeAsync(account, new { kind = "Person", name = "Uma Sol", level = "Manager" });
        var page = await NewPageAsync(address);

        foreach (var (path, ready) in new[] { ("matrix", ".matrix-wrap"), ("meetings", ".meetings-layout") })
        {
            await page.GotoAsync($"/accounts/{account}/{path}");
            await page.Locator($"{ready}[data-ready='true']").WaitForAsync();
            await page.Locator(".account-gaps").WaitForAsync();
            var gaps = await page.Locator(".account-gaps").TextContentAsync() ?? "";
            gaps.ShouldContain("buying center is not mapped yet");
            gaps.ShouldContain("Nobody of ours is on this account yet");
        }
    }
}

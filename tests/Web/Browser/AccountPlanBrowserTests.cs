using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

public sealed class AccountPlanBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Position_history_a_persons_concern_and_an_argument_that_answers_it_are_kept()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Plan Test GmbH");
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager", stance = "Skeptic", roles = new[] { "Purchaser" } });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        await page.Locator("#tab-position").ClickAsync();
        await page.Locator("#account-position").SelectOptionAsync("Active");
        await page.Locator("#account-share").FillAsync("15");
        await page.GetByLabel("As of").FillAsync(DateTime.Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save position" }).ClickAsync();
        await page.Locator(".position-chart circle").Nth(1).WaitForAsync();

        await page.Locator($".card[data-node-id='{luis}']").ClickAsync();
        await page.Locator("#concern-text").FillAsync("Thinks our price is 10% above the benchmark");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add concern" }).ClickAsync();
        await page.Locator(".concerns li.unanswered").WaitForAsync();

        await page.GotoAsync($"/accounts/{account}/arguments");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await page.Locator("#argument-title").FillAsync("Total cost of ownership");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add argument" }).ClickAsync();
        await page.GetByText("Added the argument “Total cost of ownership”.").WaitForAsync();
        var concernItem = page.Locator(".concerns li.concern").First;
        await concernItem.Locator("select").First.SelectOptionAsync(new SelectOptionValue { Label = "Total cost of ownership" });
        await concernItem.Locator("select").Nth(1).SelectOptionAsync("PartlyConvinced");
        await concernItem.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.Locator(".concerns li.concern .result-partlyconvinced").WaitForAsync();
        await Support.Browser.ShotAsync(page, "arguments");

        var acc = await api.GetAsync($"/api/accounts/{account}");
        var history = acc["history"]!.AsArray();
        history.Count.ShouldBe(2); // opened at creation, then the change dated a week later
        ((string)history[^1]!["position"]!, (int)history[^1]!["shareOfWallet"]!).ShouldBe(("Active", 15));
        var concern = (await api.GetAsync($"/api/accounts/{account}/concerns?personId={luis}")).AsArray().Single()!;
        ((string)concern["concern"]!["name"]!).ShouldBe("Thinks our price is 10% above the benchmark");
        ((string)concern["answers"]![0]!["answer"]!["result"]!).ShouldBe("PartlyConvinced");
        (await api.GetAsync($"/api/accounts/{account}/risks")).AsArray().ShouldNotContain(f => (string)f!["kind"]! == "unanswered-concern");
    }
}

using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

public sealed class MeetingsBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Logging_a_meeting_moves_the_last_contact_and_creates_a_confirmed_relationship()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Meeting Test SA");
        var maria = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", level = "Executive", roles = new[] { "DecisionMaker" } });
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = maria, lastContact = "2026-09-01", cadenceDays = 30 });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();

        await page.Locator("#meeting-objective").FillAsync("Price negotiation");
        await page.Locator("#meeting-date").FillAsync("2026-11-20");
        foreach (var id in new[] { ana, maria, luis }) await page.Locator($"input[data-participant='{id}']").CheckAsync();
        await page.Locator("#meeting-outcome").FillAsync("Agreed on a pilot in the Zaragoza plant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log meeting" }).ClickAsync();
        await page.GetByText("Ana Ruiz ↔ Luis Gómez").WaitForAsync();
        await page.Locator("#create-relationships").ClickAsync();
        await page.GetByText("Logged “Price negotiation” with 3 participants.").WaitForAsync();
        await Support.Browser.ShotAsync(page, "meetings");

        var edges = (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray();
        ((string)edges.Single(e => (string)e!["id"]! == talks)!["lastContact"]!).ShouldBe("2026-11-20");
        var created = edges.Single(e => (string)e!["type"]! == "TALKS_WITH" && (string)e["to"]! == luis)!;
        ((string)created["from"]!, (string)created["lastContact"]!).ShouldBe((ana, "2026-11-20"));
        edges.Count(e => (string)e!["type"]! == "ATTENDED").ShouldBe(3);
        var meetings = await api.GetAsync($"/api/accounts/{account}/meetings");
        ((string)meetings["meetings"]![0]!["meeting"]!["outcome"]!).ShouldBe("Agreed on a pilot in the Zaragoza plant");

        await page.GotoAsync($"/accounts/{account}/matrix");
        await page.Locator($"td[data-cell='{ana}|{maria}'] .last", new() { HasText = "20 Nov" }).WaitForAsync();
        await page.Locator($"td[data-cell='{ana}|{luis}'] .last", new() { HasText = "20 Nov" }).WaitForAsync();
    }
}

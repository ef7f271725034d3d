using Microsoft.Playwright;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

public sealed class PersonConcernsBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_persons_raised_concerns_have_their_own_heading_and_the_answer_form_stays_inside_the_panel()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Concerns Panel SL");
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", stance = "Skeptic", concerns = "Price", x = 80, y = 80 });
        await api.PostAsync($"/api/accounts/{account}/concerns", new { personId = luis, text = "Thinks our price is 10% above the benchmark, and that the migration will stop the line for a week" });
        await api.AddNodeAsync(account, new { kind = "Argument", name = "Total cost of ownership over five years, including the migration, training and the spare parts we keep in stock", x = 700, y = 80 });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        await page.Locator($".card[data-node-id='{luis}']").ClickAsync();
        var section = page.Locator(".person-concerns");
        await section.Locator(".concerns form.inline").WaitForAsync();
        await section.ScrollIntoViewIfNeededAsync();
        await Support.Browser.ShotAsync(page, "person-concerns");

        (await section.Locator("h2").TextContentAsync()).ShouldBe("Raised concerns and answers");
        var panel = (await page.Locator(".side-panel").BoundingBoxAsync())!;
        foreach (var control in await section.Locator(".concerns form.inline > *").AllAsync())
        {
            var box = (await control.BoundingBoxAsync())!;
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(panel.X + panel.Width, "the answer form spills out of the side panel");
        }
    }
}

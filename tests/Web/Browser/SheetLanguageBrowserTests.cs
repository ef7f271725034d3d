using Microsoft.Playwright;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

/// <summary>The printed account sheet in German: questions, gaps and money as a German reader writes them, and long German words still fit.</summary>
public sealed class SheetLanguageBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_German_reader_prints_the_sheet_with_German_questions_gaps_and_money()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        await api.SendAsync(HttpMethod.Patch, $"/api/accounts/{account}", new { shareOfWallet = 12, potentialAmount = 1_250_000, potentialCurrency = "EUR" });
        var page = await NewPageAsync(address);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=de|uic=de", Url = address.ToString() }]);

        await page.GotoAsync($"/accounts/{account}/sheet");
        await page.Locator(".sheet[data-ready='true']").WaitForAsync();

        (await page.Locator("section[data-question='3'] h2").InnerTextAsync()).ShouldContain("Wer entscheidet, wer unterschreibt, wer verantwortet das Budget?");
        var position = await page.Locator("section[data-question='9']").InnerTextAsync();
        position.ShouldContain("1.250.000 €.");
        position.ShouldContain("12 % des Einkaufspotenzials des Kunden.");
        (await page.Locator("li.gap").First.InnerTextAsync()).ShouldNotContain("Nobody");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Support.Browser.ShotAsync(page, "de-sheet-print");
        var overflowing = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.sheet *')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').length");
        overflowing.ShouldBe(0, "no German word breaks out of its box");
    }
}

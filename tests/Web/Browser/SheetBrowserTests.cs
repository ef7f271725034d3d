using System.Text;
using Microsoft.Playwright;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

public sealed class SheetBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_demo_account_sheet_answers_the_ten_questions_calls_out_gaps_and_prints_without_the_app_chrome()
    {
        var (app, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var sheet = await api.GetAsync($"/api/accounts/{account}/sheet");
        var answers = sheet["answers"]!.AsArray();
        answers.Count.ShouldBe(10);
        answers.Select(a => (string)a!["title"]!).ShouldBe(Enumerable.Range(1, 10).Select(n => AccountSheet.Question(Words.Text, n)));
        var gaps = answers.SelectMany(a => a!["gaps"]!.AsArray()).Select(g => (string)g!).ToList();
        gaps.ShouldNotBeEmpty();
        (await api.SendAsync(HttpMethod.Get, "/api/accounts/no-such-account/sheet")).Status.ShouldBe(System.Net.HttpStatusCode.NotFound);

        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Account sheet" }).ClickAsync();
        await page.ArrivedAtAsync(url => url.EndsWith($"/accounts/{account}/sheet", StringComparison.Ordinal));
        await page.Locator(".sheet[data-ready='true']").WaitForAsync();
        var sections = page.Locator("section.sheet-answer");
        (await sections.CountAsync()).ShouldBe(10);
        for (var i = 0; i < 10; i++)
        {
            var section = sections.Nth(i);
            (await section.Locator("h2").TextContentAsync())!.ShouldContain(AccountSheet.Question(Words.Text, i + 1));
            (await section.Locator("dl.sheet-lines > div, p.empty").CountAsync()).ShouldBeGreaterThan(0, $"question {i + 1} has content or an empty state");
        }
        (await page.Locator(".sheet-summary li.gap").CountAsync()).ShouldBeInRange(1, AccountSheet.SummaryGaps, "the summary comes before the answers");
        var gapItems = page.Locator("section.sheet-answer li.gap");
        (await gapItems.CountAsync()).ShouldBe(gaps.Count);
        (await gapItems.First.TextContentAsync())!.ShouldContain("Gap:");
        (await gapItems.First.TextContentAsync())!.ShouldContain(gaps[0]);
        await Support.Browser.ShotAsync(page, "sheet");
        // A demo account folds a few lines away on screen; its printout opens them (the reader may untick it).
        (await page.Locator("details.sheet-more").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#print-all").IsCheckedAsync()).ShouldBeTrue();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator(".topbar").IsVisibleAsync()).ShouldBeFalse();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).IsVisibleAsync()).ShouldBeFalse();
        (await sections.First.IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator(".gap").First.IsVisibleAsync()).ShouldBeTrue();
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(dir, "sheet.pdf"), Format = "A4", PrintBackground = true });
        pdf.Length.ShouldBeGreaterThan(1000);
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        await Support.Browser.ShotAsync(page, "sheet-print");
    }
}

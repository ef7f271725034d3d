using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Store;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

/// <summary>The matrix and the sheet of a 500-person account (issue #13): readable, not a wall.</summary>
public sealed class BigPagesBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    private static readonly DateOnly Day = new(2026, 11, 29);

    private async Task<(Uri Address, AccountMap Map)> LargeAccountAsync()
    {
        var (app, address, _) = StartApp(seed: false, today: Day);
        var map = GeneratedAccounts.Generate(AccountSize.Large, "en", 1, Day)[0];
        await app.Services.GetRequiredService<IGraphStore>().CreateAccountAsync(map, default);
        return (address, map);
    }

    [Fact]
    public async Task The_matrix_of_500_people_keeps_its_headers_in_view_while_scrolling_and_the_function_filter_narrows_the_columns()
    {
        var (address, map) = await LargeAccountAsync();
        var page = await NewPageAsync(address);
        await page.SetViewportSizeAsync(1400, 900);

        await page.GotoAsync($"/accounts/{map.Account.Id}/matrix");
        await page.Locator(".matrix-wrap[data-complete='true']").WaitForAsync();
        (await page.Locator("table.matrix thead tr.people th").CountAsync()).ShouldBe(500);
        var header = page.Locator("table.matrix thead tr.people th").Nth(40);
        var corner = page.Locator("table.matrix th.corner");
        var (headerTop, cornerBox) = ((await header.BoundingBoxAsync())!.Y, (await corner.BoundingBoxAsync())!);
        await page.Locator(".matrix-wrap").EvaluateAsync("box => { box.scrollTop = 400; box.scrollLeft = 4000; }");
        await page.WaitForTimeoutAsync(100);
        (await header.BoundingBoxAsync())!.Y.ShouldBe(headerTop, 0.5, "the people row stays on top of the box");
        var scrolled = (await corner.BoundingBoxAsync())!;
        (scrolled.X, scrolled.Y).ShouldBe((cornerBox.X, cornerBox.Y), "the corner stays where it was");
        await Support.Browser.ShotAsync(page, "matrix-500-scrolled");

        var functions = map.OfKind(NodeKind.Function).Select(f => f.Name).ToList();
        var engineering = ContactMatrix.Build(map, Words.Text).Columns.Count(c => c.FunctionName == functions[0]);
        await page.Locator("#matrix-function").SelectOptionAsync(new SelectOptionValue { Label = functions[0] });
        await page.Locator($"[data-shown='{engineering}']").WaitForAsync();
        (await page.Locator("table.matrix thead tr.people th").CountAsync()).ShouldBe(engineering);
        (await page.Locator("table.matrix th.group").AllTextContentsAsync()).ShouldBe([functions[0]]);
        engineering.ShouldBeLessThan(500);
    }

    [Fact]
    public async Task The_sheet_of_500_people_starts_with_a_summary_of_at_most_five_gaps_and_folds_long_answers()
    {
        var (address, map) = await LargeAccountAsync();
        var page = await NewPageAsync(address);

        await page.GotoAsync($"/accounts/{map.Account.Id}/sheet");
        await page.Locator(".sheet[data-ready='true']").WaitForAsync();
        var first = await page.Locator("article.sheet > section").First.GetAttributeAsync("class");
        first.ShouldBe("sheet-summary");
        var gaps = await page.Locator(".sheet-summary li.gap").CountAsync();
        gaps.ShouldBeInRange(1, 5);
        (await page.Locator(".sheet-summary li.gap").First.TextContentAsync())!.ShouldBe("⚠ " + KeyGaps.Rank(map, Words.Text)[0].Sentence);
        (await page.Locator(".sheet-answer[data-question='4'] > dl.sheet-lines > div").CountAsync()).ShouldBe(12);
        await page.Locator(".sheet-answer[data-question='4'] details.sheet-more summary").WaitForAsync();
        await Support.Browser.ShotAsync(page, "sheet-500");
    }

    [Fact]
    public async Task The_print_button_prints_the_500_person_sheet_as_shown_unless_asked_to_open_every_folded_list()
    {
        var (address, map) = await LargeAccountAsync();
        var page = await NewPageAsync(address);
        // The browser's print dialog cannot be driven headless: count the calls, and print as the browser would (beforeprint first).
        await page.AddInitScriptAsync("window.__printed = 0; window.print = () => { window.__printed++; window.dispatchEvent(new Event('beforeprint')); };");
        await page.GotoAsync($"/accounts/{map.Account.Id}/sheet");
        await page.Locator(".sheet[data-ready='true']").WaitForAsync();
        var folds = await page.Locator("details.sheet-more").CountAsync();
        folds.ShouldBeGreaterThan(0);
        var folded = (await page.Locator("details.sheet-more").EvaluateAllAsync<int[]>("ds => ds.map(d => d.querySelectorAll('dl > div, ul > li').length)")).Sum();
        folded.ShouldBeGreaterThan(100);
        (await page.Locator("label.print-all").TextContentAsync())!.Trim().ShouldBe($"Print the folded lists too ({folded} more lines)");
        (await page.Locator("#print-all").IsCheckedAsync()).ShouldBeFalse("hundreds of folded lines: the printout is the sheet as shown");

        await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).ClickAsync();
        (await page.EvaluateAsync<int>("window.__printed")).ShouldBe(1);
        (await page.Locator("details.sheet-more[open]").CountAsync()).ShouldBe(0);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator(".folded-note:visible").CountAsync()).ShouldBe(folds, "each shut fold says on paper how much it keeps");
        (await page.Locator("details.sheet-more summary:visible").CountAsync()).ShouldBe(0, "paper has no Show more");
        await page.EvaluateAsync("window.dispatchEvent(new Event('afterprint'))");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.Locator("#print-all").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Print" }).ClickAsync();
        (await page.EvaluateAsync<int>("window.__printed")).ShouldBe(2);
        (await page.Locator("details.sheet-more:not([open])").CountAsync()).ShouldBe(0);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator(".folded-note:visible").CountAsync()).ShouldBe(0);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.EvaluateAsync("window.dispatchEvent(new Event('afterprint'))");
        (await page.Locator("details.sheet-more[open]").CountAsync()).ShouldBe(0, "the page folds back as it was");
    }
}

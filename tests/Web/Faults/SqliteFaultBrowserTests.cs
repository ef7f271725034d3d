using Microsoft.Playwright;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Faults;

/// <summary>A busy database seen from the map page: the edit stays in the form, the reason is shown, the page lives on.</summary>
public sealed class SqliteFaultBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Saving_while_the_database_is_busy_keeps_the_edit_says_why_and_saves_on_the_next_try()
    {
        var (_, address, api) = StartApp(seed: false, SqliteFaultTests.ShortBusyTimeout);
        var account = await api.CreateAccountAsync("Busy Page AG");
        var person = await api.AddNodeAsync(account, new { kind = "Person", name = "Ada Stein", x = 100, y = 100 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        await page.Locator($".card[data-node-id='{person}']").ClickAsync();
        var editor = page.GetByRole(AriaRole.Form, new() { Name = "Edit person" });
        var title = editor.GetByLabel("Title", new() { Exact = true });
        await title.FillAsync("Head of plant");

        await using (await SqliteFaultTests.HoldWriteLockAsync(Path.Combine(Dir.Path, "salesops.db")))
        {
            await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await editor.Locator(".error").GetByText("The database is busy", new() { Exact = false }).WaitForAsync();
        }

        (await title.InputValueAsync()).ShouldBe("Head of plant");
        await editor.Locator(".error").ScrollIntoViewIfNeededAsync();
        await Support.Browser.ShotAsync(page, "map-store-busy");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await editor.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var saved = await api.GetAsync($"/api/accounts/{account}/map");
        ((string)saved["nodes"]!.AsArray().Single()!["title"]!).ShouldBe("Head of plant");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_drag_whose_save_fails_puts_the_card_back_and_says_why()
    {
        var (_, address, api) = StartApp(seed: false, SqliteFaultTests.ShortBusyTimeout);
        var account = await api.CreateAccountAsync("Busy Drag AG");
        var person = await api.AddNodeAsync(account, new { kind = "Person", name = "Ada Stein", x = 100, y = 100 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        var card = page.Locator($".card[data-node-id='{person}']");
        var start = await CentreAsync(card);

        await using (await SqliteFaultTests.HoldWriteLockAsync(Path.Combine(Dir.Path, "salesops.db")))
        {
            await DragAsync(page, start, (start.X + 160, start.Y + 90));
            await page.Locator(".notice.error").GetByText("The database is busy", new() { Exact = false }).WaitForAsync();
        }

        await Eventually.ThatAsync(() => CentreAsync(card), c => Math.Abs(c.X - start.X) < 2 && Math.Abs(c.Y - start.Y) < 2, "the card back where it was");
        await Support.Browser.ShotAsync(page, "map-drag-refused");
        var node = (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().Single()!;
        ((double)node["x"]!, (double)node["y"]!).ShouldBe((100.0, 100.0));
        await page.CloseAsync();
    }
}

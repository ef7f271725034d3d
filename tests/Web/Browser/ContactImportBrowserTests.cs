using System.Text;
using Microsoft.Playwright;
using SalesOps.Tests.Graph.Exchange;
using SalesOps.Tests.Support;
using static SalesOps.Tests.Web.Exchange.ExchangeApiData;

namespace SalesOps.Tests.Web.Browser;

public sealed class ContactImportBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Upload_preview_fix_a_column_import_and_undo_the_import()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await CreateVidalAsync(api);
        var before = await StoredMapAsync(Dir.Path, account);
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        await page.GetByRole(AriaRole.Link, new() { Name = "Import contacts" }).ClickAsync();
        await page.Locator(".import-page[data-ready='true']").WaitForAsync(new() { Timeout = 30_000 });
        page.Url.ShouldEndWith($"/accounts/{account}/import");
        // The file field speaks the page's language, not the browser's ("Choose File", "No file chosen").
        (await page.Locator(".file-pick").InnerTextAsync()).ShouldBe("Choose a file…\nNo file chosen yet");
        (await page.GetByLabel("CSV file").GetAttributeAsync("id")).ShouldBe("import-file");

        // A bad file first: the preview names the row, and nothing can be imported.
        await Upload(page, "twice.csv", "Name,Email\nLuis Gómez,luis@vidal.example\nCarmen Soler,luis@vidal.example\n");
        await page.Locator(".import-errors").GetByText("Row 3: the e-mail 'luis@vidal.example' is also in row 2").WaitForAsync();
        (await page.Locator(".file-pick .file-name").InnerTextAsync()).ShouldBe("twice.csv");
        (await page.Locator("#import-confirm").IsDisabledAsync()).ShouldBeTrue();

        // The real file: its title column is not one the import knows, so María's row changes nothing yet.
        await Upload(page, "crm.csv", "Name,Puesto interno,Email\nLuis Gómez,Head of Procurement,luis@vidal.example\nMaría Vidal,Chief Financial Officer,maria.vidal@vidal-packaging.example\n");
        await page.Locator("#import-counts", new() { HasText = "1 new, 0 to update, 1 unchanged" }).WaitForAsync();
        await page.Locator("tr[data-column='Puesto interno'] .tag", new() { HasText = "not recognised" }).WaitForAsync();

        await page.Locator("tr[data-column='Puesto interno'] select").SelectOptionAsync("Title");
        await page.Locator("#import-counts", new() { HasText = "1 new, 1 to update, 0 unchanged" }).WaitForAsync();
        var maria = page.Locator("tr[data-row='3']");
        (await maria.TextContentAsync())!.ShouldContain("Update of María Vidal (matched by e-mail)");
        (await maria.Locator(".change").TextContentAsync())!.ShouldBe("title: CFO → Chief Financial Officer");
        (await StoredMapAsync(Dir.Path, account)).Version.ShouldBe(before.Version, "a preview writes nothing");
        await Support.Browser.ShotAsync(page, "import-preview");

        await page.Locator("#import-confirm").ClickAsync();
        var done = page.GetByText("People imported as one change");
        await done.WaitForAsync();
        var imported = await StoredMapAsync(Dir.Path, account);
        imported.Version.ShouldBe(before.Version + 1, "one commit");
        (await done.TextContentAsync())!.ShouldContain($"(map version {imported.Version}) — new: 1, updated: 1.");
        ExchangeData.People(imported).ShouldBe(["Luis Gómez | Head of Procurement | - | -", "María Vidal | Chief Financial Officer | - | -"]);
        await Support.Browser.ShotAsync(page, "import-done");

        await page.Locator("#import-undo").ClickAsync();
        await page.GetByText("The import is undone").WaitForAsync();
        var undone = await StoredMapAsync(Dir.Path, account);
        ExchangeData.People(undone).ShouldBe(ExchangeData.People(before));
        undone.Version.ShouldBe(before.Version + 2);

        // The column chosen by hand is remembered: the same file maps itself next time.
        await Upload(page, "crm.csv", "Name,Puesto interno,Email\nLuis Gómez,Head of Procurement,luis@vidal.example\n");
        await page.Locator("tr[data-column='Puesto interno'] .tag", new() { HasText = "your choice" }).WaitForAsync();
    }

    private static Task Upload(IPage page, string name, string csv) =>
        page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
}

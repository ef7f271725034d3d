using System.Text;
using System.Xml.Linq;
using Microsoft.Playwright;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SkiaSharp;
using static SalesOps.Tests.Web.Exchange.ExchangeApiData;

namespace SalesOps.Tests.Web.Browser;

public sealed class PictureBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_picture_menu_downloads_an_SVG_that_Chromium_opens_showing_every_card_name_and_a_slide_sized_PNG()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts"))[0]!["id"]!;
        var map = await StoredMapAsync(Dir.Path, account);
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);

        await page.Locator("#picture-menu").ClickAsync();
        await page.Locator("#picture-choices").GetByLabel("The whole map").CheckAsync();
        await Support.Browser.ShotAsync(page, "picture-menu");
        var svgFile = await DownloadAsync(page, "[data-picture='slide-svg']");
        var svg = await File.ReadAllTextAsync(svgFile);
        XDocument.Parse(svg).Root!.Name.LocalName.ShouldBe("svg");
        Path.GetFileName(svgFile).ShouldEndWith(".svg");

        await page.Locator("#picture-menu").ClickAsync();
        var pngFile = await DownloadAsync(page, "[data-picture='slide-png']");
        using (var bitmap = SKBitmap.Decode(pngFile))
        {
            (bitmap.Width, bitmap.Height).ShouldBe((1920, 1080));
            File.Copy(pngFile, Path.Combine(AppContext.BaseDirectory, "screenshots", "picture-slide.png"), overwrite: true);
            Enumerable.Range(0, 200).Select(i => bitmap.GetPixel(i * 9 % 1920, i * 5 % 1080)).Distinct().Count().ShouldBeGreaterThan(2, "not blank");
        }

        // The SVG as a document of its own in Chromium: every card's name is drawn, with a size on the page.
        var viewer = await page.Context.NewPageAsync();
        await viewer.SetViewportSizeAsync(1920, 1080);
        await viewer.GotoAsync(new Uri(svgFile).AbsoluteUri);
        var drawn = await viewer.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('text')].filter(t => { const b = t.getBBox(); return b.width > 0 && b.height > 0; }).map(t => t.textContent)");
        foreach (var card in map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart)) drawn.ShouldContain(card.Name);
        await viewer.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "picture-svg-in-chromium.png") });
        await viewer.CloseAsync();
    }

    [Fact]
    public async Task A_picture_of_the_current_view_carries_the_reach_path_the_map_highlights_and_the_pages_offer_their_downloads()
    {
        var (_, address, api) = StartApp(seed: true);
        string? account = null, best = null;
        foreach (var a in (await api.GetAsync("/api/accounts")).AsArray())
        {
            if ((await api.GetAsync($"/api/accounts/{a!["id"]}/reach"))["paths"]!.AsArray() is [var path, ..])
                (account, best) = ((string)a["id"]!, (string)path!["explanation"]!);
            if (account is not null) break;
        }
        account.ShouldNotBeNull("a demo account has a way to its decision maker");
        var ours = (await StoredMapAsync(Dir.Path, account)).OfKind(NodeKind.Counterpart).First().Id;
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account, "?tab=reach&reach=from:all;to:decision-makers;mode:Strongest;k:3;hops:6;avoid:Detractor");
        await page.Locator(".map-link.path-0, [data-path='0']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await page.Locator("#picture-menu").ClickAsync();
        await page.GetByText("The highlighted reach path is included.").WaitForAsync();
        var svg = await File.ReadAllTextAsync(await DownloadAsync(page, "[data-picture='a4-svg']"));
        svg.ShouldContain("Current view");
        svg.ShouldContain("Reach path: " + best![..30]);
        svg.ShouldContain("width=\"297mm\"");

        await page.GotoAsync($"/accounts/{account}/matrix");
        var csv = await File.ReadAllBytesAsync(await DownloadAsync(page, "[data-download='matrix-csv']"));
        Encoding.UTF8.GetString(csv[3..]).ShouldStartWith("Ours");
        var xlsx = await File.ReadAllBytesAsync(await DownloadAsync(page, "[data-download='all-xlsx']"));
        Encoding.ASCII.GetString(xlsx, 0, 2).ShouldBe("PK");

        var planned = (string)(await api.PostAsync($"/api/accounts/{account}/meetings",
            new { objective = "Pilot review", date = DateTime.Today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), participants = new[] { ours } }))["meeting"]!["id"]!;
        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        var ics = await File.ReadAllTextAsync(await DownloadAsync(page, $"[data-invite='{planned}']"));
        ics.ShouldStartWith("BEGIN:VCALENDAR");
        ics.ShouldContain("Pilot review");
    }

    /// <summary>Clicks a download link and keeps the file under its suggested name.</summary>
    private async Task<string> DownloadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
        var path = Path.Combine(Dir.Path, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}

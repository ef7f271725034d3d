using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Seed;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Tests.Web.Browser;

/// <summary>A 500-person account in Chromium: fit shows functions, a person is found, dragged and folded away with their function.</summary>
public sealed class BigMapBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task On_a_500_person_map_one_fits_finds_a_person_drags_their_card_and_folds_their_function()
    {
        var (app, address, api) = StartApp(seed: false);
        var map = GeneratedAccounts.Generate(AccountSize.Large, "en", 3, DemoData.DefaultReferenceDate)[0];
        await app.Services.GetRequiredService<IGraphStore>().CreateAccountAsync(map, default);
        var page = await NewPageAsync(address, 1600, 1000);
        await page.GotoAsync($"/accounts/{map.Account.Id}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        // Fitted, 500 people are far too small to read: each function is one box, and everything is inside the canvas.
        await Expect(page.Locator(".canvas-wrap.detail-groups")).ToBeVisibleAsync();
        await Expect(page.Locator(".function-box")).Not.ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom to fit" }).ClickAsync();
        await AllInsideTheCanvasAsync(page);
        await Expect(page.Locator(".map-navigator")).ToBeVisibleAsync();
        await Support.Browser.ShotAsync(page, "big-map-fit");
        // Our people stay cards among the boxes, with a name one can read on screen (not the map's 3 px).
        var oursNames = await page.Locator(".card.ours .name").EvaluateAllAsync<double[]>("els => els.map(e => e.getBoundingClientRect().height)");
        oursNames.ShouldNotBeEmpty();
        oursNames.ShouldAllBe(h => h >= 12, "every one of our people's names at fit is at least 12 px high");

        var person = map.OfKind(NodeKind.Person).First(p => map.FunctionOf(p.Id) is not null && p.X is null);
        await page.Locator("#find").FillAsync(person.Name);
        await page.Locator("#find").PressAsync("Enter");
        var card = page.Locator($".card[data-node-id='{person.Id}']");
        await Expect(card).ToBeInViewportAsync();
        await Expect(page.Locator(".canvas-wrap.detail-full")).ToBeVisibleAsync();
        await Expect(page.Locator("#node-name")).ToHaveValueAsync(person.Name);
        await Support.Browser.ShotAsync(page, "big-map-reading");

        var before = (await card.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(before.X + 60, before.Y + 40);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(before.X + 140, before.Y + 70, new() { Steps = 8 });
        await page.Mouse.MoveAsync(before.X + 220, before.Y + 100, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Eventually.ThatAsync(() => api.MapTextAsync(map.Account.Id), json => Node(json, person.Id)?["x"] is not null, "the dropped card's position saved");
        var after = (await card.BoundingBoxAsync())!;
        after.X.ShouldBe(before.X + 160, 3);

        // Folded by hand, the function's people give way to its one box, with its people counted.
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        var function = map.Find(map.FunctionOf(person.Id)!)!;
        var members = map.Edges.Count(e => e.Type == EdgeType.WORKS_IN && e.To == function.Id);
        var fold = page.Locator(".functions li").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = function.Name, Exact = true }) }).Locator("button.fold");
        await Expect(fold).ToHaveAttributeAsync("title", $"Show the people of {function.Name} as one box on the map");
        await fold.ClickAsync();
        await Expect(fold).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(card).ToHaveCountAsync(0);
        var box = page.Locator($".function-box[data-function-id='{function.Id}']");
        await Expect(box).ToContainTextAsync($"{members} people");

        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom to fit" }).ClickAsync();
        await AllInsideTheCanvasAsync(page);
    }

    private static JsonNode? Node(string mapJson, string id) =>
        JsonNode.Parse(mapJson)!["nodes"]!.AsArray().FirstOrDefault(n => (string?)n!["id"] == id);

    private static async Task AllInsideTheCanvasAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(300);
        var canvas = (await page.Locator(".canvas-wrap").BoundingBoxAsync())!;
        var boxes = await page.Locator(".diagram-node").EvaluateAllAsync<double[][]>(
            "els => els.filter(e => e.offsetParent).map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        boxes.ShouldNotBeEmpty();
        foreach (var b in boxes)
        {
            b[0].ShouldBeGreaterThanOrEqualTo(canvas.X - 1);
            b[1].ShouldBeGreaterThanOrEqualTo(canvas.Y - 1);
            b[2].ShouldBeLessThanOrEqualTo(canvas.X + canvas.Width + 1);
            b[3].ShouldBeLessThanOrEqualTo(canvas.Y + canvas.Height + 1);
        }
    }
}

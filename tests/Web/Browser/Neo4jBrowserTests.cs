using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

/// <summary>The same map UI with the store set to the real Neo4j test server.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jBrowserTests(Neo4jTestServer server, Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_demo_map_served_from_Neo4j_draws_and_keeps_a_dragged_card_in_place()
    {
        await server.ResetAsync();
        var (_, address, api) = StartApp(seed: true, new Dictionary<string, string?>
        {
            ["SALESOPS_STORE"] = "neo4j",
            ["SALESOPS_NEO4J_URI"] = server.Uri.ToString(),
            ["SALESOPS_NEO4J_USER"] = "neo4j",
            ["SALESOPS_NEO4J_PASSWORD"] = Neo4jTestServer.Password,
        });
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        var people = map["nodes"]!.AsArray().Where(n => (string)n!["kind"]! is "Person" or "Counterpart").Select(n => (string)n!["id"]!).ToList();
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        (await page.Locator(".card").CountAsync()).ShouldBe(people.Count);
        // The map fits the screen on open: a card at its edge, dragged outward, would change the fit after reload,
        // so drag the card nearest the middle, pressed in its middle whatever the zoom the fit chose.
        var centres = new List<(string Id, float X, float Y)>();
        foreach (var id in people)
        {
            var b = (await page.Locator($".card[data-node-id='{id}']").BoundingBoxAsync())!;
            centres.Add((id, b.X + b.Width / 2, b.Y + b.Height / 2));
        }
        var (mx, my) = (centres.Average(c => c.X), centres.Average(c => c.Y));
        var middle = centres.MinBy(c => Math.Pow(c.X - mx, 2) + Math.Pow(c.Y - my, 2));
        var card = page.Locator($".card[data-node-id='{middle.Id}']");
        await page.Mouse.MoveAsync(middle.X, middle.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(middle.X + 70, middle.Y + 60, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Eventually.ThatAsync(async () => (await api.GetAsync($"/api/accounts/{account}/map"))["version"]!.GetValue<long>(), v => v == 2, "the drop saved in Neo4j");
        var dropped = (await card.BoundingBoxAsync())!;
        await Support.Browser.ShotAsync(page, "neo4j-map");

        await page.ReloadAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        var again = (await page.Locator($".card[data-node-id='{middle.Id}']").BoundingBoxAsync())!;
        again.X.ShouldBe(dropped.X, 2);
        again.Y.ShouldBe(dropped.Y, 2);
    }
}

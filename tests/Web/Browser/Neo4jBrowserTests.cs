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
        var card = page.Locator($".card[data-node-id='{people[0]}']");
        var box = (await card.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 60, box.Y + 40);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 130, box.Y + 100, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await Eventually.ThatAsync(async () => (await api.GetAsync($"/api/accounts/{account}/map"))["version"]!.GetValue<long>(), v => v == 2, "the drop saved in Neo4j");
        var dropped = (await card.BoundingBoxAsync())!;
        await Support.Browser.ShotAsync(page, "neo4j-map");

        await page.ReloadAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        var again = (await page.Locator($".card[data-node-id='{people[0]}']").BoundingBoxAsync())!;
        again.X.ShouldBe(dropped.X, 2);
        again.Y.ShouldBe(dropped.Y, 2);
    }
}

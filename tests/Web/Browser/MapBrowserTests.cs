using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Browser;

/// <summary>The map as a user works it, in a real Chromium against the real app on Kestrel.</summary>
public sealed class MapBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_demo_map_shows_its_nodes_and_edges_and_a_dragged_node_keeps_its_place_after_reload()
    {
        var (app, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        var drawn = map["nodes"]!.AsArray().Where(n => (string)n!["kind"]! is "Person" or "Counterpart").Select(n => (string)n!["id"]!).ToList();
        var links = map["edges"]!.AsArray().Count(e => drawn.Contains((string)e!["from"]!) && drawn.Contains((string)e!["to"]!));
        var page = await NewPageAsync(address);

        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        (await page.Locator(".card").CountAsync()).ShouldBe(drawn.Count);
        await Eventually.ThatAsync(() => page.Locator("g.map-link").CountAsync(), c => c == links, "links drawn");
        await Support.Browser.ShotAsync(page, "map-demo");

        // The map fits the screen on open: a card at its edge, dragged outward, would change the fit after reload,
        // so drag the card nearest the middle, inward of every edge.
        var centres = new List<(string Id, (double X, double Y) At)>();
        foreach (var node in drawn) centres.Add((node, await CentreAsync(page.Locator($".card[data-node-id='{node}']"))));
        var (mx, my) = (centres.Average(c => c.At.X), centres.Average(c => c.At.Y));
        var id = centres.MinBy(c => Math.Pow(c.At.X - mx, 2) + Math.Pow(c.At.Y - my, 2)).Id;
        var card = page.Locator($".card[data-node-id='{id}']");
        var start = await CentreAsync(card);
        await DragAsync(page, start, (start.X + 140, start.Y + 90));
        var moved = await Eventually.ThatAsync(async () => (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().First(n => (string)n!["id"]! == id)!,
            n => n["x"] is not null && (long)map["version"]! < (long)n["version"]!, "the position saved on drag end");
        var afterDrag = await CentreAsync(card);

        await page.ReloadAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        var afterReload = await CentreAsync(page.Locator($".card[data-node-id='{id}']"));
        afterReload.X.ShouldBe(afterDrag.X, 2);
        afterReload.Y.ShouldBe(afterDrag.Y, 2);
        ((double)moved["x"]!).ShouldNotBe(0);
    }

    [Fact]
    public async Task A_dragged_card_is_saved_exactly_where_it_was_dropped()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Drop Point SL");
        var ada = await api.AddNodeAsync(account, new { kind = "Person", name = "Ada Pons", level = "Manager", x = 0, y = 0 });
        var bea = await api.AddNodeAsync(account, new { kind = "Person", name = "Bea Soler", level = "Manager", x = 400, y = 0 });
        var carla = await api.AddNodeAsync(account, new { kind = "Person", name = "Carla Vives", level = "Manager", x = 0, y = 300 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        ILocator Card(string id) => page.Locator($".card[data-node-id='{id}']");
        var (a, b, c) = (await CentreAsync(Card(ada)), await CentreAsync(Card(bea)), await CentreAsync(Card(carla)));
        // Screen pixels per map unit, as the map was fitted: the same across and down.
        var scale = (b.X - a.X) / 400;
        ((c.Y - a.Y) / 300).ShouldBe(scale, 0.01);

        async Task<JsonNode> CarlaAsync() => (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().Single(n => (string)n!["id"]! == carla)!;
        var before = (long)(await CarlaAsync())["version"]!;

        await DragAsync(page, c, (c.X + 140, c.Y - 90));
        var saved = await Eventually.ThatAsync(CarlaAsync, n => (long)n["version"]! > before, "the position saved on drop");

        // Where the mouse let go, in map units (within a pixel), and the card on screen is there too.
        ((double)saved["x"]!).ShouldBe(140 / scale, 1 / scale);
        ((double)saved["y"]!).ShouldBe(300 - 90 / scale, 1 / scale);
        var dropped = await CentreAsync(Card(carla));
        (dropped.X - c.X).ShouldBe(140, 1.5);
        (dropped.Y - c.Y).ShouldBe(-90, 1.5);
    }

    [Fact]
    public async Task A_person_and_an_influence_added_in_the_ui_reach_the_api_map()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Browser Test SA");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", roles = new[] { "DecisionMaker" }, x = 600, y = 80 });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).ClickAsync();
        await page.Locator("#node-name").FillAsync("Jordi Puig");
        await page.GetByLabel("Title").FillAsync("Plant manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var jordi = page.Locator(".card", new() { HasText = "Jordi Puig" });
        await jordi.WaitForAsync();
        var jordiId = (await jordi.GetAttributeAsync("data-node-id"))!;
        await Support.Browser.ShotAsync(page, "map-person-added");

        await jordi.HoverAsync();
        var from = await CentreAsync(jordi.Locator(".map-port.right"));
        await page.Locator($".card[data-node-id='{cfo}']").HoverAsync();
        var to = await CentreAsync(page.Locator($".card[data-node-id='{cfo}'] .map-port.left"));
        await DragAsync(page, from, to);
        await page.Locator("#edge-type").WaitForAsync();
        (await page.Locator("#edge-type").InputValueAsync()).ShouldBe("INFLUENCES");
        await page.Locator("#edge-strength").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect" }).ClickAsync();
        await page.GetByText("Jordi Puig influences María Vidal").WaitForAsync();
        await Support.Browser.ShotAsync(page, "map-added");

        var map = await api.GetAsync($"/api/accounts/{account}/map");
        var node = map["nodes"]!.AsArray().Single(n => (string)n!["id"]! == jordiId)!;
        ((string)node["name"]!, (string)node["title"]!, (string)node["kind"]!).ShouldBe(("Jordi Puig", "Plant manager", "Person"));
        var edge = map["edges"]!.AsArray().Single(e => (string)e!["type"]! == "INFLUENCES")!;
        ((string)edge["from"]!, (string)edge["to"]!, (int)edge["strength"]!).ShouldBe((jordiId, cfo, 4));
    }

    [Fact]
    public async Task The_delete_key_asks_first_then_deletes_and_undo_brings_the_card_back()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Undo Test AG");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", x = 0, y = 0 });
        var buyer = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager", x = 300, y = 200 });
        await api.ConnectAsync(account, new { type = "REPORTS_TO", from = buyer, to = cfo });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        await page.Locator($".card[data-node-id='{buyer}']").ClickAsync();
        await page.Keyboard.PressAsync("Delete");
        await page.GetByText("Delete Luis Gómez and 1 connection?").WaitForAsync();
        await page.Locator("#confirm-delete").ClickAsync();
        await page.GetByText("Deleted Luis Gómez and 1 connection.").WaitForAsync();
        (await page.Locator($".card[data-node-id='{buyer}']").CountAsync()).ShouldBe(0);
        (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().Count.ShouldBe(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true }).ClickAsync();

        await page.Locator($".card[data-node-id='{buyer}']").WaitForAsync();
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        map["nodes"]!.AsArray().Count.ShouldBe(2);
        map["edges"]!.AsArray().Single()!["from"]!.GetValue<string>().ShouldBe(buyer);
    }

    [Fact]
    public async Task On_a_1280_by_720_screen_the_tools_take_one_row_and_the_filter_menu_lights_up_the_skeptics_until_cleared()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        var skeptics = map["nodes"]!.AsArray().Count(n => (string)n!["kind"]! == "Person" && (string?)n["stance"] == "Skeptic");
        var talkedTo = map["edges"]!.AsArray().Where(e => (string)e!["type"]! == "TALKS_WITH" && (string?)e["status"] != "Planned").Select(e => (string)e!["to"]!).ToHashSet();
        var people = map["nodes"]!.AsArray().Count(n => (string)n!["kind"]! == "Person");
        var unknown = map["nodes"]!.AsArray().Count(n => (string)n!["kind"]! == "Person" && !talkedTo.Contains((string)n["id"]!));
        unknown.ShouldBeInRange(1, people - 1, "the demo account has people we talk with and people we do not");
        skeptics.ShouldBeGreaterThan(1, "the demo account has skeptics to filter for");
        var page = await NewPageAsync(address, 1280, 720);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        // The map gets the height: its tools stand in one row (they took two before the filters were folded).
        var toolbar = (await page.Locator(".toolbar").BoundingBoxAsync())!;
        var button = (await page.Locator(".toolbar button").First.BoundingBoxAsync())!;
        toolbar.Height.ShouldBeLessThan(button.Height * 2, "the map's tools in one row");
        await Support.Browser.ShotAsync(page, "map-1280x720");

        var summary = page.Locator("#filter-menu");
        await summary.ClickAsync();
        // The customer's people nobody of ours talks with yet (a planned talk aside): those we do not know.
        await page.Locator("#filter-nobody").CheckAsync();
        await Expect(summary).ToHaveTextAsync("Filter (1)");
        await Eventually.ThatAsync(() => page.Locator(".card:not(.dimmed)").CountAsync(), c => c == unknown, "the people nobody of ours talks with lit");
        // A picture of the map shows the same people lit.
        await page.Locator("#picture-menu").ClickAsync();
        (await page.Locator("a[data-picture='slide-svg']").GetAttributeAsync("href"))!.ShouldContain("nobodyOfOurs=true");
        await page.Locator("#picture-menu").ClickAsync();
        await summary.ClickAsync();
        await page.Locator("#filter-nobody").UncheckAsync();
        await Expect(summary).ToHaveTextAsync("Filter");
        await page.Locator(".filter-options").GetByLabel("Stance").SelectOptionAsync("Skeptic");
        await Expect(summary).ToHaveTextAsync("Filter (1)");
        await Expect(page.Locator(".notice")).ToHaveTextAsync($"{skeptics} people match the filters.");
        await Eventually.ThatAsync(() => page.Locator(".card.stance-skeptic:not(.dimmed)").CountAsync(), c => c == skeptics, "the skeptics lit");
        (await page.Locator(".card:not(.dimmed)").CountAsync()).ShouldBe(skeptics, "everyone else dims, ours too");

        // Escape folds the menu and gives the focus back to it; the filter stays.
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("details.filter-menu")).Not.ToHaveAttributeAsync("open", "");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("filter-menu");
        await Expect(summary).ToHaveTextAsync("Filter (1)");

        await summary.ClickAsync();
        await page.Locator("#filter-clear").ClickAsync();
        await Expect(summary).ToHaveTextAsync("Filter");
        await Expect(page.Locator(".notice")).ToHaveTextAsync("");
        (await page.Locator(".card.dimmed").CountAsync()).ShouldBe(0);

        // A click elsewhere folds it too.
        await page.Locator("h1").ClickAsync();
        await Expect(page.Locator("details.filter-menu")).Not.ToHaveAttributeAsync("open", "");

        // Spanish and German too: one row (German wrapped Undo, Spanish too), and the find box's hint is not cut off.
        foreach (var (language, tab) in new[] { ("es", "Alcance"), ("de", "Zugang"), ("en", "Reach") })
        {
            await ChooseLanguageAsync(page, language);
            await Expect(page.Locator("#tab-reach")).ToHaveTextAsync(tab);
            await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
            (await page.Locator(".toolbar").BoundingBoxAsync())!.Height.ShouldBeLessThan(button.Height * 2, $"the map's tools in one row in '{language}'");
            var hint = await page.Locator("#find").EvaluateAsync<double[]>("""
                e => { const s = getComputedStyle(e); const c = document.createElement('canvas').getContext('2d'); c.font = s.font;
                       return [c.measureText(e.placeholder).width, e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)]; }
                """);
            hint[0].ShouldBeLessThanOrEqualTo(hint[1], $"the find box's hint fits in '{language}'");
        }
    }

    [Fact]
    public async Task A_card_dropped_in_a_lines_way_bends_that_line_around_it_and_moved_away_straightens_it()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Bend Test GmbH");
        var boss = await api.AddNodeAsync(account, new { kind = "Person", name = "Petra Lang", title = "CEO", level = "Executive", x = 0, y = 0 });
        var report = await api.AddNodeAsync(account, new { kind = "Person", name = "Jonas Weber", title = "Buyer", level = "Specialist", x = 0, y = 420 });
        var aside = await api.AddNodeAsync(account, new { kind = "Person", name = "Eva Brandt", title = "Controller", level = "Manager", x = 520, y = 210 });
        var line = await api.ConnectAsync(account, new { type = "REPORTS_TO", from = report, to = boss });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        var drawn = page.Locator($"g.map-link[data-edge-id='{line}'] > path").First;
        (await drawn.GetAttributeAsync("d"))!.ShouldNotContain("Q", Case.Sensitive, "nothing in its way: straight");

        // Eva's card dropped on the middle of the line: the line bends around her, behind no card.
        var (top, bottom) = (await CentreAsync(page.Locator($".card[data-node-id='{boss}']")), await CentreAsync(page.Locator($".card[data-node-id='{report}']")));
        var start = await CentreAsync(page.Locator($".card[data-node-id='{aside}']"));
        await DragAsync(page, start, ((top.X + bottom.X) / 2, (top.Y + bottom.Y) / 2));
        await Expect(drawn).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("Q"));
        (await RunsBehindACardAsync(drawn)).ShouldBeFalse();
        await Support.Browser.ShotAsync(page, "map-bent-line");

        // Moved away again, the line is straight again.
        await DragAsync(page, await CentreAsync(page.Locator($".card[data-node-id='{aside}']")), start);
        await Expect(drawn).Not.ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("Q"));
    }

    /// <summary>Whether the drawn line passes over the inside of any card, sampled along its length (its two ends left out).</summary>
    private static Task<bool> RunsBehindACardAsync(ILocator path) => path.EvaluateAsync<bool>("""
        p => { const cards = [...document.querySelectorAll('.card')].map(c => c.getBoundingClientRect()), len = p.getTotalLength(), m = p.getScreenCTM();
          for (let f = 0.04; f <= 0.96; f += 0.01) { const pt = p.getPointAtLength(len * f).matrixTransform(m);
            if (cards.some(c => pt.x > c.left + 1 && pt.x < c.right - 1 && pt.y > c.top + 1 && pt.y < c.bottom - 1)) return true; }
          return false; }
        """);
}

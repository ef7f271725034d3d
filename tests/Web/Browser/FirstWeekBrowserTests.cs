using Microsoft.Playwright;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

/// <summary>What an account team tripped over in its first week with the map (issue #19), tried in Chromium.</summary>
public sealed class FirstWeekBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Plan_items_stay_off_the_map_until_the_plan_layer_is_on_and_never_open_the_person_editor()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = await CroninAsync(api);
        var nodes = (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray();
        var plan = nodes.Count(n => (string)n!["kind"]! is "Meeting" or "Concern" or "Argument");
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);

        (await page.Locator(".card.plan").CountAsync()).ShouldBe(0);
        await page.Locator("#find").FillAsync("review");
        await page.Locator("#find").PressAsync("Enter");
        await page.GetByText("Nobody on this map matches “review”.").WaitForAsync();
        (await page.Locator("#node-name").CountAsync()).ShouldBe(0);

        await page.Locator("#plan-layer").CheckAsync();
        await Eventually.ThatAsync(() => page.Locator(".card.plan").CountAsync(), c => c == plan, "plan items drawn on their layer");
        await page.Locator(".card.plan-meeting").First.ClickAsync();
        await page.Locator(".side-panel .plan-item").WaitForAsync();
        (await page.Locator("#node-name").CountAsync()).ShouldBe(0);
        plan.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task While_the_stylesheet_loads_a_page_holds_only_its_own_alert_and_the_error_bar_still_shows_when_Blazor_raises_it()
    {
        var (_, address, _) = StartApp(seed: false);
        var page = await NewPageAsync(address, signedInAs: null);
        var styles = new TaskCompletionSource();
        await page.RouteAsync(new System.Text.RegularExpressions.Regex(@"/app\.[^/]*css"), async route =>
        {
            await styles.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"/signin?problem={SalesOps.Web.Access.CompanySignIn.Problems.Disabled}", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("#blazor-error-ui").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // Under load a test met the page in this state: two alerts, the second "Something went wrong on our side".
        (await page.GetByRole(AriaRole.Alert).AllTextContentsAsync()).ShouldBe(
            ["Your company account is known here, but its SalesOps user is disabled. An administrator can enable it again."]);
        styles.SetResult();
        await page.WaitForLoadStateAsync(LoadState.Load);
        (await page.Locator("#blazor-error-ui").IsVisibleAsync()).ShouldBeFalse();

        // What blazor.web.js does on a circuit's unhandled error: the bar shows over the attribute.
        await page.EvaluateAsync("() => { document.getElementById('blazor-error-ui').style.display = 'block'; }");
        (await page.Locator("#blazor-error-ui").IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task A_line_dropped_on_a_card_connects_and_one_dropped_on_nothing_says_so()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Drop Test SL");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", x = 500, y = 0 });
        var buyer = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", x = 0, y = 250 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        var from = page.Locator($".card[data-node-id='{buyer}']");

        await from.HoverAsync();
        await DragAsync(page, await CentreAsync(from.Locator(".map-port.right")), await CentreAsync(page.Locator($".card[data-node-id='{cfo}'] .name")));
        await page.Locator("#edge-type").WaitForAsync();
        (await page.Locator(".editor .ends").TextContentAsync())!.ShouldBe("Luis Gómez → María Vidal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await from.HoverAsync();
        var port = await CentreAsync(from.Locator(".map-port.bottom"));
        await DragAsync(page, port, (port.X + 200, port.Y + 40));
        await page.GetByText("Nothing was connected").WaitForAsync();
        (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray().Count.ShouldBe(0);
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1440, 900)]
    public async Task The_first_view_shows_every_card_on_a_laptop_screen(int width, int height)
    {
        var (_, address, api) = StartApp(seed: true);
        var account = await CroninAsync(api);
        var page = await NewPageAsync(address, width, height);
        await OpenMapAsync(page, account);

        var canvas = (await page.Locator(".canvas-wrap").BoundingBoxAsync())!;
        var cards = await page.Locator(".card").AllAsync();
        cards.Count.ShouldBeGreaterThan(10);
        foreach (var card in cards)
        {
            var box = (await card.BoundingBoxAsync())!;
            box.X.ShouldBeGreaterThanOrEqualTo(canvas.X - 1, await card.GetAttributeAsync("data-node-id"));
            box.Y.ShouldBeGreaterThanOrEqualTo(canvas.Y - 1);
            (box.X + box.Width).ShouldBeLessThanOrEqualTo(canvas.X + canvas.Width + 1);
            (box.Y + box.Height).ShouldBeLessThanOrEqualTo(canvas.Y + canvas.Height + 1);
        }
        await Support.Browser.ShotAsync(page, $"cronin-first-view-{width}x{height}");
    }

    [Fact]
    public async Task A_viewer_whose_connection_drops_leaves_the_others_list_within_ten_seconds()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Presence Test AG");
        await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal" });
        await api.AddToTeamAsync(account, "ana");
        await api.AddToTeamAsync(account, "jordi");
        var ana = await NewPageAsync(address, signedInAs: "ana");
        var jordi = await NewPageAsync(address, signedInAs: "jordi");
        await OpenMapAsync(ana, account);
        await OpenMapAsync(jordi, account);
        const string anaName = "Ana Ruiz";
        await jordi.Locator(".presence .viewer", new() { HasText = anaName }).WaitForAsync();

        await Support.Browser.DropConnectionAsync(ana);

        await jordi.Locator(".presence .viewer", new() { HasText = anaName }).WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 10_000 });
        await jordi.GetByText("Nobody else is viewing.").WaitForAsync();
    }

    [Fact]
    public async Task A_card_is_reached_opened_edited_and_saved_by_keyboard_and_undo_needs_no_click()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Keyboard Test GmbH");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", x = 0, y = 0 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);

        for (var i = 0; i < 40 && await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.nodeId") != cfo; i++)
            await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.nodeId")).ShouldBe(cfo, "the card is in the tab order");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#node-name").WaitForAsync();
        await Eventually.ThatAsync(() => page.EvaluateAsync<string>("() => document.activeElement.id"), id => id == "node-name", "focus in the editor");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("CEO");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Saved María Vidal.").WaitForAsync();
        await Eventually.ThatAsync(() => page.EvaluateAsync<string?>("() => document.activeElement?.dataset?.nodeId"), id => id == cfo, "focus back on the card");

        await page.Keyboard.PressAsync("Control+z");

        await page.GetByText("Undone: María Vidal's title.").WaitForAsync();
        var title = await Eventually.ThatAsync(async () => (string)(await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]![0]!["title"]!, t => t == "CFO", "the title back");
        title.ShouldBe("CFO");
    }

    [Fact]
    public async Task Leaving_with_unsaved_edits_asks_first_and_a_reload_keeps_the_reach_question()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Reach Test SA");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", level = "Executive", roles = new[] { "DecisionMaker" }, stance = "Skeptic", x = 300, y = 0 });
        var buyer = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager", stance = "Supporter", x = 300, y = 250 });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager", x = -100, y = 250 });
        await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = buyer, strength = 4 });
        await api.ConnectAsync(account, new { type = "INFLUENCES", from = buyer, to = cfo, strength = 3 });
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.DismissAsync(); };

        await page.Locator($".card[data-node-id='{cfo}']").ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Chief Financial Officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contact matrix" }).ClickAsync();
        await Eventually.ThatAsync(() => Task.FromResult(asked), m => m is not null, "the question before leaving");
        page.Url.ShouldNotContain("/matrix");
        (await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync()).ShouldBe("Chief Financial Officer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await page.Locator("#tab-reach").ClickAsync();
        await page.Locator("#avoid-skeptic").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();
        await page.GetByText("María Vidal is a skeptic but is the one you want to reach").WaitForAsync();
        await page.Locator(".paths li.chosen").WaitForAsync();
        await Eventually.ThatAsync(() => Task.FromResult(page.Url), u => u.Contains("tab=reach", StringComparison.Ordinal) && u.Contains("Skeptic", StringComparison.Ordinal), "the question in the address");

        await page.ReloadAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        (await page.Locator("#tab-reach").GetAttributeAsync("aria-selected")).ShouldBe("true");
        await page.Locator(".paths li.chosen").WaitForAsync();
        (await page.Locator("#avoid-skeptic").IsCheckedAsync()).ShouldBeTrue();
    }

    private static async Task<string> CroninAsync(Web.Api.ApiClient api) =>
        (string)(await api.GetAsync("/api/accounts")).AsArray().First(a => ((string)a!["name"]!).StartsWith("Cronin", StringComparison.Ordinal))!["id"]!;
}

using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Tests.Web.Browser;

/// <summary>
/// The history in the browser: undo that leaves others' changes alone (two people on one map), the history
/// panel in words with its filters and focus, the map as it was and two points compared, a deleted person
/// brought back with their relationships, and "since your last visit" on a fixed day.
/// </summary>
public sealed class HistoryBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    private static ILocator Card(IPage page, string id) => page.Locator($".card[data-node-id='{id}']");

    private async Task<IPage> OpenAsync(Uri address, string account, string who)
    {
        var page = await NewPageAsync(address, signedInAs: who);
        await OpenMapAsync(page, account);
        return page;
    }

    private static async Task<JsonNodeView> NodeAsync(ApiClient api, string account, string id) =>
        new((await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().FirstOrDefault(n => (string)n!["id"]! == id));

    /// <summary>A node of the map as the API returns it (null when it is not on the map).</summary>
    private sealed record JsonNodeView(System.Text.Json.Nodes.JsonNode? Node)
    {
        public string? this[string field] => Node?[field]?.ToString();
    }

    [Fact]
    public async Task Ana_undoes_her_title_and_the_stance_Jordi_set_since_stays()
    {
        var (app, address, api) = StartApp(seed: false);
        using var _ = app;
        var account = await api.CreateAccountAsync("Undo Test SA");
        var lois = await api.AddNodeAsync(account, new { kind = "Person", name = "Lois Conroy", title = "Category Manager", stance = "Skeptic", x = 200, y = 100 });
        await api.AddToTeamAsync(account, "ana", "Editor");
        await api.AddToTeamAsync(account, "jordi", "Editor");
        var ana = await OpenAsync(address, account, "ana");
        var jordi = await OpenAsync(address, account, "jordi");

        await Card(ana, lois).ClickAsync();
        await ana.GetByLabel("Title").FillAsync("Head of Purchasing");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await ana.GetByText("Saved Lois Conroy.").WaitForAsync();

        await Card(jordi, lois).Locator(".title", new() { HasText = "Head of Purchasing" }).WaitForAsync();
        await Card(jordi, lois).ClickAsync();
        await jordi.Locator(".side-panel").GetByLabel("Stance").SelectOptionAsync("Neutral");
        await jordi.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await jordi.GetByText("Saved Lois Conroy.").WaitForAsync();

        await Card(ana, lois).Locator(".stance-tag", new() { HasText = "Neutral" }).WaitForAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true }).ClickAsync();

        await ana.Locator(".notice", new() { HasText = "Undone: Lois Conroy's title" }).WaitForAsync();
        var stored = await Eventually.ThatAsync(() => NodeAsync(api, account, lois), n => n["title"] == "Category Manager", "the title reverted");
        stored["stance"].ShouldBe("Neutral", "Jordi's stance stays");
        await Card(jordi, lois).Locator(".title", new() { HasText = "Category Manager" }).WaitForAsync();
        await Card(jordi, lois).Locator(".stance-tag", new() { HasText = "Neutral" }).WaitForAsync();
        await Card(ana, lois).Locator(".stance-tag", new() { HasText = "Neutral" }).WaitForAsync();
        await Support.Browser.ShotAsync(ana, "history-undo-respects-others");
    }

    [Fact]
    public async Task Undo_explains_what_someone_else_changed_since_and_offers_the_history()
    {
        var (app, address, api) = StartApp(seed: false);
        using var _ = app;
        var account = await api.CreateAccountAsync("Undo Conflict SA");
        var lois = await api.AddNodeAsync(account, new { kind = "Person", name = "Lois Conroy", title = "Category Manager", x = 200, y = 100 });
        await api.AddToTeamAsync(account, "ana", "Editor");
        await api.AddToTeamAsync(account, "jordi", "Editor");
        var ana = await OpenAsync(address, account, "ana");

        await Card(ana, lois).ClickAsync();
        await ana.GetByLabel("Title").FillAsync("Head of Purchasing");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await ana.GetByText("Saved Lois Conroy.").WaitForAsync();
        var asJordi = new ApiClient(app.CreateClientAs("jordi"));
        await asJordi.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{lois}", new { title = "Purchasing Director" });
        await Card(ana, lois).Locator(".title", new() { HasText = "Purchasing Director" }).WaitForAsync();

        await ana.GetByRole(AriaRole.Button, new() { Name = "Undo", Exact = true }).ClickAsync();

        await ana.Locator(".notice", new() { HasText = "Not undone: Lois Conroy's title — Jordi Puig changed it since" }).WaitForAsync();
        (await NodeAsync(api, account, lois))["title"].ShouldBe("Purchasing Director", "Jordi's title is not overwritten");
        await ana.Locator("#notice-history").ClickAsync();
        await ana.Locator(".history-list .change").First.WaitForAsync();
        (await ana.Locator("#history-person").InputValueAsync()).ShouldBe(lois, "the history opens on Lois");
        await ana.Locator(".history-list", new() { HasText = "Jordi Puig changed Lois Conroy's title from “Head of Purchasing” to “Purchasing Director”." }).WaitForAsync();
    }

    [Fact]
    public async Task The_history_panel_tells_the_changes_filters_them_focuses_them_and_shows_the_map_as_it_was()
    {
        var (app, address, api) = StartApp(seed: false);
        using var _ = app;
        var account = await api.CreateAccountAsync("History Panel AG");
        await api.AddToTeamAsync(account, "ana", "Editor");
        await api.AddToTeamAsync(account, "jordi", "Editor");
        var asAna = new ApiClient(app.CreateClientAs("ana"));
        var asJordi = new ApiClient(app.CreateClientAs("jordi"));
        var lois = await asAna.AddNodeAsync(account, new { kind = "Person", name = "Lois Conroy", title = "Category Manager", stance = "Skeptic", x = 0, y = 0 });
        var pedro = await asAna.AddNodeAsync(account, new { kind = "Person", name = "Pedro Ruiz", title = "COO", x = 300, y = -200 });
        await asJordi.ConnectAsync(account, new { type = "REPORTS_TO", from = lois, to = pedro });
        var before = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;
        await asAna.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{lois}", new { stance = "Neutral" });
        var marta = await asJordi.AddNodeAsync(account, new { kind = "Person", name = "Marta Gil", title = "Plant Manager", x = 300, y = 200 });

        var page = await OpenAsync(address, account, "ana");
        await page.Locator("#tab-history").ClickAsync();
        var list = page.Locator(".history-list");
        await list.Locator(".change").First.WaitForAsync();
        (await list.Locator(".change .sentence").First.InnerTextAsync()).ShouldBe("Jordi Puig added Marta Gil, Plant Manager.", "newest first");
        await list.GetByText("Ana Ruiz changed Lois Conroy's stance from skeptic to neutral.").WaitForAsync();
        await list.GetByText("Jordi Puig added the relationship Lois Conroy reports to Pedro Ruiz (3/5).").WaitForAsync();
        await Support.Browser.ShotAsync(page, "history-panel");

        // Filtered by person, then by author.
        await page.Locator("#history-person").SelectOptionAsync(marta);
        await Eventually.ThatAsync(() => list.Locator(".change").CountAsync(), n => n == 1, "only Marta's change");
        await page.Locator("#history-person").SelectOptionAsync("");
        await page.Locator("#history-user").SelectOptionAsync(new SelectOptionValue { Label = "Jordi Puig" });
        await Eventually.ThatAsync(() => list.Locator(".change .who").AllInnerTextsAsync(), w => w.Count == 2 && w.All(x => x == "Jordi Puig"), "only Jordi's changes");
        await page.Locator("#history-user").SelectOptionAsync("");
        await Eventually.ThatAsync(() => list.Locator(".change").CountAsync(), n => n == 6, "every change again");

        // A click on a change focuses its elements on the map.
        await list.GetByText("Ana Ruiz changed Lois Conroy's stance from skeptic to neutral.").ClickAsync();
        await Card(page, lois).And(page.Locator(".highlighted")).WaitForAsync();
        await page.Locator($".card.dimmed[data-node-id='{marta}']").WaitForAsync();

        // The map as it was before the stance changed: read-only, with a banner and a way back.
        await page.Locator("#history-asof").FillAsync(before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#history-show").ClickAsync();
        await page.Locator(".past-banner", new() { HasText = $"This is the map as of version {before}" }).WaitForAsync();
        await Card(page, lois).Locator(".stance-tag", new() { HasText = "Skeptic" }).WaitForAsync();
        (await Card(page, marta).CountAsync()).ShouldBe(0, "Marta came later");
        (await page.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).CountAsync()).ShouldBe(0, "nothing can be added to the past");
        await Support.Browser.ShotAsync(page, "history-map-as-it-was");
        var box = (await Card(page, lois).BoundingBoxAsync())!;
        await DragAsync(page, (box.X + 40, box.Y + 30), (box.X + 240, box.Y + 130));

        // The page handles the drop before this click: once back, a save of the drop would have been made.
        await page.Locator("#back-to-now").ClickAsync();
        await Card(page, marta).WaitForAsync();
        (await NodeAsync(api, account, lois))["x"].ShouldBe("0", "the past is not moved");
        await Card(page, lois).Locator(".stance-tag", new() { HasText = "Neutral" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).WaitForAsync();

        // Two points compared: marked on the map and listed.
        await page.Locator("#history-from").FillAsync(before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#history-compare").ClickAsync();
        await page.Locator(".past-banner", new() { HasText = "1 added, 0 removed, 1 changed" }).WaitForAsync();
        await page.Locator($".card.mark-added[data-node-id='{marta}']").WaitForAsync();
        await page.Locator($".card.mark-changed[data-node-id='{lois}']").WaitForAsync();
        (await page.Locator(".card[class*='mark-']").CountAsync()).ShouldBe(2, "Pedro and the line to him did not change: no mark");
        (await page.Locator("g.map-link[class*='mark-']").CountAsync()).ShouldBe(0);
        await page.Locator(".deltas", new() { HasText = "stance from skeptic to neutral" }).WaitForAsync();
        await Support.Browser.ShotAsync(page, "history-compare");
        await page.Locator("#back-to-now").ClickAsync();
        await page.Locator(".past-banner").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Eventually.ThatAsync(() => page.Locator(".card[class*='mark-']").CountAsync(), n => n == 0, "today's map carries no marks");
    }

    [Fact]
    public async Task A_deleted_person_comes_back_with_their_relationships_through_the_history()
    {
        var (app, address, api) = StartApp(seed: false);
        using var _ = app;
        var account = await api.CreateAccountAsync("Restore Test Ltd");
        var boss = await api.AddNodeAsync(account, new { kind = "Person", name = "Pedro Ruiz", title = "COO", x = 300, y = -200 });
        var lois = await api.AddNodeAsync(account, new { kind = "Person", name = "Lois Conroy", title = "Category Manager", x = 0, y = 0 });
        var ours = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Jordi Puig", title = "Account Manager", x = -300, y = 0 });
        var reports = await api.ConnectAsync(account, new { type = "REPORTS_TO", from = lois, to = boss });
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ours, to = lois, strength = 4 });
        await api.AddToTeamAsync(account, "ana", "Editor");
        var page = await OpenAsync(address, account, "ana");

        // Deleted on the map, as anyone would.
        await Card(page, lois).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).First.ClickAsync();
        await page.Locator("#confirm-delete").ClickAsync();
        await Eventually.ThatAsync(() => Card(page, lois).CountAsync(), n => n == 0, "Lois is gone");

        await page.Locator("#tab-history").ClickAsync();
        var removed = page.Locator(".history-list .item-removed", new() { HasText = "Ana Ruiz removed Lois Conroy and 2 relationships." });
        await removed.WaitForAsync();
        await removed.Locator("button.restore").ClickAsync();

        await page.Locator(".notice", new() { HasText = "Restored: Lois Conroy back" }).WaitForAsync();
        await Card(page, lois).WaitForAsync();
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        map["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ShouldContain(lois);
        map["edges"]!.AsArray().Select(e => (string)e!["id"]!).ShouldBe([reports, talks], ignoreOrder: true);
        await page.Locator(".history-list .change").First.Locator(".tag", new() { HasText = "restore" }).WaitForAsync();
        await Support.Browser.ShotAsync(page, "history-restored");
    }

    [Fact]
    public async Task A_restore_says_what_could_not_come_back_when_the_manager_went_too()
    {
        var (app, address, api) = StartApp(seed: false);
        using var _ = app;
        var account = await api.CreateAccountAsync("Restore Conflict Ltd");
        var boss = await api.AddNodeAsync(account, new { kind = "Person", name = "Pedro Ruiz", title = "COO", x = 300, y = -200 });
        var lois = await api.AddNodeAsync(account, new { kind = "Person", name = "Lois Conroy", x = 0, y = 0 });
        await api.ConnectAsync(account, new { type = "REPORTS_TO", from = lois, to = boss });
        await api.AddToTeamAsync(account, "ana", "Editor");
        await api.OkAsync(HttpMethod.Delete, $"/api/accounts/{account}/nodes/{lois}");
        await api.OkAsync(HttpMethod.Delete, $"/api/accounts/{account}/nodes/{boss}");
        var page = await OpenAsync(address, account, "ana");

        await page.Locator("#tab-history").ClickAsync();
        var removed = page.Locator(".history-list .item-removed", new() { HasText = "removed Lois Conroy and 1 relationship" });
        await removed.Locator("button.restore").ClickAsync();

        await page.Locator(".notice", new() { HasText = "Restored: Lois Conroy back. Not restored: the relationship Lois Conroy reports to Pedro Ruiz — Pedro Ruiz is no longer on the map." }).WaitForAsync();
        await Card(page, lois).WaitForAsync();
        (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task On_the_accounts_list_an_admin_off_an_accounts_team_is_told_so_instead_of_an_empty_since_your_last_visit()
    {
        var (_, address, _) = StartApp(seed: true);
        var lukas = await NewPageAsync(address); // the admin sees every account but is on none of the demo teams
        await lukas.GotoAsync("/");
        var rows = lukas.Locator("table.accounts tbody tr");
        await rows.First.WaitForAsync();
        var cells = await rows.Locator("td:nth-child(8)").AllInnerTextsAsync();
        cells.ShouldNotBeEmpty();
        cells.ShouldAllBe(c => c == "Not on its team");

        var ana = await NewPageAsync(address, signedInAs: "ana"); // on every demo team: her news, not that line
        await ana.GotoAsync("/");
        await ana.Locator(".visit-summary").First.WaitForAsync();
        (await ana.Locator(".not-on-team").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Since_your_last_visit_shows_what_others_changed_new_risks_overdue_contacts_and_this_weeks_meetings()
    {
        // Wednesday 2026-11-25, 09:00 UTC, for the whole test.
        var (app, address, api) = StartApp(seed: false, today: new DateOnly(2026, 11, 25));
        using var _ = app;
        var account = await api.CreateAccountAsync("Monday Morning GmbH");
        var lois = await api.AddNodeAsync(account, new { kind = "Person", name = "Lois Conroy", title = "CEO", stance = "Supporter", level = "Executive", x = 0, y = 0 });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", title = "Account Manager", level = "Executive", x = -300, y = 0 });
        await api.AddToTeamAsync(account, "ana", "Editor");
        await api.AddToTeamAsync(account, "jordi", "Editor");
        var quiet = await api.CreateAccountAsync("Quiet Ltd");
        await api.AddToTeamAsync(quiet, "ana", "Editor");

        // Ana opens both maps, moving inside the app (opening a map is a visit; leaving it is one too).
        var page = await OpenAsync(address, account, "ana");
        await page.Locator("nav[aria-label='Breadcrumb'] a").ClickAsync();
        await page.Locator($"table.accounts a[href='/accounts/{quiet}']").ClickAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        await page.Locator("nav[aria-label='Breadcrumb'] a").ClickAsync();
        await page.Locator($".visit-summary[data-account-id='{account}']", new() { HasText = "Nothing new" }).WaitForAsync();
        await page.Locator($".visit-summary[data-account-id='{quiet}']", new() { HasText = "Nothing new" }).WaitForAsync();

        // Meanwhile Jordi works on the account: a detractor next to the decision maker, a stance, a meeting on Friday, a contact due since last month.
        var asJordi = new ApiClient(app.CreateClientAs("jordi"));
        await asJordi.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{lois}", new { roles = new[] { "DecisionMaker" } });
        var marta = await asJordi.AddNodeAsync(account, new { kind = "Person", name = "Marta Gil", title = "CFO", stance = "Detractor", level = "Executive", x = 300, y = 0 });
        await asJordi.ConnectAsync(account, new { type = "INFLUENCES", from = marta, to = lois, strength = 5 });
        await asJordi.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = lois, strength = 4, lastContact = "2026-09-01", cadenceDays = 30 });
        await asJordi.PostAsync($"/api/accounts/{account}/meetings", new { objective = "Quarterly review", date = "2026-11-27", participants = new[] { lois, ana } });

        await page.ReloadAsync();
        var summary = page.Locator($".visit-summary[data-account-id='{account}']");
        await summary.Locator(".changes", new() { HasText = "5 changes by others (Jordi Puig)" }).WaitForAsync();
        await summary.Locator(".overdue", new() { HasText = "1 overdue (1 yours)" }).WaitForAsync();
        await summary.Locator(".meetings", new() { HasText = "1 meeting this week" }).WaitForAsync();
        await summary.Locator(".new-risks").WaitForAsync();
        await page.Locator($".visit-summary[data-account-id='{quiet}']", new() { HasText = "Nothing new" }).WaitForAsync();

        await page.GotoAsync("/today");
        var section = page.Locator($".since-account[data-account-id='{account}']");
        await section.WaitForAsync();
        (await page.Locator(".since-account").First.GetAttributeAsync("data-account-id")).ShouldBe(account, "the account with news comes first");
        await section.GetByText("You last opened it on").WaitForAsync();
        await section.Locator(".new-risks li", new() { HasText = "Marta Gil" }).First.WaitForAsync();
        await section.Locator(".overdue li.mine", new() { HasText = "Ana Ruiz (you) and Lois Conroy: due since" }).WaitForAsync();
        // Hers stand out in bold; the list itself is not bold (every overdue line was), and no part outsizes the account's name.
        // Asserted with retries: the prerendered section is replaced when the page turns interactive, and a style read from
        // the replaced element came back empty once.
        await Expect(section.Locator("ul.overdue")).ToHaveCSSAsync("font-weight", "400");
        await Expect(section.Locator(".overdue li.mine")).ToHaveCSSAsync("font-weight", "700");
        await page.WaitForFunctionAsync("""
            id => { const s = document.querySelector(`.since-account[data-account-id='${id}']`), h2 = s?.querySelector('h2');
                    return !!h2 && [...s.querySelectorAll('h3')].every(h => parseFloat(getComputedStyle(h).fontSize) < parseFloat(getComputedStyle(h2).fontSize)); }
            """, account, new() { Timeout = 5000 });
        await section.Locator(".meetings li", new() { HasText = "Quarterly review" }).WaitForAsync();
        await Support.Browser.ShotAsync(page, "history-since-last-visit");

        // Opening the account is a visit: afterwards nothing is new there.
        await section.GetByRole(AriaRole.Link, new() { Name = "See the changes in the history" }).ClickAsync();
        await page.Locator(".history-list .change").First.WaitForAsync();
        await page.Locator("nav[aria-label='Breadcrumb'] a").ClickAsync();
        await page.Locator($".visit-summary[data-account-id='{account}'] .changes").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}

using Microsoft.Playwright;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Tests.Web.Browser;

public sealed class MeetingsBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_meeting_typed_but_not_logged_comes_back_after_a_reload_and_is_forgotten_once_logged()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Draft Test SA");
        var maria = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", level = "Executive" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = maria });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();

        await page.Locator("#meeting-objective").FillAsync("Plant visit");
        foreach (var id in new[] { ana, maria }) await page.Locator($"input[data-participant='{id}']").CheckAsync();
        await page.Locator("#meeting-outcome").FillAsync("They want a pilot in Zaragoza");
        // Kept in the tab as it is typed, so a reload (or a dropped connection, which reloads) loses nothing.
        await page.WaitForFunctionAsync($"() => sessionStorage.getItem('salesops-meeting:{account}')?.includes('Zaragoza')");
        await page.ReloadAsync();
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await page.GetByText("Your meeting that was not logged yet is back, as you left it.").WaitForAsync();
        await Expect(page.Locator("#meeting-objective")).ToHaveValueAsync("Plant visit");
        await Expect(page.Locator("#meeting-outcome")).ToHaveValueAsync("They want a pilot in Zaragoza");
        await Expect(page.Locator($"input[data-participant='{maria}']")).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Log meeting" }).ClickAsync();
        await page.GetByText("Logged “Plant visit” with 2 participants.").WaitForAsync();
        await page.WaitForFunctionAsync($"() => sessionStorage.getItem('salesops-meeting:{account}') === null");
        await page.ReloadAsync();
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await Expect(page.Locator("#meeting-objective")).ToHaveValueAsync("");
        (await page.GetByText("is back, as you left it").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Logging_a_meeting_moves_the_last_contact_and_creates_a_confirmed_relationship()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Meeting Test SA");
        var maria = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", level = "Executive", roles = new[] { "DecisionMaker" } });
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = maria, lastContact = "2026-09-01", cadenceDays = 30 });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();

        await page.Locator("#meeting-objective").FillAsync("Price negotiation");
        await page.Locator("#meeting-date").FillAsync("2026-11-20");
        foreach (var id in new[] { ana, maria, luis }) await page.Locator($"input[data-participant='{id}']").CheckAsync();
        await page.Locator("#meeting-outcome").FillAsync("Agreed on a pilot in the Zaragoza plant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log meeting" }).ClickAsync();
        await page.GetByText("Ana Ruiz ↔ Luis Gómez").WaitForAsync();
        await page.Locator("#create-relationships").ClickAsync();
        await page.GetByText("Logged “Price negotiation” with 3 participants.").WaitForAsync();
        await Support.Browser.ShotAsync(page, "meetings");

        var edges = (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray();
        ((string)edges.Single(e => (string)e!["id"]! == talks)!["lastContact"]!).ShouldBe("2026-11-20");
        var created = edges.Single(e => (string)e!["type"]! == "TALKS_WITH" && (string)e["to"]! == luis)!;
        ((string)created["from"]!, (string)created["lastContact"]!).ShouldBe((ana, "2026-11-20"));
        edges.Count(e => (string)e!["type"]! == "ATTENDED").ShouldBe(3);
        var meetings = await api.GetAsync($"/api/accounts/{account}/meetings");
        ((string)meetings["meetings"]![0]!["meeting"]!["outcome"]!).ShouldBe("Agreed on a pilot in the Zaragoza plant");

        await page.GotoAsync($"/accounts/{account}/matrix");
        await page.Locator($"td[data-cell='{ana}|{maria}'] .last", new() { HasText = "Nov 20" }).WaitForAsync();
        await page.Locator($"td[data-cell='{ana}|{luis}'] .last", new() { HasText = "Nov 20" }).WaitForAsync();
    }

    [Fact]
    public async Task Each_planned_meeting_keeps_its_own_outcome_through_a_reload_and_is_marked_held_with_it()
    {
        var (_, address, api) = StartApp(seed: false, today: new DateOnly(2026, 11, 29));
        var account = await api.CreateAccountAsync("Outcome Test SA");
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        async Task<string> PlanAsync(string objective, string date) => (string)(await api.PostAsync($"/api/accounts/{account}/meetings",
            new { objective, date, participants = new[] { ana, luis } }))["meeting"]!["id"]!;
        var review = await PlanAsync("Quality review", "2026-11-20");
        var visit = await PlanAsync("Plant visit", "2026-11-25");
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        ILocator Outcome(string id) => page.Locator($"li[data-meeting='{id}'] input[aria-label^='Outcome']");

        await Outcome(review).FillAsync("Agreed on a pilot");
        // Kept in the tab as it is typed: a reload (or a dropped connection) brings it back to that meeting only.
        await page.WaitForFunctionAsync($"() => sessionStorage.getItem('salesops-hold:{review}')?.includes('pilot')");
        await page.ReloadAsync();
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await Expect(Outcome(review)).ToHaveValueAsync("Agreed on a pilot");
        await Expect(Outcome(visit)).ToHaveValueAsync("");
        await page.Locator($"li[data-meeting='{visit}']").GetByRole(AriaRole.Button, new() { Name = "Mark as held" }).ClickAsync();
        await page.GetByText("Marked “Plant visit” as held.").WaitForAsync();

        (await Outcome(review).InputValueAsync()).ShouldBe("Agreed on a pilot");
        var meetings = (await api.GetAsync($"/api/accounts/{account}/meetings"))["meetings"]!.AsArray().ToDictionary(m => (string)m!["meeting"]!["id"]!, m => m!["meeting"]!);
        ((bool)meetings[visit]!["held"]!, (string?)meetings[visit]!["outcome"]).ShouldBe((true, null));
        ((bool)meetings[review]!["held"]!).ShouldBeFalse();

        await page.Locator($"li[data-meeting='{review}']").GetByRole(AriaRole.Button, new() { Name = "Mark as held" }).ClickAsync();
        await page.GetByText("Marked “Quality review” as held.").WaitForAsync();
        meetings = (await api.GetAsync($"/api/accounts/{account}/meetings"))["meetings"]!.AsArray().ToDictionary(m => (string)m!["meeting"]!["id"]!, m => m!["meeting"]!);
        ((bool)meetings[review]!["held"]!, (string?)meetings[review]!["outcome"]).ShouldBe((true, "Agreed on a pilot"));
        (await page.EvaluateAsync<string?>($"() => sessionStorage.getItem('salesops-hold:{review}')")).ShouldBeNull("forgotten once held");
    }

    [Fact]
    public async Task Dates_of_held_meetings_and_last_contacts_cannot_be_picked_after_today()
    {
        var (_, address, api) = StartApp(seed: false, today: new DateOnly(2026, 11, 29));
        var account = await api.CreateAccountAsync("Date Limits SA");
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        var page = await NewPageAsync(address);

        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        (await page.Locator("#meeting-date").GetAttributeAsync("max")).ShouldBe("2026-11-29");
        await page.Locator("#meeting-held").UncheckAsync();
        await page.Locator("#meeting-date:not([max])").WaitForAsync(); // a planned meeting may lie ahead

        await page.GotoAsync($"/accounts/{account}/matrix");
        await page.Locator(".matrix-wrap[data-ready='true']").WaitForAsync();
        await page.Locator($"td[data-cell='{ana}|{luis}'] .cell-button").ClickAsync();
        (await page.Locator($"td[data-cell='{ana}|{luis}'] input[type=date]").GetAttributeAsync("max")).ShouldBe("2026-11-29");
    }

    [Fact]
    public async Task The_demo_meetings_page_and_the_sheet_name_the_same_members_not_met_in_90_days()
    {
        var (_, address, api) = StartApp(seed: true, today: new DateOnly(2026, 11, 29));
        var accounts = (await api.GetAsync("/api/accounts")).AsArray();
        var cronin = accounts.FirstOrDefault(a => ((string)a!["name"]!).Contains("Cronin", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("No Cronin account among " + string.Join(", ", accounts.Select(a => (string)a!["name"]!)));
        var account = (string)cronin["id"]!;
        var sheet = await api.GetAsync($"/api/accounts/{account}/sheet");
        var gaps = sheet["answers"]!.AsArray().Single(a => (int)a!["number"]! == 8)!["gaps"]!.AsArray().Select(g => (string)g!).ToList();
        var page = await NewPageAsync(address);

        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await Support.Browser.ShotAsync(page, "cronin-meetings");

        var names = (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().ToDictionary(n => (string)n!["id"]!, n => (string)n!["name"]!);
        var notMet = new List<string>();
        foreach (var li in await page.Locator("ul.not-met li[data-person]").AllAsync()) notMet.Add(names[(await li.GetAttributeAsync("data-person"))!]);
        var sheetNotMet = gaps.Where(g => g.StartsWith("We have not met ", StringComparison.Ordinal)).ToList();
        sheetNotMet.Count.ShouldBe(notMet.Count);
        foreach (var name in notMet) sheetNotMet.ShouldContain(g => g.StartsWith($"We have not met {name}", StringComparison.Ordinal));
    }
}

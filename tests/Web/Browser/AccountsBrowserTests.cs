using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Graph.Access;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

/// <summary>The accounts list and My relationships as a user works them, in Chromium against the real app.</summary>
public sealed class AccountsBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public async Task An_account_created_on_the_accounts_page_is_in_the_api_and_deleting_it_asks_first_then_removes_it()
    {
        var (_, address, api) = StartApp(seed: false);
        var page = await NewPageAsync(address);
        await page.GotoAsync("/");
        await page.Locator("h1[data-ready='true']").WaitForAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Cartonajes Rivas SL");
        await page.GetByLabel("Industry").FillAsync("Packaging");
        await page.GetByLabel("Country").FillAsync("Spain");
        await page.GetByLabel("Supplier position").SelectOptionAsync("Listed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        var row = page.Locator("tr[data-account-id]", new() { HasText = "Cartonajes Rivas SL" });
        await row.WaitForAsync();
        var id = (await row.GetAttributeAsync("data-account-id"))!;

        var created = await api.GetAsync($"/api/accounts/{id}");
        ((string)created["name"]!, (string)created["industry"]!, (string)created["country"]!, (string)created["position"]!)
            .ShouldBe(("Cartonajes Rivas SL", "Packaging", "Spain", "Listed"));

        await row.GetByRole(AriaRole.Button, new() { Name = "Delete Cartonajes Rivas SL" }).ClickAsync();
        await row.GetByText("Delete Cartonajes Rivas SL and its whole map?").WaitForAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Keep" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Delete Cartonajes Rivas SL" }).WaitForAsync();
        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{id}")).Status.ShouldBe(HttpStatusCode.OK);

        await row.GetByRole(AriaRole.Button, new() { Name = "Delete Cartonajes Rivas SL" }).ClickAsync();
        await row.Locator(".confirm button.danger").ClickAsync();
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/accounts")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task My_relationships_lists_a_counterparts_relationships_across_accounts_with_what_is_overdue()
    {
        var (_, address, api) = StartApp(seed: false, today: Today);
        foreach (var (name, person, last) in new[] { ("Vidal Packaging SA", "Luis Gómez", "2026-09-01"), ("Nordkarton AB", "Kim Berg", "2026-11-20") })
        {
            var account = await api.CreateAccountAsync(name);
            var theirs = await api.AddNodeAsync(account, new { kind = "Person", name = person, title = "Buyer", level = "Manager" });
            var ours = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
            await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ours, to = theirs, lastContact = last, cadenceDays = 30, goal = $"Renew with {name}" });
            await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Otto Lind", level = "Manager" });
        }
        var page = await NewPageAsync(address);
        await page.GotoAsync("/relationships");
        var rows = page.Locator("table.relationships tbody tr");
        // The reader has no card on these accounts: the page says why it shows nothing yet and what to do.
        await page.GetByText("No card on your accounts stands for you yet").WaitForAsync();

        // Chosen until the page is interactive and follows the choice into its address.
        await Eventually.ThatAsync(async () =>
        {
            await page.Locator("#who").SelectOptionAsync("Ana Ruiz");
            return page.Url;
        }, url => url.Contains("who=Ana", StringComparison.Ordinal), "the page following the choice");
        await Eventually.ThatAsync(() => rows.CountAsync(), n => n == 2, "Ana's two relationships");

        await page.GetByText("2 relationships across accounts; 1 overdue.").WaitForAsync();
        (await page.Locator(".not-you").CountAsync()).ShouldBe(0, "someone is chosen");
        (await rows.Nth(0).InnerTextAsync()).ShouldContain("Vidal Packaging SA");
        (await rows.Nth(0).InnerTextAsync()).ShouldContain("Luis Gómez");
        (await rows.Nth(0).GetAttributeAsync("class")).ShouldBe("overdue-row");
        (await rows.Nth(1).InnerTextAsync()).ShouldContain("Kim Berg");
        (await rows.Nth(1).InnerTextAsync()).ShouldContain("Renew with Nordkarton AB");

        await page.Locator("#who").SelectOptionAsync("Otto Lind");
        await Eventually.ThatAsync(() => Task.FromResult(page.Url), url => url.Contains("who=Otto", StringComparison.Ordinal), "Otto in the address");
        await Eventually.ThatAsync(() => rows.CountAsync(), n => n == 0, "Otto has none");
        await page.ReloadAsync();
        (await page.Locator("#who").InputValueAsync()).ShouldBe("Otto Lind");
    }

    [Fact]
    public async Task My_relationships_opens_on_the_readers_own_on_every_account_whatever_the_card_for_her_is_called_there()
    {
        var (app, address, api) = StartApp(seed: false, today: Today);
        async Task<string> AccountAsync(string name, string ours, string theirs, string last, bool anaOnTeam)
        {
            var account = await api.CreateAccountAsync(name);
            var person = await api.AddNodeAsync(account, new { kind = "Person", name = theirs, title = "Buyer", level = "Manager" });
            var counterpart = await api.AddNodeAsync(account, new { kind = "Counterpart", name = ours, level = "Manager" });
            await api.ConnectAsync(account, new { type = "TALKS_WITH", from = counterpart, to = person, lastContact = last, cadenceDays = 30 });
            if (anaOnTeam) await api.AddToTeamAsync(account, "ana", "Editor");
            return counterpart;
        }
        await AccountAsync("Vidal Packaging SA", "Ana Ruiz", "Luis Gómez", "2026-09-01", anaOnTeam: true);
        // On Nordkarton the card for Ana is Carla Soto's: Ana is linked to it on the account's team.
        var carla = await AccountAsync("Nordkarton AB", "Carla Soto", "Kim Berg", "2026-11-20", anaOnTeam: true);
        var nordkarton = (string)(await api.GetAsync("/api/accounts")).AsArray().Single(a => (string)a!["name"]! == "Nordkarton AB")!["id"]!;
        await app.Services.GetRequiredService<IAccessStore>().SetCounterpartLinkAsync(nordkarton, "u-demo-ana", carla, default);
        // An account Ana is not on stays out, though a card there has her name.
        await AccountAsync("Hidden Corp", "Ana Ruiz", "Eve Hide", "2026-11-01", anaOnTeam: false);

        var page = await NewPageAsync(address, signedInAs: "ana");
        await page.GotoAsync("/relationships");
        var rows = page.Locator("table.relationships tbody tr");
        await Eventually.ThatAsync(() => rows.CountAsync(), n => n == 2, "Ana's relationships on her two accounts");
        await page.GetByText("2 relationships across accounts; 1 overdue.").WaitForAsync();
        (await page.Locator("#who option:checked").InnerTextAsync()).ShouldBe("Mine");
        await page.Locator(".mine-hint").WaitForAsync();
        (await page.Locator("table.relationships thead th").AllInnerTextsAsync()).ShouldContain("As");
        (await rows.Nth(0).Locator("td").AllInnerTextsAsync()).Take(4).ShouldBe(["Oct 1 · overdue", "Vidal Packaging SA", "Ana Ruiz", "Luis Gómez Buyer"]);
        (await rows.Nth(1).Locator("td").AllInnerTextsAsync()).Take(4).ShouldBe(["Dec 20", "Nordkarton AB", "Carla Soto", "Kim Berg Buyer"]);

        // Someone else by name, and back to her own.
        await Eventually.ThatAsync(async () =>
        {
            await page.Locator("#who").SelectOptionAsync("Carla Soto");
            return page.Url;
        }, url => url.Contains("who=Carla", StringComparison.Ordinal), "the page following the choice");
        await Eventually.ThatAsync(() => rows.CountAsync(), n => n == 1, "Carla's one relationship");
        (await page.Locator(".mine-hint").CountAsync()).ShouldBe(0);
        await page.Locator("#who").SelectOptionAsync("");
        await Eventually.ThatAsync(() => Task.FromResult(page.Url), url => !url.Contains("who=", StringComparison.Ordinal), "no one named in the address");
        await Eventually.ThatAsync(() => rows.CountAsync(), n => n == 2, "Ana's own again");
    }
}

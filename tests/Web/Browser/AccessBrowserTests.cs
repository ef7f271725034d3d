using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using SalesOps.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Tests.Web.Browser;

/// <summary>What each member of an account's team sees and may do, in real browsers.</summary>
public sealed class AccessBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_viewer_explores_the_map_without_any_control_that_changes_it_and_the_API_refuses_her_changes()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Viewer Test SA");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", x = 0, y = 0 });
        await api.AddToTeamAsync(account, "marta", "Viewer");
        var marta = await NewPageAsync(address, signedInAs: "marta");

        await OpenMapAsync(marta, account);
        await marta.Locator(".read-only-badge").WaitForAsync();
        Assert.Equal(0, await marta.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).CountAsync());
        Assert.Equal(0, await marta.GetByRole(AriaRole.Button, new() { Name = "Undo" }).CountAsync());
        Assert.Equal(0, await marta.Locator(".map-port").CountAsync()); // no grip to draw a line from
        // Opening a card shows its details, every field disabled, nothing to save or delete.
        await marta.Locator($".card[data-node-id='{cfo}']").ClickAsync();
        await Expect(marta.Locator("#node-name")).ToBeDisabledAsync();
        Assert.Equal(0, await marta.GetByRole(AriaRole.Button, new() { Name = "Save" }).CountAsync());
        Assert.Equal(0, await marta.GetByRole(AriaRole.Button, new() { Name = "Delete…" }).CountAsync());
        // Dragging a card moves nothing.
        var before = await api.MapTextAsync(account);
        var card = marta.Locator($".card[data-node-id='{cfo}']");
        var from = await CentreAsync(card);
        await DragAsync(marta, from, (from.X + 150, from.Y + 80));
        Assert.Equal(0, await marta.Locator(".notice.error").CountAsync());
        Assert.Equal(before, await api.MapTextAsync(account));

        await marta.GotoAsync($"/accounts/{account}/meetings");
        await marta.Locator("h1", new() { HasText = "Meetings" }).WaitForAsync();
        Assert.Equal(0, await marta.Locator("#meeting-objective").CountAsync());

        // Her API calls are refused, and nothing changes.
        using var martaApi = app.CreateClientAs("marta");
        var refused = await martaApi.PostAsJsonAsync($"/api/accounts/{account}/nodes", new { kind = "Person", name = "Nobody" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await api.MapTextAsync(account));
    }

    [Fact]
    public async Task An_owner_takes_an_editor_off_the_team_and_the_editors_open_map_closes_at_once()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Removal Test GmbH");
        await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO" });
        await api.AddToTeamAsync(account, "jordi", "Owner");
        await api.AddToTeamAsync(account, "ana", "Editor");
        var ana = await NewPageAsync(address, signedInAs: "ana");
        var jordi = await NewPageAsync(address, signedInAs: "jordi");
        await OpenMapAsync(ana, account);
        await ana.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).WaitForAsync();

        await jordi.GotoAsync($"/accounts/{account}/team");
        await jordi.Locator("h1[data-ready='true']").WaitForAsync();
        var row = jordi.Locator("tr[data-user-id='u-demo-ana']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Remove" }).ClickAsync();
        await jordi.GetByText("Ana Ruiz is off the team.").WaitForAsync();

        // Ana's page loses the map within a second, without a reload.
        await ana.Locator("#access-lost").WaitForAsync(new() { Timeout = 1_000 });
        Assert.Equal(0, await ana.Locator(".canvas-wrap").CountAsync());
        Assert.Equal(0, await ana.GetByText("María Vidal").CountAsync());
        // And the list of accounts no longer offers it.
        await ana.GotoAsync("/");
        await ana.Locator("h1[data-ready='true']").WaitForAsync();
        Assert.Equal(0, await ana.Locator($"tr[data-account-id='{account}']").CountAsync());
    }

    [Fact]
    public async Task An_owner_makes_an_editor_a_viewer_and_her_open_map_turns_view_only()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Role Test SL");
        await api.AddToTeamAsync(account, "ana", "Editor");
        var ana = await NewPageAsync(address, signedInAs: "ana");
        await OpenMapAsync(ana, account);
        await ana.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).WaitForAsync();

        await api.AddToTeamAsync(account, "ana", "Viewer");

        await ana.Locator(".read-only-badge").WaitForAsync(new() { Timeout = 1_000 });
        Assert.Equal(0, await ana.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).CountAsync());
        await ana.GetByText("Your role on this account changed: you are now Viewer.").WaitForAsync();
    }

    [Fact]
    public async Task An_administrator_invites_a_user_who_sets_a_password_from_the_link_and_signs_in()
    {
        var (_, address, _) = StartApp(seed: false);
        var lukas = await NewPageAsync(address);
        await lukas.GotoAsync("/admin/users");
        await lukas.Locator("h1[data-ready='true']").WaitForAsync();
        await lukas.Locator("#invite-email").FillAsync("carla@example.com");
        await lukas.Locator("#invite-name").FillAsync("Carla Soler");
        await lukas.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true }).ClickAsync();
        var link = await lukas.Locator("#one-time-link").InputValueAsync();
        Assert.StartsWith(address.GetLeftPart(UriPartial.Authority) + "/signin/link?token=", link, StringComparison.Ordinal);
        Assert.Equal(link, await CopiedAsync(lukas));
        await lukas.Locator("tr", new() { HasText = "carla@example.com" }).GetByText("Invited, no password yet").WaitForAsync();

        var carla = await NewPageAsync(address, signedInAs: null);
        await carla.GotoAsync(link);
        await carla.Locator("input[name='password']").FillAsync("a long enough pass phrase 7");
        await carla.Locator("input[name='repeat']").FillAsync("a long enough pass phrase 7");
        await carla.GetByRole(AriaRole.Button, new() { Name = "Save and sign in" }).ClickAsync();
        await carla.ArrivedAtAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await carla.Locator(".user-menu .who", new() { HasText = "Carla Soler" }).WaitForAsync();
        await carla.Locator("p.empty", new() { HasText = "none whose team you are on" }).WaitForAsync();
    }

    [Fact]
    public async Task A_token_made_on_the_tokens_page_works_until_it_is_revoked_there()
    {
        var (app, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Token Test BV");
        await api.AddToTeamAsync(account, "ana", "Editor");
        var ana = await NewPageAsync(address, signedInAs: "ana");
        await ana.GotoAsync("/me/tokens");
        await ana.Locator("h1[data-ready='true']").WaitForAsync();
        await ana.GetByText("You have no tokens yet.").WaitForAsync();
        await ana.Locator("#token-name").FillAsync("CRM sync");
        await ana.Locator("#token-scope").SelectOptionAsync("Write");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = await ana.Locator("#token-secret").InputValueAsync();
        Assert.StartsWith("sot_", secret, StringComparison.Ordinal);
        // Shown once, so Copy must work: the site's policy refuses inline handlers, the button goes through the app's script.
        Assert.Equal(secret, await CopiedAsync(ana));

        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/accounts/{account}")).StatusCode);

        // Shown once: after a reload the page lists the token but not its secret.
        await ana.ReloadAsync();
        await ana.Locator("tr", new() { HasText = "CRM sync" }).WaitForAsync();
        Assert.Equal(0, await ana.Locator("#token-secret").CountAsync());

        await ana.Locator("h1[data-ready='true']").WaitForAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Revoke CRM sync" }).ClickAsync();
        await ana.GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await ana.GetByText("CRM sync is revoked.").WaitForAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/accounts/{account}")).StatusCode);
    }

    [Fact]
    public async Task An_edit_in_progress_is_kept_when_the_sign_in_has_expired_and_comes_back_after_signing_in_again()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Session Test AG");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO" });
        var page = await NewPageAsync(address);
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // "leave with unsaved changes?"
        await OpenMapAsync(page, account);
        await page.Locator($".card[data-node-id='{cfo}']").ClickAsync();
        await page.Locator("#node-name").FillAsync("María Vidal Ortega");
        await page.Locator("#node-title").FillAsync("Chief Financial Officer");
        // Each keystroke reaches the tab's storage through the server and back; the last one is there before the sign-in ends.
        await Eventually.ThatAsync(() => page.EvaluateAsync<string?>($"sessionStorage.getItem('salesops-draft:{account}')"),
            json => json?.Contains("Chief Financial Officer", StringComparison.Ordinal) == true, "the edit kept in the tab");

        // The sign-in ends (its cookie gone); the next page load goes to the sign-in page.
        await page.Context.ClearCookiesAsync();
        await page.ReloadAsync();
        await page.ArrivedAtAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await page.Locator("button.demo-person[value='lukas']").ClickAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();

        await Expect(page.Locator("#node-name")).ToHaveValueAsync("María Vidal Ortega");
        await Expect(page.Locator("#node-title")).ToHaveValueAsync("Chief Financial Officer");
        await page.GetByText("Your unsaved changes are back", new() { Exact = false }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByText("Saved María Vidal Ortega.").WaitForAsync();
        Assert.Contains("Chief Financial Officer", await api.MapTextAsync(account), StringComparison.Ordinal);

        // Saved: a later reload opens no form.
        await page.ReloadAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        Assert.Equal(0, await page.Locator("#node-name").CountAsync());
    }

    /// <summary>Clicks Copy beside a one-time secret: what reached the clipboard, once the page said "Copied" and refused no script.</summary>
    private static async Task<string> CopiedAsync(IPage page)
    {
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) refused.Add(m.Text); };
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy", Exact = true }).ClickAsync();
        await page.Locator(".copy-status", new() { HasText = "Copied" }).WaitForAsync();
        Assert.Empty(refused);
        return await page.EvaluateAsync<string>("navigator.clipboard.readText()");
    }
}

using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Graph.Access;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Access;
using static SalesOps.Tests.Web.Browser.CompanySignInSteps;

namespace SalesOps.Tests.Web.Browser;

/// <summary>
/// Company sign-in for real: a browser goes from the app to a real OpenID provider (npm oidc-provider on
/// loopback), signs in on its login page, consents, and comes back signed in — code flow with PKCE.
/// </summary>
public sealed class CompanySignInBrowserTests(Support.Browser browser, OidcTestServer oidc) : BrowserTest(browser), IClassFixture<OidcTestServer>
{
    [Fact]
    public async Task A_browser_signs_in_through_the_company_provider_with_PKCE_and_lands_on_the_accounts_list()
    {
        var (_, address, _) = StartApp(seed: true, oidc.AppSettings(), port: oidc.AppPort);
        var page = await NewPageAsync(address, signedInAs: null);
        var failures = ServerErrors(page);

        await page.GotoAsync("/");
        await page.ArrivedAtAsync(url => url.Contains("/signin?returnUrl=%2F", StringComparison.OrdinalIgnoreCase));
        await SignInAtProviderAsync(page, "ana");

        page.Url.ShouldBe(address.ToString());
        await page.Locator("h1[data-ready='true']").WaitForAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Accounts");
        (await page.Locator(".user-menu .who").TextContentAsync()).ShouldBe("Ana Ruiz");
        (await page.Locator(".user-menu .who").GetAttributeAsync("title")).ShouldBe("ana@company.example");
        await Support.Browser.ShotAsync(page, "company-signin-1-accounts");

        // ASP.NET Core pushes the request (PAR) when the provider offers it; the browser then carries only its reference.
        var asked = oidc.AuthorizationRequests[0];
        ((string?)asked["endpoint"]).ShouldBe("/request");
        ((string?)asked["response_type"], (string?)asked["code_challenge_method"], (string?)asked["redirect_uri"])
            .ShouldBe(("code", "S256", $"http://127.0.0.1:{oidc.AppPort}/signin/oidc/callback"));
        ((string?)asked["code_challenge"]).ShouldNotBeNullOrEmpty();
        ((string?)asked["scope"])!.Split(' ').ShouldBe(["openid", "profile", "email"], ignoreOrder: true);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_pushed_requests_as_at_Entra_ID_the_browser_carries_the_PKCE_challenge_to_the_provider()
    {
        var plain = new OidcTestServer(oidc.AppPort, 0, oidc.ClientSecret, pushedRequests: false);
        await plain.InitializeAsync();
        try
        {
            var settings = plain.AppSettings();
            var (_, address, _) = StartApp(seed: false, settings, port: oidc.AppPort);
            var page = await NewPageAsync(address, signedInAs: null);
            await page.GotoAsync("/signin");
            await SignInAtProviderAsync(page, "ana");

            (await page.Locator(".user-menu .who").TextContentAsync()).ShouldBe("Ana Ruiz");
            var asked = plain.AuthorizationRequests[0];
            ((string?)asked["endpoint"], (string?)asked["response_type"], (string?)asked["code_challenge_method"]).ShouldBe(("/auth", "code", "S256"));
            ((string?)asked["code_challenge"]).ShouldNotBeNullOrEmpty();
        }
        finally
        {
            await plain.DisposeAsync();
        }
    }

    [Fact]
    public async Task When_the_app_session_ends_a_page_opens_the_sign_in_page_and_the_provider_lets_the_person_back_without_a_password()
    {
        var (_, address, _) = StartApp(seed: false, oidc.AppSettings(), port: oidc.AppPort);
        var page = await NewPageAsync(address, signedInAs: null);
        await page.GotoAsync("/signin");
        await SignInAtProviderAsync(page, "dani");

        // Off the app first: the open page would notice its session ending too and race this test's
        // navigation with its own trip to the sign-in page (returning to "/", where it was).
        await page.GotoAsync("about:blank");
        await page.Context.ClearCookiesAsync(new() { Name = "salesops.auth" }); // the app's session, not the provider's
        await page.GotoAsync(new Uri(address, "/accounts/any?view=list").ToString());

        await page.ArrivedAtAsync(url => url.Contains("/signin?returnUrl=%2Faccounts%2Fany", StringComparison.OrdinalIgnoreCase));
        await page.GetByRole(AriaRole.Link, new() { Name = Button }).ClickAsync();
        await page.Locator(".user-menu .who").WaitForAsync();
        (await page.Locator(".user-menu .who").TextContentAsync()).ShouldBe("Dani");
        new Uri(page.Url).PathAndQuery.ShouldBe("/accounts/any?view=list");
    }

    [Fact]
    public async Task A_first_company_sign_in_makes_a_Member_on_no_team_and_the_admin_e_mail_an_Admin_who_sees_every_account()
    {
        var (app, address, api) = StartApp(seed: true, oidc.AppSettings(adminEmail: "bea@company.example"), port: oidc.AppPort);
        var seeded = (await api.GetAsync("/api/accounts")).AsArray().Count;
        seeded.ShouldBeGreaterThan(0);

        var member = await NewPageAsync(address, signedInAs: null);
        await member.GotoAsync("/signin");
        await SignInAtProviderAsync(member, "carla");
        await member.Locator("h1[data-ready='true']").WaitForAsync();
        (await member.Locator(".user-menu .who").TextContentAsync()).ShouldBe("Carla");
        (await member.Locator("table.accounts tbody tr").CountAsync()).ShouldBe(0);
        await Support.Browser.ShotAsync(member, "company-signin-2-member");

        var admin = await NewPageAsync(address, signedInAs: null);
        await admin.GotoAsync("/signin");
        await SignInAtProviderAsync(admin, "bea");
        await admin.Locator("table.accounts tbody tr").First.WaitForAsync();
        (await admin.Locator("table.accounts tbody tr").CountAsync()).ShouldBe(seeded);
        (await admin.GetByRole(AriaRole.Link, new() { Name = "Users" }).CountAsync()).ShouldBe(1);

        var store = app.Services.GetRequiredService<IAccessStore>();
        var carla = (await store.UserByEmailAsync("carla@company.example", default)).ShouldNotBeNull();
        (carla.Role, carla.ExternalId).ShouldBe((AppRole.Member, $"{oidc.Issuer}|carla"));
        (await store.MembershipsAsync(carla.Id, default)).ShouldBeEmpty();
        var bea = (await store.UserByEmailAsync("bea@company.example", default)).ShouldNotBeNull();
        (bea.Role, bea.Name).ShouldBe((AppRole.Admin, "Bea"));
    }

    [Fact]
    public async Task A_disabled_user_who_signs_in_with_the_company_account_is_sent_back_with_a_message()
    {
        var (app, address, _) = StartApp(seed: false, oidc.AppSettings(), port: oidc.AppPort);
        var first = await NewPageAsync(address, signedInAs: null);
        await first.GotoAsync("/signin");
        await SignInAtProviderAsync(first, "eva");
        var eva = (await app.Services.GetRequiredService<IAccessStore>().UserByEmailAsync("eva@company.example", default)).ShouldNotBeNull();
        using (var admin = app.ScopeAs("lukas"))
            await admin.ServiceProvider.GetRequiredService<IMediator>().Send(new SetUserDisabled(eva.Id, true));

        var again = await NewPageAsync(address, signedInAs: null);
        await again.GotoAsync("/signin");
        await PassProviderAsync(again, "eva");

        await again.ArrivedAtAsync(url => url.Contains("/signin?problem=", StringComparison.Ordinal));
        (await again.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe(
            "Your company account is known here, but its SalesOps user is disabled. An administrator can enable it again.");
        (await again.Locator(".user-menu").CountAsync()).ShouldBe(0);
    }
}

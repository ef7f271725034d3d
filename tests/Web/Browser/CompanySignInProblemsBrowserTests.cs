using Microsoft.Playwright;
using SalesOps.Tests.Support;
using static SalesOps.Tests.Web.Browser.CompanySignInSteps;

namespace SalesOps.Tests.Web.Browser;

/// <summary>
/// Company sign-in when something is wrong — the provider down, back again, refusing the app, or a forged
/// answer: the browser always comes back to the sign-in page with a sentence, never an error page.
/// </summary>
public sealed class CompanySignInProblemsBrowserTests(Support.Browser browser, OidcTestServer oidc) : BrowserTest(browser), IClassFixture<OidcTestServer>
{
    [Fact]
    public async Task An_unreachable_provider_sends_the_browser_back_to_the_sign_in_page_with_a_message_naming_it()
    {
        var closed = $"http://127.0.0.1:{Ports.Free()}";
        var settings = oidc.AppSettings();
        settings["SALESOPS_OIDC_AUTHORITY"] = closed;
        var (_, address, _) = StartApp(seed: false, settings);
        var page = await NewPageAsync(address, signedInAs: null);
        var failures = ServerErrors(page);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = Button }).ClickAsync();

        await page.ArrivedAtAsync(url => url.Contains("/signin?problem=", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe(
            $"The company sign-in at {closed} did not answer. Try again in a minute; if it still does not answer, tell your administrator.");
        await Support.Browser.ShotAsync(page, "company-signin-3-unreachable");
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_provider_that_comes_back_is_used_again_without_restarting_the_app()
    {
        var providerPort = Ports.Free();
        var settings = oidc.AppSettings();
        settings["SALESOPS_OIDC_AUTHORITY"] = $"http://127.0.0.1:{providerPort}";
        var (_, address, _) = StartApp(seed: false, settings, port: oidc.AppPort);
        var page = await NewPageAsync(address, signedInAs: null);
        var button = page.GetByRole(AriaRole.Link, new() { Name = Button });
        await page.GotoAsync("/signin");
        await button.ClickAsync();
        await page.ArrivedAtAsync(url => url.Contains("/signin?problem=", StringComparison.Ordinal));

        var back = new OidcTestServer(oidc.AppPort, providerPort, oidc.ClientSecret, pushedRequests: true);
        await back.InitializeAsync();
        try
        {
            // The app asks again after a short pause that grows while the provider stays away (a minute at most).
            await Eventually.ThatAsync(async () =>
            {
                await page.GotoAsync("/signin");
                await button.ClickAsync();
                await page.WaitForLoadStateAsync();
                return page.Url;
            }, url => url.StartsWith($"http://127.0.0.1:{providerPort}/", StringComparison.Ordinal), "the provider's login page", seconds: 70);
            await page.Locator("input[name='login']").WaitForAsync();
        }
        finally
        {
            await back.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_forged_or_stale_answer_at_the_callback_sends_the_browser_to_the_sign_in_page_not_an_error()
    {
        var (_, address, _) = StartApp(seed: false, oidc.AppSettings(), port: oidc.AppPort);
        var page = await NewPageAsync(address, signedInAs: null);
        var failures = ServerErrors(page);

        await page.GotoAsync("/signin/oidc/callback?code=forged&state=forged&iss=" + Uri.EscapeDataString(oidc.Issuer));

        await page.ArrivedAtAsync(url => url.Contains("/signin?problem=", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe(
            $"The sign-in at {oidc.Issuer} did not finish, so you are not signed in. Try again; if it happens again, tell your administrator.");
        (await page.Locator(".user-menu").CountAsync()).ShouldBe(0);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_provider_that_refuses_the_app_sends_the_browser_back_with_a_message_for_the_administrator()
    {
        var settings = oidc.AppSettings();
        settings["SALESOPS_OIDC_CLIENT_SECRET"] = "not-the-secret";
        var (app, address, _) = StartApp(seed: false, settings, port: oidc.AppPort);
        var page = await NewPageAsync(address, signedInAs: null);
        var failures = ServerErrors(page);

        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Link, new() { Name = Button }).ClickAsync();

        await page.ArrivedAtAsync(url => url.Contains("/signin?problem=", StringComparison.Ordinal));
        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe(
            $"The company sign-in at {oidc.Issuer} refused SalesOps' request, so nobody can sign in with it yet. Tell your administrator: the client id, secret or redirect URI registered there do not match SalesOps' settings.");
        app.Log.Lines.ShouldContain(l => l.Contains("invalid_client", StringComparison.Ordinal));
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_pushed_requests_a_wrong_secret_shows_only_when_the_code_is_redeemed_and_the_browser_comes_back_with_a_message()
    {
        var plain = new OidcTestServer(oidc.AppPort, 0, oidc.ClientSecret, pushedRequests: false);
        await plain.InitializeAsync();
        try
        {
            var settings = plain.AppSettings();
            settings["SALESOPS_OIDC_CLIENT_SECRET"] = "not-the-secret";
            var (app, address, _) = StartApp(seed: false, settings, port: oidc.AppPort);
            var page = await NewPageAsync(address, signedInAs: null);
            var failures = ServerErrors(page);
            await page.GotoAsync("/signin");

            await PassProviderAsync(page, "ana");

            await page.ArrivedAtAsync(url => url.Contains("/signin?problem=", StringComparison.Ordinal));
            (await page.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe(
                $"The sign-in at {plain.Issuer} did not finish, so you are not signed in. Try again; if it happens again, tell your administrator.");
            (await page.Locator(".user-menu").CountAsync()).ShouldBe(0);
            app.Log.Lines.ShouldContain(l => l.Contains("invalid_client", StringComparison.Ordinal));
            failures.ShouldBeEmpty();
        }
        finally
        {
            await plain.DisposeAsync();
        }
    }
}

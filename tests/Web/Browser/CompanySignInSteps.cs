using Microsoft.Playwright;

namespace SalesOps.Tests.Web.Browser;

/// <summary>What a person does at the test OpenID provider (tests/oidc/provider.mjs) and what a test watches meanwhile.</summary>
internal static class CompanySignInSteps
{
    public const string Button = "Sign in with your company account";

    /// <summary>Signs in at the provider and waits until the app shows who is signed in.</summary>
    public static async Task SignInAtProviderAsync(IPage page, string login)
    {
        await PassProviderAsync(page, login);
        await page.Locator(".user-menu .who").WaitForAsync();
    }

    /// <summary>Clicks the company button, fills the provider's own login page, and its consent page when it asks.</summary>
    public static async Task PassProviderAsync(IPage page, string login)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = Button }).ClickAsync();
        await page.Locator("input[name='login']").FillAsync(login);
        await page.Locator("input[name='password']").FillAsync("any password");
        await page.Locator("button[type='submit']").ClickAsync();
        var consent = page.GetByRole(AriaRole.Button, new() { Name = "Continue" });
        await consent.Or(page.Locator(".user-menu, section.signin")).First.WaitForAsync();
        if (await consent.IsVisibleAsync()) await consent.ClickAsync();
    }

    /// <summary>Every answer of 500 or more the page gets, from the app or the provider.</summary>
    public static List<string> ServerErrors(IPage page)
    {
        var failures = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 500) lock (failures) failures.Add($"{r.Status} {r.Url}"); };
        return failures;
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

/// <summary>A limit met on a page: said next to the field, in the rules' words, with the user's input kept to fix.</summary>
public sealed class LimitsBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_name_past_its_length_limit_is_refused_in_the_editor_naming_the_limit_and_the_typed_name_stays()
    {
        var (_, address, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Long Names AG");
        var cfo = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO" });
        var page = await NewPageAsync(address);
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        await page.Locator($".card[data-node-id='{cfo}']").ClickAsync();
        var typed = "María " + new string('V', 114);

        await page.Locator("#node-name").FillAsync(typed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page.Locator("form.editor .error[role='alert']")).ToHaveTextAsync("The name must be at most 100 characters (it has 120).");
        // The reason is at the top of a form scrolled down to its Save button: it is brought into view and focused.
        await Expect(page.Locator("form.editor .error[role='alert']")).ToBeInViewportAsync();
        await Expect(page.Locator("form.editor .error[role='alert']")).ToBeFocusedAsync();
        await Expect(page.Locator("#node-name")).ToHaveValueAsync(typed);
        await Expect(page.Locator("#node-name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#name-count")).ToHaveTextAsync("120/100 characters");
        await Support.Browser.ShotAsync(page, "limit-name-too-long");
        (await api.MapTextAsync(account)).ShouldNotContain("VVVV");
    }
}

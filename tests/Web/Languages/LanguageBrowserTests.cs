using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Languages;

/// <summary>The pages in Spanish and German, chosen by cookie, by the picker and by the user's saved choice.</summary>
public sealed class LanguageBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task With_the_Spanish_cookie_accounts_map_matrix_and_meetings_speak_Spanish()
    {
        var (_, address, api) = StartApp(seed: true);
        var first = (await api.GetAsync("/api/accounts")).AsArray()[0]!;
        var (account, name) = ((string)first["id"]!, (string)first["name"]!);
        var page = await NewPageAsync(address);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=es|uic=es", Url = address.ToString() }]);

        await page.GotoAsync("/");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("es");
        await page.Locator(".topbar nav a[href='/relationships']").Filter(new() { HasText = "Mis relaciones" }).WaitForAsync();
        (await page.Locator("#language-menu .code").InnerTextAsync()).ShouldBe("ES");
        await Expect(page.Locator("#language-menu")).ToHaveAccessibleNameAsync("Idioma: Español"); // heard as the name, not the code
        (await page.Locator(".language-picker button[aria-current='true']").TextContentAsync()).ShouldBe("Español");
        await Support.Browser.ShotAsync(page, "es-accounts");

        await OpenMapAsync(page, account);
        (await page.Locator("#tab-reach").InnerTextAsync()).ShouldBe("Alcance");
        (await page.Locator("#tab-nextmoves").InnerTextAsync()).ShouldBe("Próximos pasos");
        await page.Locator("#tab-risks").ClickAsync();
        await Support.Browser.ShotAsync(page, "es-map");

        await page.GotoAsync($"/accounts/{account}/matrix");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Matriz de contactos", Level = 1 }).WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Relaciones entre iguales que faltan" }).WaitForAsync();
        await Support.Browser.ShotAsync(page, "es-matrix");

        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Reuniones", Level = 1 }).WaitForAsync();
        // The tab says of which account, so that two accounts' meetings open side by side tell apart.
        await Expect(page).ToHaveTitleAsync($"Reuniones · {name} · SalesOps");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Planificar o registrar una reunión" }).WaitForAsync();
        (await page.Locator("form.editor select option").AllInnerTextsAsync()).ShouldContain("Presencial");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar la reunión" }).WaitForAsync();
        (await page.Locator(".meeting-list").InnerTextAsync()).ShouldNotContain("OnSite");
        await Support.Browser.ShotAsync(page, "es-meetings");
    }

    [Fact]
    public async Task At_1280_px_the_admins_top_bar_is_one_row_in_every_language_and_a_language_chosen_after_moving_on_keeps_the_page()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var page = await NewPageAsync(address, width: 1280, height: 720); // Lukas, the admin: the most links in the bar
        await page.GotoAsync("/");
        // The heading takes the focus (where a screen reader starts) without a ring: it is not a control.
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        (await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle")).ShouldBe("none");

        // Moved on inside the app (no page load), the language chosen comes back to the page shown now, not to the list.
        await page.Locator($"a[href='/accounts/{account}']").ClickAsync();
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        foreach (var (language, tab) in new[] { ("de", "Zugang"), ("es", "Alcance"), ("en", "Reach") })
        {
            await ChooseLanguageAsync(page, language);
            await Expect(page.Locator("#tab-reach")).ToHaveTextAsync(tab);
            page.Url.ShouldEndWith($"/accounts/{account}");
            await Expect(page.Locator("#language-menu .code")).ToHaveTextAsync(language.ToUpperInvariant());
            // One row: every link, the name, sign-out and the language stand on the brand's middle line.
            var off = await page.Locator(".topbar").EvaluateAsync<double>("""
                bar => { const mid = e => { const b = e.getBoundingClientRect(); return b.top + b.height / 2; };
                         const line = mid(bar.querySelector('.brand'));
                         return Math.max(...[...bar.querySelectorAll('nav a, .who, .user-menu button, #language-menu')].map(e => Math.abs(mid(e) - line))); }
                """);
            off.ShouldBeLessThan(1.5, $"the top bar in one row, its items on one line, in '{language}'");
        }
        await Support.Browser.ShotAsync(page, "topbar-1280");
    }

    [Fact]
    public async Task At_1024_px_the_top_bar_the_accounts_pages_and_the_maps_tools_keep_to_one_row_each_in_every_language_with_the_find_hint_whole()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        // A function named in one long word (German makes them) must not squeeze its line's other parts out.
        await api.AddNodeAsync(account, new { kind = "Function", name = "Forschungsundentwicklungsabteilungsleitung", involvement = "Direct" });
        var page = await NewPageAsync(address, width: 1024, height: 700); // Lukas, the admin: the most links, every tool
        await page.GotoAsync($"/accounts/{account}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        foreach (var (language, tab) in new[] { ("de", "Zugang"), ("es", "Alcance"), ("en", "Reach") })
        {
            await ChooseLanguageAsync(page, language);
            await Expect(page.Locator("#tab-reach")).ToHaveTextAsync(tab);
            foreach (var bar in new[] { ".topbar", ".account-nav", ".toolbar" })
            {
                // One row: every link, button, field and name shown in the bar overlaps every other one in height.
                var oneRow = await page.Locator(bar).EvaluateAsync<bool>("""
                    bar => { const boxes = [...bar.querySelectorAll('a, button, summary, input, .who, .presence > *')]
                                 .filter(c => c.checkVisibility({ visibilityProperty: true })).map(c => c.getBoundingClientRect());
                             return Math.max(...boxes.map(b => b.top)) < Math.min(...boxes.map(b => b.bottom)); }
                    """);
                oneRow.ShouldBeTrue($"{bar} in one row in '{language}'");
            }
            // The Find field's hint is read whole (it was cut: "Name, Eing…"): written into the field, it does not scroll.
            (await page.Locator("#find").EvaluateAsync<bool>("""
                i => { i.value = i.placeholder; const fits = i.scrollWidth <= i.clientWidth; i.value = ''; return fits; }
                """)).ShouldBeTrue($"the Find hint fits in '{language}'");
            // The side panel's six tabs take two rows, not three.
            (await page.Locator(".side-panel .tabs").EvaluateAsync<int>("t => new Set([...t.querySelectorAll('button')].map(b => Math.round(b.getBoundingClientRect().top))).size"))
                .ShouldBeLessThanOrEqualTo(2, $"the side panel's tabs in '{language}'");
            // Each function's Fold button stays on its name's line (it dropped to a line of its own: "Executive management Directa · 2 personas").
            (await page.Locator(".functions").EvaluateAsync<string[]>("""
                s => [...s.querySelectorAll('li')].filter(li => Math.abs(li.querySelector('button.fold').getBoundingClientRect().top
                         - li.querySelector('button.link').getBoundingClientRect().top) > 3).map(li => li.innerText)
                """)).ShouldBeEmpty($"Fold buttons off their function's line in '{language}'");
            // ... and within the list, each line's middle ("Direct · 3 people") at least a word wide, the long name broken instead.
            (await page.Locator(".functions").EvaluateAsync<string[]>("""
                s => [...s.querySelectorAll('li')].filter(li => li.querySelector('button.fold').getBoundingClientRect().right > li.getBoundingClientRect().right + 1
                         || li.querySelector('.muted').getBoundingClientRect().width < 48).map(li => li.innerText)
                """)).ShouldBeEmpty($"function lines squeezed or spilling in '{language}'");
            // So the map keeps its height: before, the bars took up to 330 px of the 700.
            (await page.Locator(".canvas-wrap").EvaluateAsync<double>("e => e.getBoundingClientRect().top")).ShouldBeLessThan(200);
        }
        await Support.Browser.ShotAsync(page, "map-1024");
    }

    [Fact]
    public async Task A_field_the_browser_refuses_to_send_says_why_in_the_pages_language_and_sends_once_put_right()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var page = await NewPageAsync(address); // Chromium speaks English here: its own messages would be English
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=es|uic=es", Url = address.ToString() }]);
        Task<string> Why(string field) => page.Locator(field).EvaluateAsync<string>("e => e.validationMessage");

        await page.GotoAsync("/me/tokens");
        await page.Locator("h1[data-ready='true']").WaitForAsync();
        var create = page.Locator("main form button.primary");
        await create.ClickAsync();
        (await Why("#token-name")).ShouldBe("Rellena este campo.");
        await page.Locator("#token-name").FillAsync("CRM");
        await page.Locator("#token-days").FillAsync("9999");
        await create.ClickAsync();
        (await Why("#token-days")).ShouldBe($"Escribe {SalesOps.Web.Features.Access.TokenHandlers.MaxDays} o menos.");
        (await Why("#token-name")).ShouldBeEmpty("filled in now: its message went with the next try");
        await page.Locator("#token-days").FillAsync("30");
        await create.ClickAsync();
        await page.Locator(".one-time-value").WaitForAsync(); // the new token, shown once

        await page.GotoAsync("/admin/users");
        await page.Locator("h1[data-ready='true']").WaitForAsync();
        await page.Locator("#invite-email").FillAsync("ana-at-example");
        await page.Locator("#invite-email").PressAsync("Enter");
        (await Why("#invite-email")).ShouldBe("Escribe una dirección de correo como ana@ejemplo.com.");

        // The map's editor keeps its fields from one card to the next: a message once shown must not refuse a name typed later.
        await ChooseLanguageAsync(page, "de");
        await OpenMapAsync(page, account);
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Person" }).ClickAsync();
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Hinzufügen", Exact = true });
        await add.ClickAsync();
        (await Why("#node-name")).ShouldBe("Füllen Sie dieses Feld aus.");
        await page.Locator("#node-name").FillAsync("Greta Lind");
        await add.ClickAsync();
        await page.Locator(".card", new() { HasText = "Greta Lind" }).WaitForAsync();
    }

    [Fact]
    public async Task Choosing_Deutsch_in_the_top_bar_turns_the_pages_German_and_follows_the_user_to_a_new_browser()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var page = await NewPageAsync(address, signedInAs: "ana");
        await page.GotoAsync($"/accounts/{account}/meetings");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Meetings", Level = 1 }).WaitForAsync();

        await ChooseLanguageAsync(page, "de");

        await page.GetByRole(AriaRole.Heading, new() { Name = "Termine", Level = 1 }).WaitForAsync();
        page.Url.ShouldEndWith($"/accounts/{account}/meetings");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("de");
        await page.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Termin erfassen" }).WaitForAsync();
        (await page.Locator("form.editor select option").AllInnerTextsAsync()).ShouldContain("Vor Ort");
        await Support.Browser.ShotAsync(page, "de-meetings");

        await OpenMapAsync(page, account);
        (await page.Locator("#tab-reach").InnerTextAsync()).ShouldBe("Zugang");
        (await page.Locator("#tab-nextmoves").InnerTextAsync()).ShouldBe("Nächste Schritte");
        await page.Locator("#tab-risks").ClickAsync();
        await Support.Browser.ShotAsync(page, "de-map");
        await page.Locator("#tab-position").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Lieferantenstatus" }).WaitForAsync();
        await Support.Browser.ShotAsync(page, "de-position");

        await page.GotoAsync($"/accounts/{account}/matrix");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Kontaktmatrix", Level = 1 }).WaitForAsync();
        await Support.Browser.ShotAsync(page, "de-matrix");

        // A narrow window: the longest German words of the top bar and the meetings form must still fit.
        var narrow = await NewPageAsync(address, width: 1024, height: 800, signedInAs: "ana");
        await narrow.GotoAsync($"/accounts/{account}/meetings");
        await narrow.Locator(".meetings-layout[data-ready='true']").WaitForAsync();
        await Support.Browser.ShotAsync(narrow, "de-meetings-narrow");
        (await narrow.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("nothing sticks out sideways");
        (await BrokenInTheTopBarAsync(narrow)).ShouldBeEmpty();
        await narrow.GotoAsync("/");
        await narrow.Locator("h1[data-ready='true']").WaitForAsync();
        await Support.Browser.ShotAsync(narrow, "de-accounts");
        (await BrokenInTheTopBarAsync(narrow)).ShouldBeEmpty();
        (await narrow.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("nothing sticks out sideways");
    }

    [Theory]
    [InlineData("es", "Alcance", "Riesgos")]
    [InlineData("de", "Zugang", "Risiken")]
    public async Task At_1024_px_accounts_map_with_reach_and_risks_matrix_meetings_and_the_printed_sheet_speak_the_language_and_nothing_breaks(
        string language, string reach, string risks)
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var page = await NewPageAsync(address, width: 1024, height: 800);
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = address.ToString() }]);
        string Word(string key) { using var _ = Words.In(language); return Words.Text[key]; }
        var broken = new List<string>();
        async Task VisitAsync(string name, string url, string? waitFor = null)
        {
            await page.GotoAsync(url);
            if (waitFor is not null) await page.Locator(waitFor).First.WaitForAsync();
            await VisibleText.SettleAsync(page);
            (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(language);
            await Support.Browser.ShotAsync(page, $"{language}-1024-{name}");
            if (!await Layout.FitsSidewaysAsync(page)) broken.Add($"{name}: the page scrolls sideways");
            broken.AddRange((await Layout.OverflowingAsync(page)).Select(o => $"{name}: sticks out: {o}"));
            broken.AddRange((await Layout.CutWordsAsync(page)).Select(w => $"{name}: cut mid-word: {w}"));
        }

        await VisitAsync("accounts", "/", "h1[data-ready='true']");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe(Word("Accounts.Title"));
        await VisitAsync("map-reach", $"/accounts/{account}?tab=reach&reach={Uri.EscapeDataString("from:all;to:decision-makers")}", "ol.paths li");
        (await page.Locator("#tab-reach").InnerTextAsync()).ShouldBe(reach);
        (await page.Locator(".toolbar").InnerTextAsync()).ShouldContain(Word("Map.ZoomToFit"));
        await VisitAsync("map-risks", $"/accounts/{account}?tab=risks", "li.finding");
        (await page.Locator("#tab-risks").InnerTextAsync()).ShouldBe(risks);
        await VisitAsync("map-legend", $"/accounts/{account}", ".legend");
        (await page.Locator("#legend-title").InnerTextAsync()).ShouldBe(Word("Legend.Title"));
        await VisitAsync("matrix", $"/accounts/{account}/matrix", "button.cell-button");
        await VisitAsync("meetings", $"/accounts/{account}/meetings", ".meetings-layout[data-ready='true']");
        await VisitAsync("sheet", $"/accounts/{account}/sheet", ".sheet[data-ready='true']");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Support.Browser.ShotAsync(page, $"{language}-sheet-printed");
        (await page.Locator(".topbar").IsVisibleAsync()).ShouldBeFalse("the printed sheet has no app chrome");
        broken.AddRange((await Layout.CutWordsAsync(page)).Select(w => $"printed sheet: cut mid-word: {w}"));
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{language}-sheet.pdf"), Format = "A4" });
        pdf.Length.ShouldBeGreaterThan(0);

        broken.ShouldBeEmpty();
    }

    /// <summary>The top bar's links, names and buttons whose words wrap onto a second line (an inline box broken in two has two rectangles).</summary>
    // The language menu's own buttons, folded, are laid out but not shown (and never wrap): its code stands for them.
    private static Task<string[]> BrokenInTheTopBarAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.topbar a, .topbar .who, .topbar button:not(.language-picker button), #language-menu')].filter(e => e.getClientRects().length > 1 || e.getBoundingClientRect().height > 30).map(e => e.textContent.trim())");
}

using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Playwright;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Access;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Features.Reach;
using Xunit.Abstractions;

namespace SalesOps.Tests.Web.Languages;

/// <summary>
/// Every page and panel in a pseudo-locale (each resource value accented and bracketed): a word with plain
/// letters that is not the seeded data's own came past the localizer.
/// </summary>
public sealed class PseudoLocaleTests(Support.Browser browser, ITestOutputHelper output) : BrowserTest(browser)
{
    [Fact]
    public async Task Every_page_and_panel_shows_only_localised_words_and_the_maps_own_data()
    {
        var (app, address, api) = StartApp(seed: true, services: s =>
        {
            s.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
            s.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(p => new PseudoLocalizerFactory(p.GetRequiredService<ResourceManagerStringLocalizerFactory>())));
        });
        // A training set, so the trainer's answer keys and a participant's quiz have something to show.
        await api.PostAsync("/api/training/sets", new { scenarios = new[] { "detractor" }, locale = "es", seed = 42, date = "2026-03-02", participants = new[] { "ana@demo.salesops.example" } });
        var data = await DataWordsAsync(app, api);
        var tour = await TourAsync(api);
        Routes().Except(tour.Select(t => t.Route)).ShouldBeEmpty("every routable page is on the tour");

        var found = new List<string>();
        var pages = new Dictionary<string, IPage>(StringComparer.Ordinal);
        foreach (var stop in tour)
        {
            if (!pages.TryGetValue(stop.Who, out var on)) pages[stop.Who] = on = await NewPageAsync(address, signedInAs: stop.Who == Nobody ? null : stop.Who);
            await on.GotoAsync(stop.Url);
            await VisibleText.SettleAsync(on);
            if (stop.Then is { } act) { await act(on); await VisibleText.SettleAsync(on); }
            await Support.Browser.ShotAsync(on, $"pseudo-{tour.IndexOf(stop):00}");
            var seen = await VisibleText.OfAsync(on);
            seen.Count.ShouldBeGreaterThan(0, stop.Name);
            found.AddRange(seen.Where(t => Pseudo.PlainWords(t.Text).Any(w => !data.Contains(w))).Select(t => $"{stop.Name}: {t.Where}: {t.Text}"));
        }

        // The store banner shows only when the store failed; its reason is the store's own (data here).
        app.Services.GetRequiredService<SalesOps.Web.StoreStatus>().Error = Pseudo.Of("disk full");
        var admin = pages["lukas"];
        await admin.GotoAsync("/today");
        await VisibleText.SettleAsync(admin);
        found.AddRange((await VisibleText.OfAsync(admin)).Where(t => t.Where.Contains("banner", StringComparison.Ordinal))
            .Where(t => Pseudo.PlainWords(t.Text).Any(w => !data.Contains(w))).Select(t => $"store banner: {t.Where}: {t.Text}"));
        app.Services.GetRequiredService<SalesOps.Web.StoreStatus>().Error = null;

        var distinct = found.Distinct().ToList();
        output.WriteLine($"{tour.Count} stops on {tour.Select(t => t.Route).Distinct().Count()} pages; {distinct.Count} texts not localised");
        foreach (var f in distinct) output.WriteLine(f);
        distinct.ShouldBeEmpty();
    }

    private const string Nobody = "";

    /// <summary>A page (its route template), what is looked at, where, what is done there first, and who looks (Lukas, the admin, unless told; <see cref="Nobody"/> signed out).</summary>
    private sealed record Stop(string Route, string Name, string Url, Func<IPage, Task>? Then = null, string Who = "lukas");

    /// <summary>The routes of the app's pages (every @page), so a new page cannot be left off the tour.</summary>
    private static IEnumerable<string> Routes() => typeof(SalesOps.Web.Text).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).Distinct();

    private static async Task<List<Stop>> TourAsync(ApiClient api)
    {
        // An account where a new relationship would still help, so the next moves and the what-if have something to show.
        string account = "";
        foreach (var id in (await api.GetAsync("/api/accounts")).AsArray().Select(x => (string)x!["id"]!).Where(id => !id.StartsWith("trn-", StringComparison.Ordinal)))
            if ((await api.GetAsync($"/api/accounts/{id}/next-moves"))["moves"]!.AsArray().Count > 0) { account = id; break; }
        account.ShouldNotBeEmpty();
        var training = (await api.GetAsync("/api/accounts")).AsArray().Select(x => (string)x!["id"]!).First(id => id.StartsWith("trn-", StringComparison.Ordinal));
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        var m = $"/accounts/{account}";
        var a = "/accounts/{AccountId}";
        var stops = new List<Stop>
        {
            new("/signin", "sign-in", "/signin", Who: Nobody),
            new("/signin/link", "sign-in link", "/signin/link?token=nothing", Who: Nobody),
            new(a, "map, as a viewer", m, Who: "marta"),
            new(a + "/matrix", "matrix, as a viewer", m + "/matrix", Who: "marta"),
            new("/", "accounts", "/"),
            new("/", "accounts, delete asked", "/", p => p.Locator("table.accounts button.link").First.ClickAsync()),
            new("/today", "since last visit", "/today"),
            new("/relationships", "my relationships", "/relationships"),
            new("/training", "training", "/training"),
            new("/me/tokens", "tokens", "/me/tokens"),
            new("/admin/users", "users", "/admin/users"),
            new("/not-found", "an address with no page", "/no-such-page"),
            new(a + "/team", "team", m + "/team"),
            new(a + "/arguments", "arguments", m + "/arguments"),
            new(a + "/import", "contact import", m + "/import"),
            new(a + "/meetings", "meetings", m + "/meetings"),
            new(a + "/matrix", "matrix", m + "/matrix"),
            new(a + "/matrix", "matrix, cell editor", m + "/matrix", p => p.Locator("button.cell-button").First.ClickAsync()),
            new(a + "/sheet", "sheet", m + "/sheet"),
            new(a + "/quiz", "quiz, not a training account", m + "/quiz"),
            new(a + "/quiz", "quiz", $"/accounts/{training}/quiz"),
            new(a + "/quiz", "quiz, checked", $"/accounts/{training}/quiz", p => p.Locator("#quiz-check").ClickAsync()),
            new("/training", "training, answer keys", "/training", p => p.Locator(".keys-toggle").First.ClickAsync()),
            new(a, "map, add a person", m, p => p.Locator(".toolbar button").First.ClickAsync()),
        };
        foreach (var tab in Enum.GetValues<SideTab>())
            stops.Add(new(a, $"map, {tab} tab", $"{m}?tab={tab.ToString().ToLowerInvariant()}"));
        stops.Add(new(a, "map, reach answered", $"{m}?tab=reach&reach={Uri.EscapeDataString(ReachAddress.Format(new ReachQuery()))}"));
        stops.Add(new(a, "map, next moves shown", $"{m}?tab=nextmoves", p => MovesAsync(p, ".show-move")));
        stops.Add(new(a, "map, what-if", $"{m}?tab=nextmoves", p => MovesAsync(p, ".try-move")));
        foreach (var node in map["nodes"]!.AsArray().GroupBy(n => (string)n!["kind"]!).Select(g => g.First()!))
            stops.Add(new(a, $"map, {node["kind"]} editor", $"{m}?open={node["id"]}"));
        foreach (var edge in map["edges"]!.AsArray().GroupBy(e => (string)e!["type"]!).Select(g => g.First()!))
            stops.Add(new(a, $"map, {edge["type"]} editor", $"{m}?open={edge["id"]}"));
        var person = map["nodes"]!.AsArray().First(n => (string)n!["kind"]! == "Person")!;
        stops.Add(new(a, "map, delete asked", $"{m}?open={person["id"]}", p => p.Locator(".side-panel .editor button.danger").ClickAsync()));
        return stops;
    }

    private static async Task MovesAsync(IPage page, string then)
    {
        await page.Locator(".moves form button[type=submit]").ClickAsync();
        await page.Locator(then).First.ClickAsync();
    }

    /// <summary>Every word of the stored data (accounts, maps, meetings, concerns, users), but no enum value's name: those must be shown in words.</summary>
    private static async Task<HashSet<string>> DataWordsAsync(AppFactory app, ApiClient api)
    {
        var enums = new[] { typeof(SalesOps.Graph.Model.Stance).Assembly, typeof(SalesOps.Web.Text).Assembly }
            .SelectMany(x => x.GetTypes()).Where(t => t.IsEnum).SelectMany(Enum.GetNames).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o: foreach (var (_, v) in o) Add(v); break;
                case JsonArray arr: foreach (var v in arr) Add(v); break;
                case JsonValue v when v.TryGetValue<string>(out var s) && !enums.Contains(s):
                    foreach (var w in System.Text.RegularExpressions.Regex.Matches(s, @"[\p{L}\p{Mn}]+")) words.Add(w.ToString()!);
                    break;
            }
        }
        var accounts = (await api.GetAsync("/api/accounts")).AsArray();
        Add(accounts);
        foreach (var id in accounts.Select(x => (string)x!["id"]!))
        {
            Add(await api.GetAsync($"/api/accounts/{id}/map"));
            Add(await api.GetAsync($"/api/accounts/{id}/meetings"));
            Add(await api.GetAsync($"/api/accounts/{id}/concerns"));
            Add(await api.GetAsync($"/api/accounts/{id}/team"));
        }
        Add(await api.GetAsync("/api/training/sets"));
        // Dates are written by the culture (month and day names), not by the resources.
        var dates = System.Globalization.CultureInfo.GetCultureInfo("en").DateTimeFormat;
        Add(new JsonArray([.. dates.MonthNames.Concat(dates.AbbreviatedMonthNames).Concat(dates.DayNames).Concat(dates.AbbreviatedDayNames)
            .Append(dates.AMDesignator).Append(dates.PMDesignator).Select(w => (JsonNode?)JsonValue.Create(w))]));
        foreach (var user in await app.Services.GetRequiredService<IAccessStore>().UsersAsync(default)) Add(JsonValue.Create(user.Name + " " + user.Email));
        return words;
    }
}

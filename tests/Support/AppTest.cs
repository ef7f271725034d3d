using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Support;

/// <summary>The real app, started in this test class's own data folder, with an API client for it.</summary>
public sealed record RunningApp(AppFactory App, Uri Address, ApiClient Api)
{
    /// <summary>An API client for <paramref name="who"/> (the demo admin unless said) that asks for answers in <paramref name="language"/> (Accept-Language).</summary>
    public ApiClient Speaking(string language, string who = "lukas")
    {
        var client = App.CreateClientAs(who);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(language));
        return new ApiClient(client);
    }
}

/// <summary>
/// A test class that runs the real app on Kestrel in a fresh data folder of its own (a new SQLite
/// file unless settings say otherwise). Apps it starts are stopped and the folder removed afterwards.
/// </summary>
public abstract class AppTest : IDisposable
{
    private readonly List<AppFactory> _apps = [];

    protected TempDirectory Dir { get; } = new();

    /// <summary>
    /// Starts the app on this class's data folder; demo data when <paramref name="seed"/>; today is
    /// <paramref name="today"/> when given (the machine's clock otherwise); on <paramref name="port"/> when given (any free port otherwise);
    /// with <paramref name="services"/> replaced (the pseudo-locale's words, say).
    /// </summary>
    protected RunningApp StartApp(bool seed, IDictionary<string, string?>? settings = null, DateOnly? today = null, int port = 0,
        Action<IServiceCollection>? services = null)
    {
        var app = new AppFactory(Dir.Path, seed, settings, port)
        {
            ConfigureTestServices = s =>
            {
                if (today is { } day) s.AddSingleton<TimeProvider>(new FixedClock(day));
                services?.Invoke(s);
            },
        };
        _apps.Add(app);
        var address = app.Start();
        return new RunningApp(app, address, new ApiClient(app.CreateClient()));
    }

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
        Dir.Dispose();
        GC.SuppressFinalize(this);
        Checked();
    }

    /// <summary>What the test checks once its apps are stopped (a browser test: that the site's policy refused no script).</summary>
    protected virtual void Checked()
    {
    }
}

/// <summary>An <see cref="AppTest"/> that drives the app in Debian's Chromium (one browser per test class).</summary>
public abstract class BrowserTest(Browser browser) : AppTest, IClassFixture<Browser>
{
    private readonly List<string> _refused = [];

    /// <summary>
    /// Every page of every browser test: a script or handler the site's Content Security Policy refused is a control
    /// that does nothing for the user (a Copy button's inline onclick was one), so the test fails on it.
    /// </summary>
    protected override void Checked()
    {
        lock (_refused)
            if (_refused.Count > 0) throw new InvalidOperationException("The site's policy refused: " + string.Join(" | ", _refused));
    }

    /// <summary>
    /// A fresh browser context (own cookies) on the app at <paramref name="address"/>, signed in as one
    /// of the demo team through the real sign-in page (the admin, Lukas, unless told), or as nobody.
    /// </summary>
    protected async Task<IPage> NewPageAsync(Uri address, int width = 1400, int height = 900, string? signedInAs = "lukas")
    {
        var page = await browser.NewPageAsync(address, width, height);
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (_refused) _refused.Add(m.Text);
        };
        if (signedInAs is not null) await SignInAsync(page, signedInAs);
        return page;
    }

    /// <summary>Signs in on the sign-in page with the demo team's one-click buttons.</summary>
    protected static async Task SignInAsync(IPage page, string who)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/signin");
        // The sign-in is the answer to the form's post (its cookie comes with it), then the page it sends to
        // answers as someone signed in. Both are waited for as responses, then the address, but no load event:
        // WaitForURLAsync, when the redirect had landed before it began, waited for a "load" of that page that
        // Playwright never reported (CI, twice: 15 s with only "NetworkIdle" fired). Every caller goes on to a
        // page or a locator of its own, which waits for what it needs.
        var landed = page.WaitForResponseAsync(r => r.Request.IsNavigationRequest && r.Request.Method == "GET" && !r.Url.Contains("/signin", StringComparison.Ordinal));
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.Locator($"button.demo-person[value='{who}']").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/signin/demo", StringComparison.Ordinal));
        if (answer.Status != 302 || answer.Headers.GetValueOrDefault("location") is not { } next || next.StartsWith("/signin", StringComparison.Ordinal))
        {
            _ = landed.ContinueWith(t => t.Exception, TaskScheduler.Default); // it times out: nothing lands
            throw new InvalidOperationException($"The demo sign-in as {who} answered {answer.Status} {answer.Headers.GetValueOrDefault("location")}");
        }
        var arrived = await landed;
        if (arrived.Status >= 400 || arrived.Headers.GetValueOrDefault("location") is { } again && again.StartsWith("/signin", StringComparison.Ordinal))
            throw new InvalidOperationException($"After the demo sign-in as {who}, {arrived.Url} answered {arrived.Status} {arrived.Headers.GetValueOrDefault("location")}");
        await page.ArrivedAtAsync(url => !url.Contains("/signin", StringComparison.Ordinal)); // that page, not the sign-in page, is the one shown
    }

    /// <summary>
    /// Chooses a language in the top bar: opens its menu (the current language's code) and picks the language by its own
    /// name. A page that turns interactive just then is drawn again, menu folded, so the menu is opened again if need be.
    /// </summary>
    protected static async Task ChooseLanguageAsync(IPage page, string language)
    {
        ArgumentNullException.ThrowIfNull(page);
        var choice = page.Locator($".language-picker button[value='{language}']");
        for (var attempt = 1; ; attempt++)
        {
            if (!await page.Locator("details.language-menu[open]").IsVisibleAsync()) await page.Locator("#language-menu").ClickAsync();
            try
            {
                await choice.ClickAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Opens an account's map and waits until it is interactive and fitted.</summary>
    protected static async Task OpenMapAsync(IPage page, string account, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/accounts/{account}{query}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
    }

    protected static async Task<(double X, double Y)> CentreAsync(ILocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not visible");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>Presses the mouse at one point and lets go at another, moving in steps as a hand would.</summary>
    protected static async Task DragAsync(IPage page, (double X, double Y) from, (double X, double Y) to)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Mouse.MoveAsync((float)from.X, (float)from.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)((from.X + to.X) / 2), (float)((from.Y + to.Y) / 2), new() { Steps = 5 });
        await page.Mouse.MoveAsync((float)to.X, (float)to.Y, new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }
}

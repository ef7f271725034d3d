using System.Text.Json;
using Microsoft.Playwright;

namespace SalesOps.ViewersBench;

/// <summary>
/// Debian's Chromium through Playwright (the driver ships in the package), as the browser tests use
/// it. Every viewer is a browser context of its own (own cookies, own tab), so one circuit each.
/// </summary>
public sealed class MapViewers : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Uri _address;
    private readonly List<IBrowserContext> _open = [];

    private MapViewers(IPlaywright playwright, IBrowser browser, Uri address) => (_playwright, _browser, _address) = (playwright, browser, address);

    public int Count => _open.Count;

    public static async Task<MapViewers> LaunchAsync(Uri address)
    {
        var path = Environment.GetEnvironmentVariable("SALESOPS_CHROMIUM") is { Length: > 0 } p ? p
            : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
              ?? throw new InvalidOperationException("Chromium is not installed (apt-get install chromium) and SALESOPS_CHROMIUM is not set.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return new MapViewers(playwright, browser, address);
    }

    /// <summary>The accounts the demo admin sees: id, name and people, from the API with a signed-in browser's cookie.</summary>
    public async Task<IReadOnlyList<(string Id, string Name, int People)>> AccountsAsync()
    {
        var context = await SignedInAsync();
        try
        {
            var response = await context.APIRequest.GetAsync("api/accounts");
            using var json = JsonDocument.Parse(await response.TextAsync());
            return [.. json.RootElement.EnumerateArray().Select(a => (
                a.GetProperty("id").GetString()!, a.GetProperty("name").GetString()!,
                a.TryGetProperty("people", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0))];
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>One more viewer: signs in through the real sign-in page, opens the map and waits until it is drawn and fitted.</summary>
    public async Task OpenAsync(string accountId, TimeSpan settle)
    {
        var context = await SignedInAsync();
        _open.Add(context);
        var page = context.Pages[0];
        await page.GotoAsync($"accounts/{accountId}");
        await page.Locator(".canvas-wrap[data-ready='true']").WaitForAsync(new() { Timeout = 180_000 });
        await Task.Delay(settle);
    }

    /// <summary>
    /// Every viewer leaves: by closing the tab (the browser tells the server, which ends the circuit), or,
    /// <paramref name="lost"/>, as a lost network does: sockets cut, then the tab closed without its unload
    /// beacon, so the server keeps each circuit for its retention period (the case to clean up after).
    /// </summary>
    public async Task LeaveAllAsync(bool lost = true)
    {
        foreach (var context in _open)
        {
            if (!lost)
            {
                // Closing the page runs its unload handlers: Blazor's beacon tells the server the circuit is over.
                foreach (var page in context.Pages.ToList()) await page.CloseAsync();
                await context.CloseAsync();
                continue;
            }
            // Closed while the network is there (so the server hears the close); no new socket and no
            // fallback transport (long polling would reconnect the circuit), then no network at all.
            await context.RouteAsync("**/_blazor**", route => route.AbortAsync());
            foreach (var page in context.Pages)
            {
                await page.EvaluateAsync("() => { window.WebSocket = class { constructor() { throw new Error('gone'); } }; window.__sockets.forEach(s => s.close()); }");
                await page.WaitForFunctionAsync("() => window.__sockets.every(s => s.readyState === 3)");
            }
            await context.SetOfflineAsync(true);
            await context.CloseAsync();
        }
        _open.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await LeaveAllAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private async Task<IBrowserContext> SignedInAsync()
    {
        var context = await _browser.NewContextAsync(new() { BaseURL = _address.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        // Keeps the page's sockets, so leaving can cut them for real (offline alone leaves an open socket be).
        await context.AddInitScriptAsync("""
            (() => { const Native = window.WebSocket; window.__sockets = [];
              window.WebSocket = class extends Native { constructor(...a) { super(...a); window.__sockets.push(this); } }; })();
            """);
        var page = await context.NewPageAsync();
        await page.GotoAsync("signin");
        // Signed in once the page the sign-in sends to has answered; its address and load event are not waited
        // for (Playwright sometimes never reported that load when the redirect had landed first: a 60 s time-out).
        await page.RunAndWaitForResponseAsync(
            () => page.Locator("button.demo-person[value='lukas']").ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Request.Method == "GET" && r.Status == 200 && !r.Url.Contains("/signin", StringComparison.Ordinal));
        return context;
    }
}

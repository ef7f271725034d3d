using Microsoft.Playwright;

namespace SalesOps.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (its driver ships in the package; no browser download).
/// The test command installs Chromium; without it these tests fail and say how to get it.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable("SALESOPS_CHROMIUM") is { Length: > 0 } p ? p
        : new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public async Task InitializeAsync()
    {
        var path = ExecutablePath ?? throw new InvalidOperationException(
            "Chromium is not installed. Run ./test.sh (it installs Debian's chromium) or set SALESOPS_CHROMIUM to a Chromium binary.");
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1400, int height = 900)
    {
        var context = await Chromium.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(15_000);
        // Keeps every WebSocket the page opens, so a test can cut the live connection for real
        // (going offline alone leaves an open socket untouched).
        await context.AddInitScriptAsync("""
            (() => { const Native = window.WebSocket; window.__sockets = [];
              window.WebSocket = class extends Native { constructor(...a) { super(...a); window.__sockets.push(this); } }; })();
            """);
        return await context.NewPageAsync();
    }

    /// <summary>Cuts the page's connection to the server: offline, and its open sockets closed.</summary>
    public static async Task DropConnectionAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Context.SetOfflineAsync(true);
        await page.EvaluateAsync("() => window.__sockets.forEach(s => s.close())");
    }

    /// <summary>Saves a screenshot next to the test results, for a person to look at.</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        _playwright?.Dispose();
    }
}

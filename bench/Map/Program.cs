using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using SalesOps.Tests.Support;

namespace SalesOps.MapBench;

// Big maps in the browser (#13): the real app on Kestrel in this process, Debian's Chromium driven by
// Playwright, signed in as the demo admin through the sign-in page; for each account size, opening the
// map, panning and zooming at the opening (fitted) view, dragging a card at reading zoom, and another
// user's change arriving. Method: docs/benchmarks.md ("Big maps in the browser"). Usage:
//   dotnet run -c Release --project bench/Map -- [--sizes 20,500,2000] [--steps 60] [--changes 30] [--opens 3]
public static class MapBenchmark
{
    public static async Task Main(string[] args)
    {
        // WebApplicationFactory finds the app's content root through the manifest beside this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var sizes = Option(args, "--sizes", "20,500,2000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var (steps, changes, opens) = (int.Parse(Option(args, "--steps", "60"), CultureInfo.InvariantCulture),
            int.Parse(Option(args, "--changes", "30"), CultureInfo.InvariantCulture), int.Parse(Option(args, "--opens", "3"), CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        var load = Load();
        var dir = Path.Combine(Path.GetTempPath(), "salesops-mapbench", Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(dir);
        try
        {
            // Development, as the browser tests run it: the demo team exists and signs in on the sign-in page.
            using var app = new AppFactory(dir, seed: true);
            var address = app.Start();
            var accounts = await Accounts.PrepareAsync(app, sizes, CancellationToken.None);
            Console.WriteLine($"Accounts ready after {clock.Elapsed.TotalSeconds:F0} s:");
            foreach (var a in accounts) Console.WriteLine("  " + a);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = Environment.GetEnvironmentVariable("SALESOPS_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
            var context = await browser.NewContextAsync(new() { BaseURL = address.ToString(), ViewportSize = new() { Width = 1600, Height = 1000 } });
            context.SetDefaultTimeout(30_000);
            await context.AddInitScriptAsync(scriptPath: Path.Combine(AppContext.BaseDirectory, "probe.js"));
            var page = await context.NewPageAsync();
            await SignInAsync(page);
            using var api = app.CreateClient(); // another client: the API with an access token of its own

            var probe = new MapProbe(page);
            await probe.OpenAsync(accounts[0].Id); // warms the server and the browser's cache; not counted
            var results = new List<SizeResult>();
            foreach (var account in accounts)
            {
                Console.WriteLine($"Measuring {account.Size:N0} people ({clock.Elapsed.TotalSeconds:F0} s in)…");
                probe.Missed = 0;
                var opened = new List<Opening>();
                for (var i = 0; i < opens; i++) opened.Add(await probe.OpenAsync(account.Id));
                Console.WriteLine($"  opened ({clock.Elapsed.TotalSeconds:F0} s in)");
                await Shot(page, account, "opened");
                var cpu = CpuMeter.Now();
                var pan = await Try("pan", () => probe.PanAsync(steps / 2), []);
                var zoom = await Try("zoom", () => probe.ZoomAsync(steps - steps / 2), []);
                Console.WriteLine($"  panned and zoomed ({clock.Elapsed.TotalSeconds:F0} s in)");
                var panZoomCpu = CpuMeter.Now() - cpu;
                var reading = await Try("find and zoom in", () => probe.FindAndZoomInAsync(account), false);
                await Shot(page, account, "reading");
                cpu = CpuMeter.Now();
                var drag = reading ? await Try("drag", () => probe.DragAsync(account, steps), []) : [];
                var dragCpu = CpuMeter.Now() - cpu;
                Console.WriteLine($"  at reading zoom: {reading}, dragged ({clock.Elapsed.TotalSeconds:F0} s in)");
                var live = await Try("live", () => LiveProbe.RunAsync(page, api, account, changes), new LiveResult([], [], changes, double.NaN));
                live.ApiAlone = await Try("the API alone", () => LiveProbe.ApiAloneAsync(page, api, account, Math.Min(changes, 10)), []);
                results.Add(new SizeResult(account, opened, pan, zoom, reading, drag, live, probe.Missed) { PanZoomCpu = panZoomCpu, DragCpu = dragCpu });
            }

            Report.Print(results, string.Create(CultureInfo.InvariantCulture,
                $"Machine: {Environment.ProcessorCount} cores, {Cpu()}, .NET {Environment.Version}, Chromium {browser.Version} headless 1600×1000; the app in Development (Release build), SQLite; whole run {clock.Elapsed.TotalSeconds:F0} s; load average at the start {load}, at the end {Load()} (other work on the machine slows every figure)."));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* left for the temp cleaner */ }
        }
    }

    /// <summary>
    /// As Lukas (Admin) through the sign-in page's demo buttons, as the browser tests sign in. The first
    /// pages of a fresh app on a busy machine can be slow: up to three tries of a minute each.
    /// </summary>
    private static async Task SignInAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.GotoAsync("/signin", new() { Timeout = 60_000 });
                await page.Locator("button.demo-person[value='lukas']").ClickAsync(new() { Timeout = 60_000 });
                await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal), new() { Timeout = 60_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                Console.WriteLine($"  signing in took over a minute; trying again ({attempt} of 3)");
            }
        }
    }

    /// <summary>One measurement that fails (a page changed under the bench) is reported and left empty; the others still run.</summary>
    private static async Task<T> Try<T>(string what, Func<Task<T>> measure, T empty)
    {
        try { return await measure(); }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            Console.WriteLine($"  {what} failed: {ex.Message.Split('\n')[0]}");
            return empty;
        }
    }

    /// <summary>A screenshot to look at (bench/Map's output folder, screenshots/), so a figure can be checked against what was on screen.</summary>
    private static async Task Shot(IPage page, BenchAccount account, string what)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, $"map-{account.Size}-{what}.png") });
    }

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?" : "?";

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}

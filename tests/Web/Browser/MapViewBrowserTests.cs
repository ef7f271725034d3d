using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Browser;

/// <summary>
/// Zoom and pan are shown by the page at once and the server, which owns the view, lands on the same
/// view (mapview.js): a wheel notch must not wait for a round trip, and must not end anywhere else.
/// </summary>
public sealed partial class MapViewBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_wheel_notch_moves_the_view_before_the_server_answers_and_the_server_renders_the_same_view()
    {
        var page = await OpenDemoMapAsync();
        var before = await ServerViewAsync(page);

        // Dispatched and read in one task of the page: nothing from the server can have arrived in between.
        var shown = await page.EvaluateAsync<string>("""
            () => { const c = document.querySelector('.map-canvas'), r = c.getBoundingClientRect();
              c.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, clientX: r.left + r.width / 3, clientY: r.top + r.height / 3, bubbles: true, cancelable: true }));
              return document.querySelector('.diagram-html-layer').style.transform; }
            """);

        var predicted = View.Parse(shown);
        predicted.Zoom.ShouldBeGreaterThan(before.Zoom, "a positive wheel delta zooms in, at once");
        var settled = await SettledAsync(page);
        settled.Zoom.ShouldBe(predicted.Zoom, 1e-4);
        settled.X.ShouldBe(predicted.X, 0.01);
        settled.Y.ShouldBe(predicted.Y, 0.01);
        (await page.Locator(".map-canvas").GetAttributeAsync("data-view-corrected")).ShouldBeNull("the server confirmed every predicted view");
    }

    [Fact]
    public async Task A_burst_of_wheel_notches_and_a_pan_end_on_the_view_the_server_computed()
    {
        var page = await OpenDemoMapAsync();
        var start = await ServerViewAsync(page);
        var canvas = (await page.Locator(".map-canvas").BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(canvas.X + canvas.Width * 0.4f, canvas.Y + canvas.Height * 0.6f);
        foreach (var delta in new[] { 100, 100, -100, 100, 100, 100, -100, 100 }) await page.Mouse.WheelAsync(0, delta);
        var (x, y) = await EmptySpotAsync(page);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        for (var i = 1; i <= 8; i++) await page.Mouse.MoveAsync(x + 9 * i, y - 4 * i);
        await page.Mouse.UpAsync();

        var shownBeforeSettling = View.Parse(await page.EvaluateAsync<string>("() => document.querySelector('.diagram-html-layer').style.transform"));
        var settled = await SettledAsync(page);
        settled.Zoom.ShouldBeGreaterThan(start.Zoom);
        settled.Zoom.ShouldBe(shownBeforeSettling.Zoom, 1e-4);
        (await page.Locator(".map-canvas").GetAttributeAsync("data-view-corrected")).ShouldBeNull("no view the page showed was taken back");
        await Support.Browser.ShotAsync(page, "map-view-after-burst");
    }

    private async Task<IPage> OpenDemoMapAsync()
    {
        var (_, address, api) = StartApp(seed: true);
        var account = (string)(await api.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var page = await NewPageAsync(address);
        await OpenMapAsync(page, account);
        return page;
    }

    /// <summary>The view Blazor last wrote into the layer (full precision; the page's own writes are rounded by the browser).</summary>
    private static async Task<View> ServerViewAsync(IPage page) =>
        View.Parse(await page.Locator(".diagram-html-layer").GetAttributeAsync("style") ?? "");

    /// <summary>Waits until the page waits for no server render, and gives the view the server wrote last.</summary>
    private static async Task<View> SettledAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.querySelector('.map-canvas').dataset.viewPending === '0'");
        return await ServerViewAsync(page);
    }

    private static async Task<(float X, float Y)> EmptySpotAsync(IPage page)
    {
        var spot = await page.EvaluateAsync<float[]>("""
            () => { const r = document.querySelector('.map-canvas').getBoundingClientRect();
              for (let fy = 0.95; fy > 0.05; fy -= 0.05) for (let fx = 0.05; fx < 0.95; fx += 0.05) {
                const x = r.left + r.width * fx, y = r.top + r.height * fy, hit = document.elementFromPoint(x, y);
                if (hit && hit.matches('.map-canvas, .diagram-svg-layer, .diagram-html-layer')) return [x, y]; }
              return null; }
            """);
        spot.ShouldNotBeNull("an empty spot of the canvas to pan from");
        return (spot[0], spot[1]);
    }

    private sealed record View(double X, double Y, double Zoom)
    {
        public static View Parse(string style)
        {
            var m = Transform().Match(style);
            m.Success.ShouldBeTrue($"a transform in '{style}'");
            double D(int i) => double.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture);
            return new(D(1), D(2), D(3));
        }
    }

    [GeneratedRegex(@"translate\((-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\)\s*scale\(([\d.e+-]+)\)")]
    private static partial Regex Transform();
}

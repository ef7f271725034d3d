using System.Text.Json;
using Microsoft.Playwright;

namespace SalesOps.MapBench;

/// <summary>One opening of a map, in page milliseconds from navigation start.</summary>
public sealed record Opening(double Done, double Html, double Socket, double FirstCard, double Ready, int Drawn, int Total, double LongTasks)
{
    /// <summary>CPU time the opening cost (navigation to all drawn, plus the bench's polling).</summary>
    public Cpu Cpu { get; init; }
}

/// <summary>One input step: input event → style changed → the frame begins → that frame is done (page milliseconds).</summary>
public sealed record Step(double Start, double Changed, double Frame, double Painted)
{
    public double Latency => Frame - Start;

    /// <summary>When the server's render of a zoom or pan the page showed at once arrived (NaN: not such a step).</summary>
    public double Settled { get; init; } = double.NaN;

    public double SettledLatency => Settled - Start;
}

/// <summary>Drives one signed-in page through the map: opening, panning, zooming, finding and dragging.</summary>
public sealed class MapProbe(IPage page)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(5);

    public IPage Page => page;

    /// <summary>Opens the map afresh (a new document, so a new circuit) and waits for the probe's "all cards drawn".</summary>
    public async Task<Opening> OpenAsync(string accountId)
    {
        var cpu = CpuMeter.Now();
        await page.GotoAsync($"/accounts/{accountId}", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => window.__bench?.open.done !== undefined", null, new() { Timeout = 120_000, PollingInterval = 50 });
        var o = await page.EvaluateAsync<JsonElement>("""
            () => { const o = __bench.open, nav = performance.getEntriesByType('navigation')[0];
              const busy = __bench.longTasks.filter(([s]) => s < o.done).reduce((a, [s, d]) => a + Math.min(d, o.done - s), 0);
              return { ...o, html: nav.responseEnd, busy }; }
            """);
        double D(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
        return new Opening(D("done"), D("html"), D("socket"), D("firstCard"), D("ready"), (int)D("drawn"), (int)D("total"), D("busy")) { Cpu = CpuMeter.Now() - cpu };
    }

    /// <summary>Pans by dragging an empty spot of the canvas, <paramref name="steps"/> pointer moves of 6 px.</summary>
    public async Task<List<Step>> PanAsync(int steps)
    {
        var spot = await page.EvaluateAsync<JsonElement?>("() => __bench.emptySpot()");
        if (spot is not { ValueKind: JsonValueKind.Object } s) throw new InvalidOperationException("No empty spot on the canvas to pan from.");
        var (x, y) = (s.GetProperty("x").GetDouble(), s.GetProperty("y").GetDouble());
        return await PointerStepsAsync("layer", x, y, steps, 6, 3);
    }

    /// <summary>Zooms with the wheel at the canvas' middle, one notch in and one out by turns (in first: the fitted view may be at the least zoom).</summary>
    public async Task<List<Step>> ZoomAsync(int steps)
    {
        var (x, y) = await CanvasMiddleAsync();
        await page.Mouse.MoveAsync(x, y);
        _missedInARow = 0;
        var result = new List<Step>();
        for (var i = 0; i < steps; i++)
        {
            if (await StepAsync("layer", "wheel", () => page.Mouse.WheelAsync(0, i % 2 == 0 ? 100 : -100)) is { } step) result.Add(step);
            else if (ThreeMissedInARow) break;
        }
        return result;
    }

    /// <summary>
    /// Reading zoom on one person: types their name into the map's find (which centres and selects
    /// them), then wheels in at their node (at the canvas' middle while it is not drawn) until it is at
    /// least 150 px wide; false when it never gets there. Turns the wheel the other way if a notch
    /// made the node smaller, so a changed zoom direction does not break the bench.
    /// </summary>
    public async Task<bool> FindAndZoomInAsync(BenchAccount account)
    {
        await page.FillAsync("#find", account.PersonName);
        await page.PressAsync("#find", "Enter");
        await page.WaitForTimeoutAsync(500); // the centring round trip; the loop below copes if it takes longer
        var (notch, before) = (100, 0.0);
        for (var i = 0; i < 150; i++)
        {
            var box = await BoxAsync(account.PersonId);
            if (box is { Width: >= 150 }) return true;
            if (box is { } shrunk && shrunk.Width < before) notch = -notch;
            before = box?.Width ?? 0;
            var (x, y) = box is { } b ? ((float)(b.X + b.Width / 2), (float)(b.Y + b.Height / 2)) : await CanvasMiddleAsync();
            await page.Mouse.MoveAsync(x, y);
            if (await StepAsync("layer", "wheel", () => page.Mouse.WheelAsync(0, notch)) is null) return false;
        }
        return false;
    }

    /// <summary>
    /// Presses on the person's card and moves it in <paramref name="steps"/> pointer moves of 4 px.
    /// Presses a third in from the left, a third down: away from the link handles at the edges' middles.
    /// </summary>
    public async Task<List<Step>> DragAsync(BenchAccount account, int steps)
    {
        var box = await BoxAsync(account.PersonId) ?? throw new InvalidOperationException($"{account.PersonName}'s card is not on screen.");
        var result = await PointerStepsAsync(account.PersonId, box.X + box.Width / 3, box.Y + box.Height / 3, steps, 4, 2);
        await page.WaitForTimeoutAsync(500); // the dropped position is saved; let it settle before the next measurement
        return result;
    }

    private async Task<List<Step>> PointerStepsAsync(string target, double x, double y, int steps, double dx, double dy)
    {
        _missedInARow = 0;
        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.DownAsync();
        var result = new List<Step>();
        for (var i = 1; i <= steps; i++)
        {
            // Out and back by turns (a triangle wave), so a long series stays on the canvas and every step moves.
            var (half, at) = (Math.Max(1, steps / 2), i % (2 * Math.Max(1, steps / 2)));
            var k = at <= half ? at : 2 * half - at;
            var (tx, ty) = ((float)(x + dx * k), (float)(y + dy * k));
            if (await StepAsync(target, "pointermove", () => page.Mouse.MoveAsync(tx, ty)) is { } step) result.Add(step);
            else if (ThreeMissedInARow) break;
        }
        await page.Mouse.UpAsync();
        return result;
    }

    /// <summary>Missed steps (no change on screen within the timeout), counted for the report.</summary>
    public int Missed { get; set; }

    private int _missedInARow;

    // A series whose target never moves (a changed page) gives up instead of waiting out every step.
    private bool ThreeMissedInARow => _missedInARow >= 3;

    private async Task<Step?> StepAsync(string target, string type, Func<Task> input)
    {
        if (!await page.EvaluateAsync<bool>("([t, e]) => __bench.arm(t, e)", new[] { target, type }))
            throw new InvalidOperationException($"Nothing to watch for '{target}'.");
        await input();
        try
        {
            await page.WaitForFunctionAsync("() => __bench.step.painted !== null", null, new() { Timeout = (float)StepTimeout.TotalMilliseconds, PollingInterval = 5 });
        }
        catch (TimeoutException)
        {
            await page.EvaluateAsync("() => __bench.cancel()");
            Missed++;
            _missedInARow++;
            return null;
        }
        _missedInARow = 0;
        if (target == "layer" && await page.EvaluateAsync<bool>("() => document.querySelector('.diagram-canvas')?.dataset.viewPending !== undefined"))
        {
            // The next step starts from the view the server settled on, as it did before the page predicted views.
            try { await page.WaitForFunctionAsync("() => __bench.step.settled !== null", null, new() { Timeout = (float)StepTimeout.TotalMilliseconds, PollingInterval = 5 }); }
            catch (TimeoutException) { /* counted as not settled: NaN */ }
        }
        var s = await page.EvaluateAsync<JsonElement>("() => { __bench.cancel(); return __bench.step; }");
        double D(string name) => s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
        return new Step(D("start"), D("changed"), D("end"), D("painted")) { Settled = D("settled") };
    }

    private async Task<(double X, double Y, double Width, double Height)?> BoxAsync(string id) =>
        await page.EvaluateAsync<JsonElement?>("id => __bench.box(id)", id) is { ValueKind: JsonValueKind.Object } b
            ? (b.GetProperty("x").GetDouble(), b.GetProperty("y").GetDouble(), b.GetProperty("width").GetDouble(), b.GetProperty("height").GetDouble())
            : null;

    private async Task<(float X, float Y)> CanvasMiddleAsync()
    {
        var box = await page.Locator(".diagram-canvas").BoundingBoxAsync() ?? throw new InvalidOperationException("No canvas.");
        return ((float)(box.X + box.Width / 2), (float)(box.Y + box.Height / 2));
    }
}

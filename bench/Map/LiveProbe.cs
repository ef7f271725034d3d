using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace SalesOps.MapBench;

/// <summary>Another user's saved changes, and how long until the open map shows them.</summary>
public sealed record LiveResult(List<double> Visible, List<double> Api, int Missed, double ClockError)
{
    /// <summary>The same PATCH with no page open on the map.</summary>
    public List<double> ApiAlone { get; set; } = [];
}

/// <summary>
/// A second client changes the found person's title through the HTTP API (PATCH, with an access token);
/// the first page reports the frame in which the card shows the new title. The clock starts in this
/// process (Stopwatch, just before the request) and stops in the page (performance.now() in that frame's
/// requestAnimationFrame); the page's clock is put on this process' clock by the round trip of
/// evaluating performance.now() (the shortest of 20, its error half that round trip), as NTP does.
/// </summary>
public static class LiveProbe
{
    public static async Task<LiveResult> RunAsync(IPage page, HttpClient api, BenchAccount account, int changes)
    {
        var (offset, error) = await PageClockAsync(page);
        var (visible, calls, missed) = (new List<double>(), new List<double>(), 0);
        for (var i = 0; i < changes; i++)
        {
            var title = $"Bench title {i} {Guid.NewGuid().ToString("n")[..6]}";
            await page.EvaluateAsync("([id, text]) => __bench.armLive(id, text)", new[] { account.PersonId, title });
            var sent = Stopwatch.GetTimestamp();
            using (var response = await api.PatchAsJsonAsync($"/api/accounts/{account.Id}/nodes/{account.PersonId}", new { title }))
                response.EnsureSuccessStatusCode();
            calls.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            try
            {
                await page.WaitForFunctionAsync("() => __bench.live.painted !== null", null, new() { Timeout = 5_000, PollingInterval = 5 });
            }
            catch (TimeoutException)
            {
                missed++;
                continue;
            }
            var frame = (await page.EvaluateAsync<JsonElement>("() => __bench.live.end")).GetDouble();
            visible.Add(frame - offset - Milliseconds(sent));
        }
        return new LiveResult(visible, calls, missed, error);
    }

    /// <summary>
    /// The PATCH alone, with no page showing the map (the page is sent to the account list first), to
    /// tell the save's own cost from the map's circuit re-rendering beside it on the same cores.
    /// </summary>
    public static async Task<List<double>> ApiAloneAsync(IPage page, HttpClient api, BenchAccount account, int changes)
    {
        await page.GotoAsync("/");
        var calls = new List<double>();
        for (var i = 0; i < changes; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            using (var response = await api.PatchAsJsonAsync($"/api/accounts/{account.Id}/nodes/{account.PersonId}", new { title = $"Alone {i}" }))
                response.EnsureSuccessStatusCode();
            calls.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
        return calls;
    }

    /// <summary>page performance.now() − this process' Stopwatch milliseconds, and how far off that may be.</summary>
    private static async Task<(double Offset, double Error)> PageClockAsync(IPage page)
    {
        var best = (Offset: 0.0, Rtt: double.MaxValue);
        for (var i = 0; i < 20; i++)
        {
            var before = Milliseconds(Stopwatch.GetTimestamp());
            var now = await page.EvaluateAsync<double>("() => performance.now()");
            var after = Milliseconds(Stopwatch.GetTimestamp());
            if (after - before < best.Rtt) best = (now - (before + after) / 2, after - before);
        }
        return (best.Offset, best.Rtt / 2);
    }

    private static double Milliseconds(long timestamp) => timestamp * 1000.0 / Stopwatch.Frequency;
}

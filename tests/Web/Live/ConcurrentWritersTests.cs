using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using Xunit.Abstractions;

namespace SalesOps.Tests.Web.Live;

/// <summary>
/// Many people editing one map at once, through the real API into a real SQLite file: no edit is
/// lost, versions have no gaps, and a hub client hears of every version exactly once, in version order.
/// </summary>
public sealed class ConcurrentWritersTests(ITestOutputHelper output) : AppTest
{
    private const int Writers = 20;
    private const int EditsPerWriter = 500;   // 10,000 in all
    private const int Counters = 4;
    private const int CounterEvery = 5;       // every fifth edit of a writer increments a shared counter

    [Fact]
    public async Task Twenty_writers_making_ten_thousand_edits_lose_none_and_the_hub_hears_each_version_once_in_order()
    {
        // Twenty writers at full speed are far above what the rate limit lets one user do: switched off here.
        var (_, uri, api) = StartApp(seed: false, new Dictionary<string, string?> { ["SALESOPS_RATE_LIMIT"] = "0" });
        var account = await api.CreateAccountAsync("Busy Map AG");
        var own = new (string Id, long Version)[Writers];
        for (var w = 0; w < Writers; w++) own[w] = await AddAsync(api, account, $"Writer {w}", "0");
        var counters = new (string Id, long Version)[Counters];
        for (var c = 0; c < Counters; c++) counters[c] = await AddAsync(api, account, $"Counter {c}", "0");
        var start = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;
        await using var hub = await HubClient.ConnectAsync(uri);
        (await hub.JoinAsync(account)).ShouldBe(start);

        var versions = new ConcurrentBag<long>();
        var conflicts = 0;
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var (id, version) = own[w];
            var mine = new List<long>();
            var known = counters.Select(c => (c.Version, Value: 0L)).ToArray(); // this writer's last view of each counter
            for (var i = 1; i <= EditsPerWriter; i++)
            {
                if (i % CounterEvery == 0)
                {
                    var c = (w + i) % Counters;
                    while (true)
                    {
                        // Increment what this writer last saw; a 409 carries the counter as it is now: the re-read.
                        var (status, body) = await api.SendAsync(HttpMethod.Patch, Node(account, counters[c].Id), new { title = $"{known[c].Value + 1}", baseVersion = known[c].Version });
                        if (status == HttpStatusCode.OK)
                        {
                            known[c] = ((long)body!["version"]!, known[c].Value + 1);
                            mine.Add(known[c].Version);
                            break;
                        }
                        status.ShouldBe(HttpStatusCode.Conflict, body?.ToJsonString());
                        Interlocked.Increment(ref conflicts);
                        known[c] = ((long)body!["current"]!["version"]!, Number(body["current"]!["title"]));
                    }
                }
                else
                {
                    var node = await api.OkAsync(HttpMethod.Patch, Node(account, id), new { title = $"{i - i / CounterEvery}", baseVersion = version });
                    version = (long)node["version"]!;
                    mine.Add(version);
                }
            }
            mine.ShouldBe([.. mine.Order()], "a writer's own edits got versions out of order");
            foreach (var v in mine) versions.Add(v);
        })));
        var writing = sw.Elapsed;
        await hub.WaitForAsync("MapChanged", m => m.Count >= Writers * EditsPerWriter, seconds: 60);
        var hearing = sw.Elapsed;

        var expected = Enumerable.Range(1, Writers * EditsPerWriter).Select(i => start + i).ToList();
        versions.Order().ToList().ShouldBe(expected, "the committed versions have gaps or repeats");
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        ((long)map["version"]!).ShouldBe(start + Writers * EditsPerWriter);
        var titles = map["nodes"]!.AsArray().ToDictionary(n => (string)n!["id"]!, n => Number(n!["title"]));
        own.Select(o => titles[o.Id]).ShouldAllBe(t => t == EditsPerWriter - EditsPerWriter / CounterEvery);
        counters.Sum(c => titles[c.Id]).ShouldBe(Writers * (EditsPerWriter / CounterEvery));
        // One more edit once all are heard: one account's messages go out in version order, so when it
        // arrives anything sent twice or late has arrived before it (no sleep and hope).
        var last = (long)(await api.OkAsync(HttpMethod.Patch, Node(account, own[0].Id), new { x = 1 }))["version"]!;
        await hub.WaitForAsync("MapChanged", m => m.Any(x => (long)x["version"]! == last), seconds: 60);
        var outOfOrder = hub.Versions.Zip(hub.Versions.Skip(1)).Count(p => p.Second < p.First);
        output.WriteLine($"{Writers * EditsPerWriter} edits by {Writers} writers in {writing.TotalSeconds:F1} s " +
            $"({Writers * EditsPerWriter / writing.TotalSeconds:F0}/s), {conflicts} conflicts retried; hub had all after {hearing.TotalSeconds:F1} s, {outOfOrder} out of order");
        hub.Versions.ShouldBe([.. expected, last], "the hub client got versions out of order, twice or not at all");
    }


    private static long Number(JsonNode? title) => long.Parse((string)title!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Node(string account, string id) => $"/api/accounts/{account}/nodes/{id}";

    private static async Task<(string Id, long Version)> AddAsync(ApiClient api, string account, string name, string title)
    {
        var node = await api.PostAsync($"/api/accounts/{account}/nodes", new { kind = "Person", name, title, level = "Specialist" });
        return ((string)node["id"]!, (long)node["version"]!);
    }
}

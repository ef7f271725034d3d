using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>
/// Neo4j killed (SIGKILL) and started again while the real app keeps taking writes: /health says the
/// store is unavailable within seconds and a write then is refused within seconds as a 503 ProblemDetails
/// with Retry-After, every write the API acknowledged is there afterwards, and the same app process works
/// again without a restart.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jRestartTests(Neo4jTestServer server) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Neo4j_killed_and_restarted_is_reported_within_seconds_loses_no_acknowledged_write_and_the_app_recovers()
    {
        await server.ResetAsync();
        using var app = new AppFactory(_dir.Path, seed: false, new Dictionary<string, string?>
        {
            ["SALESOPS_STORE"] = "neo4j",
            ["SALESOPS_NEO4J_URI"] = server.Uri.ToString(),
            ["SALESOPS_NEO4J_PASSWORD"] = Neo4jTestServer.Password,
        });
        app.Start();
        var api = new ApiClient(app.CreateClient());
        var account = await api.CreateAccountAsync("Crash Test GmbH");
        var acknowledged = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var (status, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/nodes", new { kind = "Person", name = $"Person {i}" });
                if (status == HttpStatusCode.Created) acknowledged.Enqueue((string)body!["id"]!);
                else await Task.Delay(100);
            }
        });
        await Eventually.ThatAsync(() => Task.FromResult(acknowledged.Count), n => n >= 5, "five acknowledged writes", 30);

        await server.KillAsync();
        var killed = Stopwatch.StartNew();
        await WaitForHealthAsync(api, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10));
        var reported = killed.Elapsed;
        // A write while the store is down is refused at once as a ProblemDetails: 503 with Retry-After.
        var refusing = Stopwatch.StartNew();
        using var refused = await api.Http.PostAsync($"/api/accounts/{account}/nodes", JsonContent.Create(new { kind = "Person", name = "During the outage" }));
        var refusedIn = refusing.Elapsed;
        var refusal = JsonNode.Parse(await refused.Content.ReadAsStringAsync());
        var beforeRestart = acknowledged.Count;
        await server.StartAgainAsync();
        await WaitForHealthAsync(api, HttpStatusCode.OK, TimeSpan.FromSeconds(30));
        await Eventually.ThatAsync(() => Task.FromResult(acknowledged.Count), n => n > beforeRestart + 3, "writes acknowledged again", 30);
        await stop.CancelAsync();
        await writer;

        reported.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        (refused.StatusCode, refused.Content.Headers.ContentType?.MediaType).ShouldBe((HttpStatusCode.ServiceUnavailable, "application/problem+json"), refusal?.ToJsonString());
        refused.Headers.RetryAfter?.Delta.ShouldNotBeNull();
        ((string?)refusal!["title"]).ShouldNotBeNullOrWhiteSpace();
        refusedIn.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        var stored = map["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToHashSet();
        acknowledged.Where(id => !stored.Contains(id)).ShouldBeEmpty("acknowledged but lost");
        // At most the one write in flight at the kill is stored without an acknowledgement (its answer
        // was lost and Neo4j could not be asked); none is stored twice.
        (stored.Count - acknowledged.Count).ShouldBeInRange(0, 1);
    }

    private static async Task WaitForHealthAsync(ApiClient api, HttpStatusCode expected, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (status, body) = await api.SendAsync(HttpMethod.Get, "/health");
            if (status == expected) return;
            if (clock.Elapsed > within) throw new TimeoutException($"/health still answers {status} after {within.TotalSeconds} s: {body}");
            await Task.Delay(200);
        }
    }

    public void Dispose() => _dir.Dispose();
}

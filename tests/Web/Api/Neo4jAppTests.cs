using System.Diagnostics;
using System.Net;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>The real app configured for Neo4j: seeded and served from the test server, or unhealthy with the reason.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jAppTests(Neo4jTestServer server) : AppTest
{
    [Fact]
    public async Task The_app_seeds_and_serves_maps_from_Neo4j()
    {
        await server.ResetAsync();
        var (app, _, api) = StartApp(seed: true, Settings(server.Uri.ToString(), Neo4jTestServer.Password));

        var health = await api.GetAsync("/health");
        var accounts = (await api.GetAsync("/api/accounts")).AsArray();
        var account = await api.CreateAccountAsync("Acme Automation AG");
        var person = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", roles = new[] { "Signer" }, x = 10, y = -20 });
        var map = await api.GetAsync($"/api/accounts/{account}/map");

        ((string)health["checks"]!["store"]!["description"]!).ShouldStartWith("Neo4j 3.1.1 at ");
        accounts.Count.ShouldBeGreaterThanOrEqualTo(6);
        var node = map["nodes"]!.AsArray().Single()!;
        ((string)node["id"]!, (double)node["x"]!, (double)node["y"]!).ShouldBe((person, 10.0, -20.0));
        ((long)map["version"]!).ShouldBe(2);
    }

    [Fact]
    public async Task On_Neo4j_the_map_api_creates_edits_moves_refuses_stale_edits_and_deletes()
    {
        await server.ResetAsync();
        var (app, _, api) = StartApp(seed: false, Settings(server.Uri.ToString(), Neo4jTestServer.Password));
        var account = await api.CreateAccountAsync("Vidal Packaging S.A.");
        var maria = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", roles = new[] { "DecisionMaker" } });
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis, strength = 4 });
        var influence = await api.ConnectAsync(account, new { type = "INFLUENCES", from = luis, to = maria, strength = 3 });
        var seen = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;

        var edited = await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{maria}", new { title = "CEO", stance = "Skeptic", baseVersion = seen });
        var moved = await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{luis}", new { x = 240.5, y = 120 });
        var (stale, problem) = await api.SendAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{maria}", new { title = "COO", baseVersion = seen });
        var (duplicate, _) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = luis, to = maria });
        var reach = await api.GetAsync($"/api/accounts/{account}/reach");
        var deleted = await api.OkAsync(HttpMethod.Delete, $"/api/accounts/{account}/nodes/{luis}");
        var map = await api.GetAsync($"/api/accounts/{account}/map");

        ((string)edited["title"]!, (string)edited["stance"]!).ShouldBe(("CEO", "Skeptic"));
        ((double)moved["x"]!, (double)moved["y"]!).ShouldBe((240.5, 120.0));
        stale.ShouldBe(HttpStatusCode.Conflict);
        ((string)problem!["current"]!["title"]!).ShouldBe("CEO");
        duplicate.ShouldBe(HttpStatusCode.Conflict);
        reach["paths"]!.AsArray().Single()!["edges"]!.AsArray().Select(e => (string)e!).ShouldContain(influence);
        ((int)deleted["removedEdges"]!).ShouldBe(2);
        map["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ShouldBe([maria, ana], ignoreOrder: true);
        map["edges"]!.AsArray().ShouldBeEmpty();
        ((long)map["version"]!).ShouldBe(seen + 3);
    }

    [Fact]
    public async Task An_unreachable_Neo4j_leaves_the_app_running_and_health_unhealthy_with_the_address()
    {
        var clock = Stopwatch.StartNew();
        var (app, _, api) = StartApp(seed: true, Settings("http://127.0.0.1:9", null));

        var (status, body) = await api.SendAsync(HttpMethod.Get, "/health");

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ((string)body!["checks"]!["store"]!["description"]!).ShouldContain("Neo4j at http://127.0.0.1:9 cannot be reached");
    }

    private static Dictionary<string, string?> Settings(string uri, string? password) => new()
    {
        ["SALESOPS_STORE"] = "neo4j",
        ["SALESOPS_NEO4J_URI"] = uri,
        ["SALESOPS_NEO4J_USER"] = "neo4j",
        ["SALESOPS_NEO4J_PASSWORD"] = password,
    };
}

using System.Diagnostics;
using System.Net;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>The real app configured for Neo4j: seeded and served from the test server, or unhealthy with the reason.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jAppTests(Neo4jTestServer server) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task The_app_seeds_and_serves_maps_from_Neo4j()
    {
        await server.ResetAsync();
        using var app = new AppFactory(_dir.Path, seed: true, Settings(server.Uri.ToString(), Neo4jTestServer.Password));
        app.Start();
        var api = new ApiClient(app.CreateClient());

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
    public async Task An_unreachable_Neo4j_leaves_the_app_running_and_health_unhealthy_with_the_address()
    {
        var clock = Stopwatch.StartNew();
        using var app = new AppFactory(_dir.Path, seed: true, Settings("http://127.0.0.1:9", null));
        app.Start();
        var api = new ApiClient(app.CreateClient());

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

    public void Dispose() => _dir.Dispose();
}

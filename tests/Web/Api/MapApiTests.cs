using System.Net;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>The map API end to end on a real SQLite file, including a restart of the app.</summary>
public sealed class MapApiTests : AppTest
{
    [Fact]
    public async Task A_first_start_seeds_the_demo_accounts_and_serves_their_maps()
    {
        var (app, _, api) = StartApp(seed: true);

        var accounts = (await api.GetAsync("/api/accounts")).AsArray();

        accounts.Count.ShouldBeGreaterThanOrEqualTo(6);
        var map = await api.GetAsync($"/api/accounts/{accounts[0]!["id"]}/map");
        ((long)map["version"]!).ShouldBeGreaterThanOrEqualTo(1);
        var kinds = map["nodes"]!.AsArray().Select(n => (string)n!["kind"]!).Distinct().ToList();
        kinds.ShouldBe(["Person", "Counterpart", "Function", "Meeting", "Concern", "Argument"], ignoreOrder: true);
        var types = map["edges"]!.AsArray().Select(e => (string)e!["type"]!).Distinct().ToList();
        types.ShouldBe(["REPORTS_TO", "INFLUENCES", "TALKS_WITH", "WORKS_IN", "ATTENDED", "RAISED", "ANSWERS"], ignoreOrder: true);
    }

    [Fact]
    public async Task Nodes_and_edges_are_created_edited_moved_and_deleted_through_the_api()
    {
        var (app, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Acme Automation AG");
        var purchasing = await api.AddNodeAsync(account, new { kind = "Function", name = "Purchasing", involvement = "Direct" });
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", title = "Head of Procurement", level = "Director", roles = new[] { "Purchaser", "Signer" }, stance = "Supporter", functionId = purchasing });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", teamRole = "AccountManager", level = "Manager" });
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis, strength = 4, cadenceDays = 30, lastContact = "2026-11-02", goal = "Renew the frame contract" });

        var node = await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{luis}", new { stance = "Champion", x = 120.5, y = 40 });
        var edge = await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/edges/{talks}", new { strength = 5, status = "Dormant" });

        ((string)node["stance"]!, (double)node["x"]!, (string)node["functionId"]!).ShouldBe(("Champion", 120.5, purchasing));
        ((int)edge["strength"]!, (string)edge["status"]!, (string)edge["lastContact"]!).ShouldBe((5, "Dormant", "2026-11-02"));
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        ((long)map["version"]!).ShouldBe(7);
        map["edges"]!.AsArray().Count.ShouldBe(2); // WORKS_IN from functionId, and TALKS_WITH

        var deleted = await api.OkAsync(HttpMethod.Delete, $"/api/accounts/{account}/nodes/{luis}");

        ((int)deleted["removedEdges"]!).ShouldBe(2);
        (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_restart_keeps_every_change()
    {
        string account, person, before;
        using (var first = new AppFactory(Dir.Path, seed: false))
        {
            first.Start();
            var api = new ApiClient(first.CreateClient());
            account = await api.CreateAccountAsync("Restart GmbH");
            person = await api.AddNodeAsync(account, new { kind = "Person", name = "Jon Ortiz", level = "Manager" });
            await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{person}", new { x = 300, y = 150 });
            await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}", new { position = "Active", shareOfWallet = 20 });
            before = await api.MapTextAsync(account);
        }

        using var second = new AppFactory(Dir.Path, seed: false);
        second.Start();
        var again = new ApiClient(second.CreateClient());

        (await again.MapTextAsync(account)).ShouldBe(before);
        var acc = await again.GetAsync($"/api/accounts/{account}");
        ((string)acc["position"]!, (int)acc["shareOfWallet"]!).ShouldBe(("Active", 20));
    }

    [Fact]
    public async Task Health_reports_the_store_and_OpenAPI_documents_the_api()
    {
        var (app, _, api) = StartApp(seed: false);

        var health = await api.GetAsync("/health");
        var openApi = await api.GetAsync("/openapi/v1.json");

        ((string)health["status"]!).ShouldBe("Healthy");
        ((string)health["checks"]!["store"]!["description"]!).ShouldContain("SQLite");
        openApi["paths"]!.AsObject().Select(p => p.Key).ShouldContain("/api/accounts/{accountId}/map");
    }

    [Fact]
    public async Task An_unusable_data_folder_makes_health_unhealthy_with_the_reason()
    {
        var blocker = Path.Combine(Dir.Path, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var app = new AppFactory(blocker, seed: true);
        app.Start();
        var api = new ApiClient(app.CreateClient());

        var (status, body) = await api.SendAsync(HttpMethod.Get, "/health");

        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ((string)body!["checks"]!["store"]!["description"]!).ShouldContain("SALESOPS_DATA");
    }
}

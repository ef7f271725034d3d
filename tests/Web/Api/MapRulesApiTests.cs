using System.Net;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>Every rule of the map refused through the API with the right status, and nothing changed.</summary>
public sealed class MapRulesApiTests : IClassFixture<MapRulesApiTests.App>
{
    private readonly ApiClient _api;

    public MapRulesApiTests(App app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _api = new ApiClient(app.Factory.CreateClient());
    }

    public sealed class App : IDisposable
    {
        private readonly TempDirectory _dir = new();

        public App()
        {
            Factory = new AppFactory(_dir.Path, seed: false);
            Factory.Start();
        }

        public AppFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _dir.Dispose();
        }
    }

    /// <summary>An account with a CFO, a buyer reporting to her, an engineer, and one of ours.</summary>
    private async Task<(string Account, string Cfo, string Buyer, string Engineer, string Ours)> AccountAsync()
    {
        var account = await _api.CreateAccountAsync();
        var cfo = await _api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", roles = new[] { "DecisionMaker" } });
        var buyer = await _api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Director" });
        var engineer = await _api.AddNodeAsync(account, new { kind = "Person", name = "Eva Martín", level = "Manager" });
        var ours = await _api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", teamRole = "AccountManager", level = "Manager" });
        await _api.ConnectAsync(account, new { type = "REPORTS_TO", from = buyer, to = cfo });
        await _api.ConnectAsync(account, new { type = "REPORTS_TO", from = engineer, to = buyer });
        return (account, cfo, buyer, engineer, ours);
    }

    private async Task RefusedAsync(string account, HttpMethod method, string url, object? body, HttpStatusCode expected, string? mentions = null, string? ifMatch = null)
    {
        var before = await _api.MapTextAsync(account);

        var (status, problem) = await _api.SendAsync(method, url, body, ifMatch);

        status.ShouldBe(expected, $"{method} {url} {System.Text.Json.JsonSerializer.Serialize(body)} → {problem}");
        ((int?)problem?["status"]).ShouldBe((int)expected);
        ((string?)problem?["detail"]).ShouldNotBeNullOrWhiteSpace();
        if (mentions is not null) ((string)problem!["detail"]!).ShouldContain(mentions, Case.Insensitive);
        (await _api.MapTextAsync(account)).ShouldBe(before, "a refused change must leave the map as it was");
    }

    [Theory]
    [InlineData("""{"kind":"Person","name":""}""", "name is required")]
    [InlineData("""{"kind":"Person","name":"   "}""", "name is required")]
    [InlineData("""{"kind":"Person","name":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", "at most 100")]
    [InlineData("""{"kind":"Person","name":"Ok","stance":"Enthusiast"}""", "stance")]
    [InlineData("""{"kind":"Person","name":"Ok","strenght":3}""", "strenght")]
    [InlineData("""{"kind":"Counterpart","name":"Ok","stance":"Champion"}""", "applies to a Person only")]
    [InlineData("""{"kind":"Person","name":"Ok","email":"not-an-email"}""", "not an email")]
    [InlineData("""{"kind":"Person","name":"Ok","functionId":"f-missing"}""", "no function")]
    public async Task Invalid_nodes_are_refused_with_400(string body, string mentions)
    {
        var (account, _, _, _, _) = await AccountAsync();
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/nodes", body, HttpStatusCode.BadRequest, mentions);
    }

    [Fact]
    public async Task Strengths_outside_1_to_5_are_refused()
    {
        var (account, cfo, buyer, _, ours) = await AccountAsync();
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = buyer, to = cfo, strength = 0 }, HttpStatusCode.BadRequest, "between 1 and 5");
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "TALKS_WITH", from = ours, to = cfo, strength = 6 }, HttpStatusCode.BadRequest, "between 1 and 5");
    }

    [Fact]
    public async Task A_self_loop_is_refused()
    {
        var (account, cfo, _, _, _) = await AccountAsync();
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = cfo, to = cfo }, HttpStatusCode.BadRequest, "itself");
    }

    [Fact]
    public async Task A_duplicate_edge_of_the_same_type_is_a_conflict()
    {
        var (account, cfo, buyer, _, _) = await AccountAsync();
        await _api.ConnectAsync(account, new { type = "INFLUENCES", from = buyer, to = cfo, strength = 4 });
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = buyer, to = cfo, strength = 2 }, HttpStatusCode.Conflict, "already");
    }

    [Fact]
    public async Task A_second_solid_manager_is_refused_but_a_dotted_line_is_allowed()
    {
        var (account, _, _, engineer, _) = await AccountAsync();
        var other = await _api.AddNodeAsync(account, new { kind = "Person", name = "Jon Ortiz", level = "Director" });
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "REPORTS_TO", from = engineer, to = other }, HttpStatusCode.BadRequest, "one solid manager");

        await _api.ConnectAsync(account, new { type = "REPORTS_TO", from = engineer, to = other, dotted = true });
    }

    [Fact]
    public async Task A_reporting_cycle_is_refused()
    {
        var (account, cfo, _, engineer, _) = await AccountAsync();
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "REPORTS_TO", from = cfo, to = engineer }, HttpStatusCode.BadRequest, "already reports");
    }

    [Fact]
    public async Task Edge_endpoints_must_be_of_the_right_kinds()
    {
        var (account, cfo, buyer, _, ours) = await AccountAsync();
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "TALKS_WITH", from = buyer, to = cfo }, HttpStatusCode.BadRequest, "from a Counterpart");
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = ours, to = cfo }, HttpStatusCode.BadRequest, "is a Counterpart");
    }

    [Fact]
    public async Task Edge_endpoints_must_be_in_the_same_account()
    {
        var (account, cfo, _, _, _) = await AccountAsync();
        var (_, otherCfo, _, _, _) = await AccountAsync();
        await RefusedAsync(account, HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = otherCfo, to = cfo }, HttpStatusCode.BadRequest, "no node");
    }

    [Fact]
    public async Task Unknown_accounts_nodes_and_edges_are_404()
    {
        var (account, _, _, _, _) = await AccountAsync();
        (await _api.SendAsync(HttpMethod.Get, "/api/accounts/acc-missing/map")).Status.ShouldBe(HttpStatusCode.NotFound);
        await RefusedAsync(account, HttpMethod.Patch, $"/api/accounts/{account}/nodes/p-missing", new { name = "X" }, HttpStatusCode.NotFound, "no node");
        await RefusedAsync(account, HttpMethod.Delete, $"/api/accounts/{account}/edges/e-missing", null, HttpStatusCode.NotFound, "no edge");
    }

    [Fact]
    public async Task A_change_based_on_an_old_version_is_a_conflict_that_shows_the_current_value()
    {
        var (account, cfo, _, _, _) = await AccountAsync();
        var seen = (long)(await _api.GetAsync($"/api/accounts/{account}/map"))["version"]!;
        await _api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "CEO", baseVersion = seen });

        var before = await _api.MapTextAsync(account);
        var (status, problem) = await _api.SendAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "COO", baseVersion = seen });

        status.ShouldBe(HttpStatusCode.Conflict);
        ((string)problem!["current"]!["title"]!).ShouldBe("CEO");
        (await _api.MapTextAsync(account)).ShouldBe(before);
        await RefusedAsync(account, HttpMethod.Patch, $"/api/accounts/{account}/nodes/{cfo}", new { title = "COO" }, HttpStatusCode.Conflict, ifMatch: $"\"{seen}\"");
        await RefusedAsync(account, HttpMethod.Delete, $"/api/accounts/{account}/nodes/{cfo}?baseVersion={seen}", null, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Account_fields_are_validated()
    {
        var (account, _, _, _, _) = await AccountAsync();
        await RefusedAsync(account, HttpMethod.Patch, $"/api/accounts/{account}", new { shareOfWallet = 140 }, HttpStatusCode.BadRequest, "between 0 and 100");
        await RefusedAsync(account, HttpMethod.Patch, $"/api/accounts/{account}", new { potentialCurrency = "euro" }, HttpStatusCode.BadRequest, "three-letter");
        (await _api.SendAsync(HttpMethod.Post, "/api/accounts", new { name = "" })).Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using Xunit.Abstractions;

namespace SalesOps.Tests.Web.Faults;

/// <summary>
/// Random sequences of valid and invalid API calls against the real app on Kestrel, each on a fresh
/// account: no answer is a 5xx, every refusal is a ProblemDetails with a title, the map read back
/// after every sequence passes every rule (the import's replay of AccountRules, NodeRules and
/// EdgeRules, limits included), and its export imported into another app exports the same bytes.
/// Bounded by time (SALESOPS_FUZZ_SECONDS, 40 by default); a failure prints CsCheck's seed, and
/// SALESOPS_FUZZ_SEED replays it.
/// </summary>
public sealed class ApiFuzzTests(ITestOutputHelper output) : AppTest
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly Dictionary<string, string?> NoRateLimit = new() { ["SALESOPS_RATE_LIMIT"] = "0" };

    [Fact]
    public async Task Random_call_sequences_never_crash_refuse_with_problems_and_leave_a_valid_map_that_round_trips()
    {
        var app = StartApp(seed: false, NoRateLimit, today: Today);
        // The import goes into another app with a store of its own, where the account is new.
        using var targetDir = new TempDirectory();
        using var targetApp = new AppFactory(targetDir.Path, seed: false, NoRateLimit) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(new FixedClock(Today)) };
        targetApp.Start();
        var target = new ApiClient(targetApp.CreateClient());
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("SALESOPS_FUZZ_SECONDS"), out var given) ? given : 40;
        var sequences = 0;
        var statuses = new SortedDictionary<int, int>();
        await FuzzCall.Gen.List[5, 40].SampleAsync(async calls =>
            {
                await RunAsync(app.Api, target, calls, statuses);
                sequences++;
            },
            writeLine: output.WriteLine, seed: Environment.GetEnvironmentVariable("SALESOPS_FUZZ_SEED"), time: seconds, threads: 1,
            print: calls => string.Join(" ", calls));
        output.WriteLine($"{sequences} sequences in {seconds} s; answers: {string.Join(", ", statuses.Select(p => $"{p.Key} × {p.Value}"))}");
        sequences.ShouldBeGreaterThan(0);
        // Valid calls got through and invalid ones were refused: the sequences exercised both.
        statuses.Keys.ShouldContain(201);
        statuses.Keys.ShouldContain(400);
    }

    private static async Task RunAsync(ApiClient api, ApiClient target, List<FuzzCall> calls, SortedDictionary<int, int> statuses)
    {
        var account = await api.CreateAccountAsync("Fuzz " + Guid.NewGuid().ToString("n")[..8]);
        var (nodes, edges) = await ElementsAsync(api, account);
        var answered = new List<string>();
        foreach (var call in calls)
        {
            var request = FuzzRequests.Of(call, nodes, edges);
            var url = request.Path.StartsWith('/') ? $"/api/accounts/{account}" : $"/api/accounts/{account}/{request.Path}";
            var (status, mediaType, text) = await SendAsync(api.Http, request with { Path = url });
            statuses[(int)status] = statuses.GetValueOrDefault((int)status) + 1;
            answered.Add($"{call} {request.Method} {url} {request.Body} → {(int)status}");
            var trail = string.Join("\n", answered) + "\n" + text;
            ((int)status).ShouldBeLessThan(500, trail);
            if ((int)status >= 400)
            {
                mediaType.ShouldBe("application/problem+json", trail);
                ((string?)JsonNode.Parse(text)!["title"]).ShouldNotBeNullOrWhiteSpace(trail);
            }
            (nodes, edges) = await ElementsAsync(api, account);
        }

        var export = await ExportAsync(api.Http, account);
        // Every rule, limits included, replayed on the map as stored: throws naming the element that breaks one.
        ImportRules.Maps(TransferJson.Read(Encoding.UTF8.GetBytes(export)), Today).Single().Account.Id.ShouldBe(account);
        var (imported, problem) = await target.SendAsync(HttpMethod.Post, "/api/import?replace=true", export);
        imported.ShouldBe(HttpStatusCode.OK, problem?.ToJsonString());
        (await ExportAsync(target.Http, account)).ShouldBe(export, "the export of the imported account");
    }

    private static async Task<(List<FuzzRequests.Element>, List<FuzzRequests.Element>)> ElementsAsync(ApiClient api, string account)
    {
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        static FuzzRequests.Element Of(JsonNode? n, string kind) => new((string)n!["id"]!, (string?)n[kind] ?? "", (long)n["version"]!);
        return ([.. map["nodes"]!.AsArray().Select(n => Of(n, "kind"))], [.. map["edges"]!.AsArray().Select(e => Of(e, "type"))]);
    }

    private static async Task<string> ExportAsync(HttpClient http, string account)
    {
        using var response = await http.GetAsync($"/api/export?account={account}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(HttpStatusCode, string?, string)> SendAsync(HttpClient http, FuzzRequest r)
    {
        using var message = new HttpRequestMessage(r.Method, r.Path);
        if (r.Body is not null) message.Content = new StringContent(r.Body, Encoding.UTF8, r.ContentType);
        using var response = await http.SendAsync(message);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}

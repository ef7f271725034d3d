using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesOps.Tests.Web.Api;

/// <summary>A thin JSON client over the real API, so tests read like the requests an integrator sends.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = body is string raw
            ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
            : JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> OkAsync(HttpMethod method, string url, object? body = null)
    {
        var (status, json) = await SendAsync(method, url, body);
        ((int)status).ShouldBeInRange(200, 299, $"{method} {url} answered {status}: {json}");
        return json ?? new JsonObject();
    }

    public Task<JsonNode> GetAsync(string url) => OkAsync(HttpMethod.Get, url);

    public Task<JsonNode> PostAsync(string url, object body) => OkAsync(HttpMethod.Post, url, body);

    public async Task<string> CreateAccountAsync(string name = "Test Account")
        => (string)(await PostAsync("/api/accounts", new { name }))["id"]!;

    public async Task<string> AddNodeAsync(string account, object draft)
        => (string)(await PostAsync($"/api/accounts/{account}/nodes", draft))["id"]!;

    public async Task<string> ConnectAsync(string account, object draft)
        => (string)(await PostAsync($"/api/accounts/{account}/edges", draft))["id"]!;

    /// <summary>Puts a demo team member ("ana", "jordi", "marta") on the account's team in a role.</summary>
    public Task<JsonNode> AddToTeamAsync(string account, string who, string role = "Editor") =>
        OkAsync(HttpMethod.Put, $"/api/accounts/{account}/team/{who}@demo.salesops.example", new { role });

    public async Task<string> MapTextAsync(string account) => (await GetAsync($"/api/accounts/{account}/map")).ToJsonString();

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Exchange;

/// <summary>The account the contact fixtures describe, made through the API, and uploads as an integrator sends them.</summary>
internal static class ExchangeApiData
{
    /// <summary>Vidal Packaging S.A. as <c>ExchangeData.Vidal()</c> has it: two functions, the CFO, one of ours.</summary>
    public static async Task<string> CreateVidalAsync(ApiClient api)
    {
        var id = await api.CreateAccountAsync("Vidal Packaging S.A.");
        await api.AddNodeAsync(id, new { kind = "Function", name = "Purchasing", involvement = "Direct" });
        await api.AddNodeAsync(id, new { kind = "Function", name = "Engineering", involvement = "Indirect" });
        await api.AddNodeAsync(id, new
        {
            kind = "Person", name = "María Vidal", title = "CFO", stance = "Skeptic", influence = "High", roles = new[] { "DecisionMaker" },
            email = "maria.vidal@vidal-packaging.example", x = 400, y = 0,
        });
        await api.AddNodeAsync(id, new { kind = "Counterpart", name = "Ana Ruiz", teamRole = "AccountManager", email = "ana.ruiz@salesops.example" });
        return id;
    }

    /// <summary>A fixture of the library's contact tests (tests/Graph/Exchange/Fixtures), byte for byte.</summary>
    public static byte[] Fixture(string name, [CallerFilePath] string here = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "Graph", "Exchange", "Fixtures", name));

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> PostCsvAsync(HttpClient http, string url, byte[] file, string contentType = "text/csv")
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await http.PostAsync(url, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> PostFormAsync(HttpClient http, string url, byte[] file, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", fileName);
        using var response = await http.PostAsync(url, form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The account's map as the store holds it (the app's own SQLite file).</summary>
    public static async Task<AccountMap> StoredMapAsync(string dataDirectory, string accountId)
    {
        var store = new SqliteStore(Path.Combine(dataDirectory, "salesops.db"));
        return (await store.GetMapAsync(accountId, default)).OrNotFound(accountId);
    }

    public sealed record Downloaded(HttpStatusCode Status, string? ContentType, string? Disposition, string? FileName, byte[] Body);

    public static async Task<Downloaded> DownloadAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var headers = response.Content.Headers;
        return new(response.StatusCode, headers.ContentType?.ToString(), headers.ContentDisposition?.DispositionType,
            headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"'), await response.Content.ReadAsByteArrayAsync());
    }
}

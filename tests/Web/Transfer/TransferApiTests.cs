using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Graph.Transfer;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Transfer;

/// <summary>/api/export, /api/export/cypher and /api/import on the real app over real SQLite files.</summary>
public sealed class TransferApiTests : IDisposable
{
    private readonly TempDirectory _source = new();
    private readonly TempDirectory _target = new();

    private sealed record Download(HttpStatusCode Status, string? ContentType, string? Disposition, string? FileName, byte[] Body)
    {
        public string Text => Encoding.UTF8.GetString(Body);
    }

    private static async Task<Download> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var headers = response.Content.Headers;
        return new(response.StatusCode, headers.ContentType?.ToString(), headers.ContentDisposition?.DispositionType,
            headers.ContentDisposition?.FileName, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Exporting_every_account_downloads_the_document_the_store_gives()
    {
        using var app = new AppFactory(_source.Path, seed: true);
        app.Start();

        var download = await GetAsync(app.CreateClient(), "/api/export");

        (download.Status, download.ContentType, download.Disposition, download.FileName)
            .ShouldBe((HttpStatusCode.OK, "application/json", "attachment", "salesops-export.json"));
        TransferJson.Read(download.Body).Accounts.Count.ShouldBe(6);
        var store = new SqliteStore(Path.Combine(_source.Path, "salesops.db"));
        download.Text.ShouldBe(Encoding.UTF8.GetString(await TransferData.ExportAsync(store)));
    }

    [Fact]
    public async Task One_account_as_a_document_or_a_Cypher_script_and_an_unknown_one_is_404()
    {
        using var app = new AppFactory(_source.Path, seed: true);
        app.Start();
        var http = app.CreateClient();
        var api = new ApiClient(http);
        var id = (string)(await api.GetAsync("/api/accounts"))[0]!["id"]!;

        var json = await GetAsync(http, $"/api/export?account={id}");
        var script = await GetAsync(http, $"/api/export/cypher?account={id}");
        var (missing, problem) = await api.SendAsync(HttpMethod.Get, "/api/export?account=acc-nowhere");
        var (missingScript, _) = await api.SendAsync(HttpMethod.Get, "/api/export/cypher?account=acc-nowhere");

        json.FileName.ShouldBe($"salesops-{id}.json");
        TransferJson.Read(json.Body).Accounts.Single().Account.Id.ShouldBe(id);
        (script.ContentType, script.FileName).ShouldBe(("text/plain; charset=utf-8", $"salesops-{id}.cypher"));
        script.Text.ShouldStartWith("// SalesOps accounts as Cypher (Neo4j 3.x to 5.x): 1 account\n");
        script.Text.ShouldContain($"CREATE (:Account {{id: '{id}', ");
        (missing, (string)problem!["detail"]!).ShouldBe((HttpStatusCode.NotFound, "There is no account 'acc-nowhere'."));
        missingScript.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Import_writes_the_accounts_refuses_them_again_with_409_and_replaces_them_on_request()
    {
        using var source = new AppFactory(_source.Path, seed: true);
        source.Start();
        var id = (string)(await new ApiClient(source.CreateClient()).GetAsync("/api/accounts"))[0]!["id"]!;
        var text = (await GetAsync(source.CreateClient(), $"/api/export?account={id}")).Text;
        using var target = new AppFactory(_target.Path, seed: false);
        target.Start();
        var api = new ApiClient(target.CreateClient());

        var (created, imported) = await api.SendAsync(HttpMethod.Post, "/api/import", text);
        var (again, conflict) = await api.SendAsync(HttpMethod.Post, "/api/import?replace=false", text);
        var (replacedStatus, replaced) = await api.SendAsync(HttpMethod.Post, "/api/import?replace=true", text);

        created.ShouldBe(HttpStatusCode.OK);
        imported!["imported"]!.AsArray().Select(x => (string)x!).ShouldBe([id]);
        imported["replaced"]!.AsArray().ShouldBeEmpty();
        again.ShouldBe(HttpStatusCode.Conflict);
        ((string)conflict!["detail"]!).ShouldBe($"The store already has the account '{id}'. Nothing was imported; import with replace to overwrite it.");
        replacedStatus.ShouldBe(HttpStatusCode.OK);
        replaced!["replaced"]!.AsArray().Select(x => (string)x!).ShouldBe([id]);
        (await GetAsync(target.CreateClient(), $"/api/export?account={id}")).Text.ShouldBe(text);
    }

    [Fact]
    public async Task A_broken_document_is_a_400_with_the_reason_and_changes_nothing()
    {
        using var app = new AppFactory(_target.Path, seed: false);
        app.Start();
        var api = new ApiClient(app.CreateClient());
        var document = JsonNode.Parse(TransferJson.Write(ExportDocument.Of([Maps.Sample()])))!;
        var wrongVersion = document.DeepClone();
        wrongVersion["formatVersion"] = 3;
        var missingNode = document.DeepClone();
        missingNode["accounts"]![0]!["edges"]![0]!["to"] = "f-ghost";

        var (status1, problem1) = await api.SendAsync(HttpMethod.Post, "/api/import", wrongVersion.ToJsonString());
        var (status2, problem2) = await api.SendAsync(HttpMethod.Post, "/api/import", missingNode.ToJsonString());
        var (status3, problem3) = await api.SendAsync(HttpMethod.Post, "/api/import", "not json at all");

        status1.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem1!["detail"]!).ShouldBe("formatVersion 3 is not supported: this version of SalesOps reads formatVersion 1 and 2.");
        ((string)problem1["field"]!).ShouldBe("formatVersion");
        status2.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem2!["detail"]!).ShouldBe("Account 'acc-sample', edge 'e-works' (WORKS_IN p-luis → f-ghost): There is no node 'f-ghost' in the account 'Vidal Packaging S.A.'.");
        ((string)problem2["field"]!).ShouldBe("accounts[0].edges[0].to");
        status3.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem3!["detail"]!).ShouldStartWith("The document is not valid JSON:");
        (await api.GetAsync("/api/accounts")).AsArray().ShouldBeEmpty();
    }

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }
}

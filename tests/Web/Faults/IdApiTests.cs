using System.Net;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Faults;

/// <summary>Ids a client sends are checked to their last character: a trailing newline is not an id.</summary>
public sealed class IdApiTests : AppTest
{
    [Theory]
    [InlineData("p-trailing\n")]
    [InlineData("p-trailing\r\n")]
    public async Task A_node_id_with_a_trailing_line_break_is_refused_and_nothing_is_written(string id)
    {
        var (_, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Newline AG");

        var (status, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/nodes", new { id, kind = "Person", name = "Ivo Lind" });

        status.ShouldBe(HttpStatusCode.BadRequest, body?.ToJsonString());
        ((string)body!["field"]!).ShouldBe("id");
        (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_import_whose_node_id_ends_in_a_line_break_is_refused_whole()
    {
        var (_, _, api) = StartApp(seed: false);
        var document = """
            { "format": "salesops.export", "formatVersion": 1, "accounts": [ { "account": { "id": "acme", "name": "Acme" },
              "nodes": [ { "id": "p-ivo\n", "kind": "Person", "name": "Ivo Lind" } ], "edges": [] } ] }
            """;

        var (status, body) = await api.SendAsync(HttpMethod.Post, "/api/import", document);

        status.ShouldBe(HttpStatusCode.BadRequest, body?.ToJsonString());
        (await api.GetAsync("/api/accounts")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_edge_id_with_a_trailing_line_break_is_refused_and_nothing_is_written()
    {
        var (_, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Newline Edges AG");
        var boss = await api.AddNodeAsync(account, new { kind = "Person", name = "Ada Berg" });
        var report = await api.AddNodeAsync(account, new { kind = "Person", name = "Ivo Lind" });

        var (status, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/edges", new { id = "e-trailing\n", type = "INFLUENCES", from = report, to = boss });

        (status, (string?)body!["field"]).ShouldBe((HttpStatusCode.BadRequest, "id"), body.ToJsonString());
        (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("acme\\n", "p-ivo", "e-1")]
    [InlineData("acme", "p-ivo", "e-1\\n")]
    public async Task An_import_whose_account_or_edge_id_ends_in_a_line_break_is_refused_whole(string accountId, string nodeId, string edgeId)
    {
        var (_, _, api) = StartApp(seed: false);
        var document = $$"""
            { "format": "salesops.export", "formatVersion": 1, "accounts": [ { "account": { "id": "{{accountId}}", "name": "Acme" },
              "nodes": [ { "id": "{{nodeId}}", "kind": "Person", "name": "Ivo Lind" }, { "id": "p-ada", "kind": "Person", "name": "Ada Berg" } ],
              "edges": [ { "id": "{{edgeId}}", "type": "INFLUENCES", "from": "{{nodeId}}", "to": "p-ada" } ] } ] }
            """;

        var (status, body) = await api.SendAsync(HttpMethod.Post, "/api/import", document);

        status.ShouldBe(HttpStatusCode.BadRequest, body?.ToJsonString());
        (await api.GetAsync("/api/accounts")).AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("p-ok", true)]
    [InlineData("p-ok\n", false)]
    [InlineData("\np-ok", false)]
    [InlineData("P-ok", false)]
    public void Ids_are_whole_strings_of_the_allowed_characters(string id, bool valid) => Ids.IsValid(id).ShouldBe(valid);
}

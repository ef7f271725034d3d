using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;
using Limit = SalesOps.Graph.Model.Limits;

namespace SalesOps.Tests.Web.Faults;

/// <summary>Each limit of README "Limits" through the real app: a 400 or 413 ProblemDetails that names it, and nothing written.</summary>
public sealed class LimitsApiTests : AppTest
{
    [Fact]
    public async Task A_meeting_with_more_participants_than_the_limit_is_refused_naming_it()
    {
        var (app, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Crowded AG");
        var people = await AddPeopleAsync(app, account, Limit.ParticipantsPerMeeting + 1);

        var (status, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/meetings",
            new { objective = "All hands", date = "2026-03-02", participants = people });

        (status, (string?)body!["field"]).ShouldBe((HttpStatusCode.BadRequest, "limit:participantsPerMeeting"));
        ((string)body["detail"]!).ShouldContain($"at most {Limit.ParticipantsPerMeeting} participants");
        (await api.GetAsync($"/api/accounts/{account}/meetings"))["meetings"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task An_account_at_the_node_limit_refuses_one_more_naming_the_limit()
    {
        var (app, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Full AG");
        await AddPeopleAsync(app, account, Limit.NodesPerAccount);

        var (status, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/nodes", new { kind = "Person", name = "One Too Many" });

        (status, (string?)body!["field"]).ShouldBe((HttpStatusCode.BadRequest, "limit:nodesPerAccount"));
        ((string)body["detail"]!).ShouldContain("at most 30,000 nodes");
        (await api.GetAsync($"/api/accounts/{account}/map"))["nodes"]!.AsArray().Count.ShouldBe(Limit.NodesPerAccount);
    }

    [Theory]
    [InlineData(true)]  // the length said up front: refused before a byte is read
    [InlineData(false)] // streamed without a length: refused once the limit is passed
    public async Task An_import_document_past_the_size_limit_is_413_naming_the_limit(bool lengthKnown)
    {
        var (_, address, api) = StartApp(seed: false);
        var size = Limit.ImportDocumentBytes + 1;
        // Waits for the server's answer to Expect: 100-continue however busy the machine (the default, 1 s, then sends anyway).
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = api.Http.DefaultRequestHeaders.Authorization;
        using var content = lengthKnown ? new ByteArrayContent(Padded(size)) : (HttpContent)new StreamContent(new MemoryStream(Padded(size)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (!lengthKnown) content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = content };
        if (!lengthKnown) request.Headers.TransferEncodingChunked = true;
        // As curl does for big bodies: the server can refuse before the body is sent.
        request.Headers.ExpectContinue = true;

        using var response = await http.SendAsync(request);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        (response.StatusCode, (string?)body["field"]).ShouldBe((HttpStatusCode.RequestEntityTooLarge, "limit:importDocumentBytes"), body.ToJsonString());
        ((string)body["detail"]!).ShouldContain("at most 64 MiB");
        (await api.GetAsync("/api/accounts")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void An_imported_account_past_the_node_limit_is_refused_up_front_naming_it()
    {
        var account = AccountRules.Create(new AccountDraft { Name = "Huge SA" }, "acc-huge");
        var map = new AccountMap(account, [.. Enumerable.Range(0, Limit.NodesPerAccount + 1).Select(i => new Node { Id = $"p-{i}", Kind = NodeKind.Person, Name = $"P {i}" })], []);

        var error = Should.Throw<GraphException>(() => ImportRules.Maps(ExportDocument.Of([map]), new DateOnly(2026, 3, 2)));

        (error.Error, error.Field).ShouldBe((GraphError.Invalid, "accounts[0].limit:nodesPerAccount"));
        error.Message.ShouldStartWith("Account 'acc-huge': An account holds at most 30,000 nodes");
    }

    /// <summary>People written straight to the store in one commit (the API would take minutes for 30,000).</summary>
    private static async Task<List<string>> AddPeopleAsync(AppFactory app, string account, int count)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var people = Enumerable.Range(0, count).Select(i => NodeRules.Create(new NodeDraft { Kind = NodeKind.Person, Name = $"Person {i}" })).ToList();
        var existing = (await store.GetMapAsync(account, default))!.Nodes.Count;
        await store.ChangeAsync(account, _ => [.. people.Take(count - existing).Select(p => new PutNode(p))], default);
        return [.. people.Select(p => p.Id)];
    }

    /// <summary>A JSON document padded with spaces to <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(long size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        "{\"format\":\"salesops.export\"}"u8.CopyTo(bytes);
        return bytes;
    }
}

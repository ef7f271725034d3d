using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Live;

/// <summary>The maps hub as a .NET SignalR client sees it, against the real app and a real SQLite file.</summary>
public sealed class HubContractTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly HttpMethod Patch = HttpMethod.Patch;

    [Fact]
    public async Task Joining_returns_the_version_and_a_change_arrives_with_the_node_as_the_api_shows_it()
    {
        var (account, function, person) = await AccountWithPersonAsync();
        await using var hub = await HubClient.ConnectAsync(app.Uri);

        (await hub.JoinAsync(account)).ShouldBe(3);
        var node = await app.Api.OkAsync(Patch, $"/api/accounts/{account}/nodes/{person}", new { title = "Head of Procurement", stance = "Champion" });
        var message = await hub.NextAsync("MapChanged");

        ((string)message["accountId"]!, (long)message["version"]!, (string)message["change"]!["summary"]!).ShouldBe((account, 4, "node put"));
        var op = message["change"]!["ops"]!.AsArray().ShouldHaveSingleItem()!;
        ((string)op["op"]!).ShouldBe("putNode");
        // The title change alone does not carry the WORKS_IN edge, yet the function is shown as the API shows it.
        ((string)op["node"]!["functionId"]!).ShouldBe(function);
        JsonNode.DeepEquals(op["node"], node).ShouldBeTrue($"hub: {op["node"]!.ToJsonString()}\napi: {node.ToJsonString()}");
    }

    [Fact]
    public async Task Edges_and_deletions_arrive_as_put_and_remove_ops()
    {
        var (account, _, person) = await AccountWithPersonAsync();
        var boss = await app.Api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", level = "Executive" });
        await using var hub = await HubClient.ConnectAsync(app.Uri);
        await hub.JoinAsync(account);

        var edge = await app.Api.PostAsync($"/api/accounts/{account}/edges", new { type = "REPORTS_TO", from = person, to = boss });
        await app.Api.OkAsync(HttpMethod.Delete, $"/api/accounts/{account}/nodes/{person}");
        var messages = await hub.WaitForAsync("MapChanged", m => m.Count == 2);

        var put = messages[0]["change"]!["ops"]![0]!;
        ((string)put["op"]!, (string)messages[0]["change"]!["summary"]!).ShouldBe(("putEdge", "edge put"));
        JsonNode.DeepEquals(put["edge"], edge).ShouldBeTrue($"hub: {put["edge"]!.ToJsonString()}\napi: {edge.ToJsonString()}");
        var delete = messages[1]["change"]!;
        ((string)delete["summary"]!).ShouldBe("2 edges removed, node removed");
        delete["ops"]!.AsArray().Select(o => $"{o!["op"]} {o["id"]}").Last().ShouldBe($"removeNode {person}");
        delete["ops"]!.AsArray().Select(o => (string)o!["id"]!).ShouldContain((string)edge["id"]!);
    }

    [Fact]
    public async Task Leaving_a_map_stops_its_messages()
    {
        var (account, _, person) = await AccountWithPersonAsync();
        await using var leaver = await HubClient.ConnectAsync(app.Uri);
        await using var stayer = await HubClient.ConnectAsync(app.Uri);
        await leaver.JoinAsync(account);
        await stayer.JoinAsync(account);

        var (other, _, someone) = await AccountWithPersonAsync();
        await leaver.JoinAsync(other);

        await leaver.Connection.InvokeAsync("LeaveMap", account);
        await app.Api.OkAsync(Patch, $"/api/accounts/{account}/nodes/{person}", new { x = 10, y = 20 });
        await stayer.NextAsync("MapChanged");
        // Then a change on a map the leaver still follows: messages go out in the order of the saves, so
        // once this one is there, a message of the map it left would be there too.
        await app.Api.OkAsync(Patch, $"/api/accounts/{other}/nodes/{someone}", new { x = 10, y = 20 });
        await leaver.NextAsync("MapChanged");

        leaver.All("MapChanged").Select(m => (string)m["accountId"]!).ShouldBe([other]);
    }

    [Fact]
    public async Task Joining_an_unknown_account_fails_with_a_clear_message()
    {
        await using var hub = await HubClient.ConnectAsync(app.Uri);

        var error = await Should.ThrowAsync<HubException>(() => hub.JoinAsync("no-such-account"));

        error.Message.ShouldContain("There is no account 'no-such-account'");
    }

    [Theory]
    [InlineData("es", "No existe la cuenta «no-such-account». Puede que se haya eliminado", "Indica la cuenta: accountId está vacío.")]
    [InlineData("de", "Es gibt keinen Account „no-such-account“. Vielleicht wurde er gelöscht", "Geben Sie den Account an: accountId ist leer.")]
    public async Task A_refusal_speaks_the_language_the_connection_was_opened_in(string language, string unknown, string required)
    {
        await using var hub = await HubClient.ConnectAsync(app.Uri, language);

        (await Should.ThrowAsync<HubException>(() => hub.JoinAsync("no-such-account"))).Message.ShouldContain(unknown);
        (await Should.ThrowAsync<HubException>(() => hub.JoinAsync(" "))).Message.ShouldContain(required);
        // The next call on the same connection speaks it too: the language is the connection's, not the first call's.
        (await Should.ThrowAsync<HubException>(() => hub.Connection.InvokeAsync<object>("ChangesSince", "no-such-account", 1L))).Message.ShouldContain(unknown);
    }

    [Fact]
    public async Task ChangesSince_returns_exactly_the_missed_changes_or_null_when_too_far_behind()
    {
        var (account, _, person) = await AccountWithPersonAsync();
        await using var witness = await HubClient.ConnectAsync(app.Uri);
        await using var late = await HubClient.ConnectAsync(app.Uri);
        await witness.JoinAsync(account);
        var seen = await late.JoinAsync(account);
        await late.Connection.InvokeAsync("LeaveMap", account); // as if its connection dropped

        foreach (var title in new[] { "CFO", "COO", "CEO" })
            await app.Api.OkAsync(Patch, $"/api/accounts/{account}/nodes/{person}", new { title });
        var sent = await witness.WaitForAsync("MapChanged", m => m.Count == 3);
        await late.JoinAsync(account);

        var missed = await ChangesSinceAsync(late, account, seen + 1);
        missed.ShouldNotBeNull().Select(m => (long)m!["version"]!).ShouldBe([seen + 2, seen + 3]);
        // By version: on a loaded machine a commit held back longer than HubForwarder.HoldBack may reach the witness late.
        var expected = new JsonArray([.. sent.OrderBy(m => (long)m["version"]!).Skip(1).Select(m => m.DeepClone())]);
        JsonNode.DeepEquals(missed, expected).ShouldBeTrue($"missed: {missed.ToJsonString()}\nsent: {expected.ToJsonString()}");
        (await ChangesSinceAsync(late, account, seen + 3)).ShouldNotBeNull().ShouldBeEmpty();
        // Version 1 (the account's creation) never went through the live feed: reload.
        (await ChangesSinceAsync(late, account, 0)).ShouldBeNull();
    }

    [Fact]
    public async Task Deleting_the_account_sends_AccountDeleted()
    {
        var account = await app.Api.CreateAccountAsync("Short-lived Ltd");
        await using var hub = await HubClient.ConnectAsync(app.Uri);
        await hub.JoinAsync(account);

        await app.Api.OkAsync(HttpMethod.Delete, $"/api/accounts/{account}");

        (await hub.NextAsync("AccountDeleted")).ToJsonString().ShouldBe($$"""{"accountId":"{{account}}"}""");
    }

    [Fact]
    public async Task A_card_being_dragged_reaches_hub_clients_as_NodeDragging()
    {
        var (account, _, person) = await AccountWithPersonAsync();
        await using var hub = await HubClient.ConnectAsync(app.Uri);
        await hub.JoinAsync(account);

        await app.Factory.Services.GetRequiredService<ILiveBus>().PublishAsync(new NodeDragging(account, "viewer-1", person, 12.5, -3), default);

        (await hub.NextAsync("NodeDragging")).ToJsonString()
            .ShouldBe($$"""{"accountId":"{{account}}","viewerId":"viewer-1","nodeId":"{{person}}","x":12.5,"y":-3}""");
        hub.All("MapChanged").ShouldBeEmpty();
    }

    private async Task<(string Account, string Function, string Person)> AccountWithPersonAsync()
    {
        var account = await app.Api.CreateAccountAsync("Hub Test GmbH");
        var function = await app.Api.AddNodeAsync(account, new { kind = "Function", name = "Purchasing", involvement = "Direct" });
        var person = await app.Api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Director", functionId = function });
        return (account, function, person);
    }

    private static async Task<JsonArray?> ChangesSinceAsync(HubClient hub, string account, long version)
    {
        var result = await hub.Connection.InvokeAsync<JsonElement>("ChangesSince", account, version);
        return result.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : JsonNode.Parse(result.GetRawText())!.AsArray();
    }
}

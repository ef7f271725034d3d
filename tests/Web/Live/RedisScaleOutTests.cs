using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Live;

/// <summary>Two app instances on one SQLite folder, joined by a real Redis: what one saves, the other's viewers see.</summary>
public sealed class RedisScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_change_through_one_instance_reaches_hub_clients_and_pages_on_the_other_exactly_once()
    {
        using var a = Instance(redis.ConnectionString);
        using var b = Instance(redis.ConnectionString);
        var (uriA, uriB) = (a.Start(), b.Start());
        var api = new ApiClient(a.CreateClient());
        var account = await api.CreateAccountAsync("Scale-out SE");
        var person = await api.AddNodeAsync(account, new { kind = "Person", name = "Kim Berg", level = "Manager" });
        await using var hubB = await HubClient.ConnectAsync(uriB);
        await using var hubA = await HubClient.ConnectAsync(uriA);
        var version = await hubB.JoinAsync(account);
        await hubA.JoinAsync(account);
        var (feedA, feedB) = (new ConcurrentQueue<LiveEvent>(), new ConcurrentQueue<LiveEvent>());
        using var subA = Subscribe(a, account, feedA);
        using var subB = Subscribe(b, account, feedB);

        var node = await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{person}", new { title = "Plant manager" });

        var message = await hubB.NextAsync("MapChanged");
        ((long)message["version"]!).ShouldBe(version + 1);
        ((string)message["change"]!["ops"]![0]!["node"]!["title"]!).ShouldBe("Plant manager");
        ((long)message["change"]!["ops"]![0]!["node"]!["version"]!).ShouldBe((long)node["version"]!);
        await Eventually(() => feedB.Count == 1 && feedA.Count == 1);
        feedB.ShouldHaveSingleItem().ShouldBeOfType<MapChanged>().Version.ShouldBe(version + 1);
        await hubA.NextAsync("MapChanged");
        // A second change through the same channel: a second delivery of the first would come before it.
        await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{person}", new { title = "Plant director" });
        await Eventually(() => feedA.Count >= 2 && feedB.Count >= 2 && hubA.Versions.Count >= 2 && hubB.Versions.Count >= 2);
        hubA.Versions.ShouldBe([version + 1, version + 2]);
        hubB.Versions.ShouldBe([version + 1, version + 2]);
        (feedA.Count, feedB.Count).ShouldBe((2, 2));
    }

    [Fact]
    public async Task A_change_saved_while_Redis_was_killed_reaches_the_viewers_on_both_instances_after_it_restarts()
    {
        using var a = Instance(redis.ConnectionString);
        using var b = Instance(redis.ConnectionString);
        var (uriA, uriB) = (a.Start(), b.Start());
        var (api, apiB) = (new ApiClient(a.CreateClient()), new ApiClient(b.CreateClient()));
        var account = await api.CreateAccountAsync("Reconnect AB");
        var person = await api.AddNodeAsync(account, new { kind = "Person", name = "Ola Nord", level = "Manager" });
        await using var hubA = await HubClient.ConnectAsync(uriA);
        await using var hubB = await HubClient.ConnectAsync(uriB);
        var version = await hubB.JoinAsync(account);
        (await hubA.JoinAsync(account)).ShouldBe(version);
        var probes = new ConcurrentQueue<LiveEvent>();
        using var probing = Subscribe(b, "acc-probe", probes);

        redis.Stop(); // SIGKILL
        // Saving goes on while Redis is away; A's own viewers hear it at once.
        await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{person}", new { title = "During the outage" });
        var heardOnA = await hubA.NextAsync("MapChanged");
        redis.Start();
        // Both multiplexers reconnect and resubscribe by themselves: a probe from A reaching B says they have.
        var busA = a.Services.GetRequiredService<ILiveBus>();
        await Eventually(() => !probes.IsEmpty, seconds: 30, publish: () => busA.PublishAsync(new AccountDeleted("acc-probe"), default));
        var later = await api.AddNodeAsync(account, new { kind = "Person", name = "Per Sund", level = "Manager" });

        await hubA.WaitForAsync("MapChanged", m => m.Count >= 2);
        await hubB.WaitForAsync("MapChanged", m => m.Count >= 1);
        ((long)heardOnA["version"]!).ShouldBe(version + 1);
        ((string)heardOnA["change"]!["ops"]![0]!["node"]!["title"]!).ShouldBe("During the outage");
        hubA.Versions.ShouldBe([version + 1, version + 2]);
        // B never heard the outage's commit: it sees the gap, and B's catch-up log cannot fill it, so the client reloads from B.
        hubB.Versions.ShouldBe([version + 2]);
        (await hubB.Connection.InvokeAsync<JsonElement>("ChangesSince", account, version)).ValueKind.ShouldBe(JsonValueKind.Null);
        var reloaded = await apiB.GetAsync($"/api/accounts/{account}/map");
        var nodes = reloaded["nodes"]!.AsArray();
        ((string?)nodes.Single(n => (string?)n!["id"] == person)!["title"]).ShouldBe("During the outage");
        nodes.ShouldContain(n => (string?)n!["id"] == later);
        ((long)reloaded["version"]!).ShouldBe(version + 2);
    }

    [Fact]
    public async Task Saving_works_and_local_viewers_stay_live_when_Redis_is_unreachable()
    {
        using var app = Instance($"127.0.0.1:{Ports.Free()},connectTimeout=500");
        var uri = app.Start();
        var api = new ApiClient(app.CreateClient());
        var account = await api.CreateAccountAsync("No Redis Oy");
        await using var hub = await HubClient.ConnectAsync(uri);
        await hub.JoinAsync(account);

        var sw = Stopwatch.StartNew();
        var person = await api.AddNodeAsync(account, new { kind = "Person", name = "Eva Lind", level = "Manager" });

        sw.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        var message = await hub.NextAsync("MapChanged");
        ((string)message["change"]!["ops"]![0]!["node"]!["id"]!).ShouldBe(person);
    }

    [Fact]
    public async Task Live_events_survive_the_trip_through_a_real_Redis_to_the_other_instance()
    {
        using var a = Instance(redis.ConnectionString);
        using var b = Instance(redis.ConnectionString);
        a.Start();
        b.Start();
        var node = new Node { Id = "p-1", Kind = NodeKind.Person, Name = "Ana", Roles = [BuyingRole.Signer], Stance = Stance.Champion, X = 1.5, Version = 4 };
        var edge = new Edge { Id = "e-1", Type = EdgeType.TALKS_WITH, From = "c-1", To = "p-1", Strength = 4, LastContact = new DateOnly(2026, 11, 2), Version = 4 };
        LiveEvent[] events =
        [
            MapChanged.Of(new MapResult(new Commit("acc-wire", 4, [new PutNode(node), new PutEdge(edge), new RemoveEdge("e-2"), new RemoveNode("p-2"), new PutAccount(new Account { Id = "acc-wire", Name = "Acc", PotentialAmount = 1.5m, Version = 4 })]),
                new AccountMap(new Account { Id = "acc-wire", Name = "Acc" }, [node], [edge]))),
            new NodeDragging("acc-wire", "v-1", "p-1", 3, 4),
            new Presence("acc-wire", new Viewer("v-1", "Ana", "#f00", "p-1", new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)), Left: false),
            new AccountDeleted("acc-wire"),
        ];
        var (probes, received) = (new ConcurrentQueue<LiveEvent>(), new ConcurrentQueue<LiveEvent>());
        using var probing = Subscribe(b, "acc-probe", probes);
        using var listening = Subscribe(b, "acc-wire", received);
        var busA = a.Services.GetRequiredService<ILiveBus>();
        // B subscribes once its Redis connection is up: until a probe from A arrives, a message could go unheard.
        await Eventually(() => !probes.IsEmpty, seconds: 30, publish: () => busA.PublishAsync(new AccountDeleted("acc-probe"), default));

        foreach (var e in events) await busA.PublishAsync(e, default);
        await Eventually(() => received.Count >= events.Length);

        received.Select(e => e.GetType()).ShouldBe(events.Select(e => e.GetType()));
        received.Select(e => JsonSerializer.Serialize(e, RedisBus.Wire)).ShouldBe(events.Select(e => JsonSerializer.Serialize(e, RedisBus.Wire)));
    }

    public void Dispose() => _dir.Dispose();

    private AppFactory Instance(string redisConnection) =>
        new(_dir.Path, seed: false, new Dictionary<string, string?> { ["SALESOPS_REDIS"] = redisConnection });

    private static IDisposable Subscribe(AppFactory app, string account, ConcurrentQueue<LiveEvent> into) =>
        app.Services.GetRequiredService<MapFeed>().Subscribe(account, e =>
        {
            into.Enqueue(e);
            return Task.CompletedTask;
        });

    private static async Task Eventually(Func<bool> condition, int seconds = 10, Func<Task>? publish = null)
    {
        var sw = Stopwatch.StartNew();
        while (!condition())
        {
            sw.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(seconds), "the condition never held");
            if (publish is not null) await publish();
            await Task.Delay(20);
        }
    }
}

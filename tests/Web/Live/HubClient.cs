using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace SalesOps.Tests.Web.Live;

/// <summary>
/// A .NET SignalR client of the maps hub that records what it receives, as raw JSON: tests assert
/// on the wire shapes a JavaScript client would see, not on our own records.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Type, JsonNode Message)> _received = new();
    private readonly SemaphoreSlim _signal = new(0);

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var type in new[] { "MapChanged", "AccountDeleted", "NodeDragging", "Presence" })
        {
            connection.On<JsonElement>(type, m =>
            {
                _received.Enqueue((type, JsonNode.Parse(m.GetRawText())!));
                _signal.Release();
            });
        }
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<JsonNode> All(string type) => [.. _received.Where(r => r.Type == type).Select(r => r.Message)];

    public IReadOnlyList<long> Versions => [.. All("MapChanged").Select(m => (long)m["version"]!)];

    /// <param name="language">Sent as Accept-Language when the connection opens ("es", "de"); none by default.</param>
    public static async Task<HubClient> ConnectAsync(Uri app, string? language = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app, "/hubs/maps"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult(Support.AppFactory.TokenFor(app));
                if (language is not null) o.Headers["Accept-Language"] = language;
            })
            .Build();
        var client = new HubClient(connection);
        await connection.StartAsync();
        return client;
    }

    public Task<long> JoinAsync(string accountId) => Connection.InvokeAsync<long>("JoinMap", accountId);

    /// <summary>Waits until the messages of a type satisfy <paramref name="done"/>; fails with what did arrive.</summary>
    public async Task<IReadOnlyList<JsonNode>> WaitForAsync(string type, Func<IReadOnlyList<JsonNode>, bool> done, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(All(type)))
        {
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"Waited {seconds} s for {type}; got {All(type).Count}: {string.Join(" | ", All(type).TakeLast(3).Select(m => m.ToJsonString()))}");
            await _signal.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            while (_signal.Wait(0)) { /* a burst of messages: look once */ }
        }
        return All(type);
    }

    /// <summary>The message of a type after the first <paramref name="after"/> of them.</summary>
    public async Task<JsonNode> NextAsync(string type, int after = 0, int seconds = 10) =>
        (await WaitForAsync(type, m => m.Count > after, seconds))[after];

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _signal.Dispose();
    }
}

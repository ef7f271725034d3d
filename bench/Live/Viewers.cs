using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace SalesOps.LiveBench;

/// <summary>
/// Hub clients joined to one map, each noting when every change reached it. A change is known by
/// the title it set ("bench-17"), so no clock other than this process's Stopwatch is involved.
/// </summary>
public sealed class Viewers : IAsyncDisposable
{
    public const string Prefix = "bench-";

    private readonly List<HubConnection> _connections = [];
    private readonly long[][] _receivedAt;
    private readonly int[] _instanceOf;
    private int _received;

    private Viewers(int clients, int changes)
    {
        _receivedAt = [.. Enumerable.Range(0, clients).Select(_ => new long[changes])];
        _instanceOf = new int[clients];
    }

    public int Received => Volatile.Read(ref _received);

    /// <summary>Connects <paramref name="clients"/> clients, spread round-robin over the instances, and joins them to the map.</summary>
    public static async Task<Viewers> JoinAsync(IReadOnlyList<Uri> instances, string accountId, int clients, int changes)
    {
        var viewers = new Viewers(clients, changes);
        for (var c = 0; c < clients; c++)
        {
            var at = viewers._receivedAt[c];
            viewers._instanceOf[c] = c % instances.Count;
            var connection = new HubConnectionBuilder().WithUrl(new Uri(instances[c % instances.Count], "/hubs/maps")).Build();
            connection.On<JsonElement>("MapChanged", m =>
            {
                var now = Stopwatch.GetTimestamp();
                var title = m.GetProperty("change").GetProperty("ops")[0].GetProperty("node").GetProperty("title").GetString();
                if (title?.StartsWith(Prefix, StringComparison.Ordinal) != true) return;
                at[int.Parse(title.AsSpan(Prefix.Length), CultureInfo.InvariantCulture)] = now;
                Interlocked.Increment(ref viewers._received);
            });
            await connection.StartAsync();
            await connection.InvokeAsync<long>("JoinMap", accountId);
            viewers._connections.Add(connection);
        }
        return viewers;
    }

    public async Task<bool> WaitForAsync(int messages, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (Received < messages && sw.Elapsed < timeout) await Task.Delay(5);
        return Received >= messages;
    }

    /// <summary>Send → receipt in ms for changes [from, to) at every client (of one instance, when given); missing ones are counted apart.</summary>
    public (List<double> Latencies, int Missing, long LastReceipt) Measure(long[] sentAt, int from, int to, int? instance = null)
    {
        var latencies = new List<double>();
        var (missing, last) = (0, 0L);
        for (var c = 0; c < _receivedAt.Length; c++)
        {
            if (instance is { } i && _instanceOf[c] != i) continue;
            for (var k = from; k < to; k++)
            {
                var at = _receivedAt[c][k];
                if (at == 0) { missing++; continue; }
                latencies.Add(Stopwatch.GetElapsedTime(sentAt[k], at).TotalMilliseconds);
                last = Math.Max(last, at);
            }
        }
        return (latencies, missing, last);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in _connections) await c.DisposeAsync();
    }
}

using System.Text.Json;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The Query API v2 of Neo4j 5.19+ and Aura: one statement per request, answers as
/// <c>{"data":{"fields","values"}}</c> (202). Explicit transactions live at /query/v2/tx/{id} and must
/// echo the neo4j-cluster-affinity header the server handed out when the transaction opened.
/// </summary>
internal sealed class QueryApiTransport(Neo4jHttp http, string database) : INeo4jTransport
{
    private readonly string _base = $"db/{Uri.EscapeDataString(database)}/query/v2";

    /// <summary>What opens an explicit transaction (the Query API opens one with a statement).</summary>
    public const string Open = "RETURN 1 AS open";

    private Neo4jHttp Http { get; } = http;

    public string Description => "Query API v2";

    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Statement> statements, TimeSpan timeout, CancellationToken ct)
    {
        if (statements.Count == 1)
            return [Result((await Http.SendAsync(HttpMethod.Post, Http.Url(_base), Body(statements[0]), null, timeout, true, ct)).Body)];
        await using var tx = await BeginAsync(timeout, ct);
        return await tx.CommitAsync(statements, ct);
    }

    // Opened with a statement that costs nothing: the id and affinity are known before anything can take long.
    public async Task<INeo4jTransaction> BeginAsync(TimeSpan timeout, CancellationToken ct)
    {
        var reply = await Http.SendAsync(HttpMethod.Post, Http.Url(_base + "/tx"), Body(new Statement(Open)), null, timeout, true, ct);
        var id = reply.Body.ValueKind == JsonValueKind.Object && reply.Body.TryGetProperty("transaction", out var t)
                 && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var i)
            ? i.ToString()
            : throw new Neo4jException("HTTP.NoTransaction", "Neo4j opened a transaction without giving its id.", reply.Status);
        return new Transaction(this, id, reply.Affinity, timeout);
    }

    private static Dictionary<string, object> Body(Statement s) => new() { ["statement"] = s.Text, ["parameters"] = s.Parameters };

    internal static Neo4jResult Result(JsonElement body) => Neo4jHttp.Shaped(body, "data", data =>
    {
        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        var rows = data.GetProperty("values").EnumerateArray()
            .Select(v => (IReadOnlyDictionary<string, object?>)v.EnumerateArray()
                .Select((x, i) => (fields[i], Neo4jJson.Value(x)))
                .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal))
            .ToList();
        return new Neo4jResult(fields, rows);
    }, new Neo4jResult([], []));

    private sealed class Transaction(QueryApiTransport transport, string id, string? affinity, TimeSpan timeout) : INeo4jTransaction
    {
        private bool _finished;

        private Uri TxUrl(string suffix = "") => transport.Http.Url($"{transport._base}/tx/{Uri.EscapeDataString(id)}{suffix}");

        public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken ct)
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            var results = new List<Neo4jResult>(statements.Count);
            foreach (var statement in statements) results.Add(Result((await SendAsync(HttpMethod.Post, TxUrl(), Body(statement), ct)).Body));
            return results;
        }

        public async Task<IReadOnlyList<Neo4jResult>> CommitAsync(IReadOnlyList<Statement> statements, CancellationToken ct)
        {
            var results = await RunAsync(statements, ct);
            await SendAsync(HttpMethod.Post, TxUrl("/commit"), null, ct);
            _finished = true;
            return results;
        }

        public async Task RollbackAsync(CancellationToken ct)
        {
            if (_finished) return;
            _finished = true;
            await transport.Http.SendAsync(HttpMethod.Delete, TxUrl(), null, affinity, timeout, false, ct);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                // Not the caller's token: a request that gave up must still release the server's locks.
                await RollbackAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is Neo4jException or Model.GraphException)
            {
                // Already gone on the server; it would expire after its idle timeout anyway.
            }
        }

        private async Task<Neo4jReply> SendAsync(HttpMethod method, Uri url, object? body, CancellationToken ct)
        {
            try
            {
                return await transport.Http.SendAsync(method, url, body, affinity, timeout, false, ct);
            }
            catch (Neo4jException)
            {
                _finished = true; // a failed statement ends the transaction on the server
                throw;
            }
        }
    }
}

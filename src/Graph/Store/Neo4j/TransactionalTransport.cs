using System.Text.Json;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The transactional HTTP endpoint of self-managed Neo4j 3.x–5.x: <c>{"statements":[...]}</c> in,
/// <c>{"results":[{"columns","data":[{"row"}]}],"errors"}</c> out. Several statements travel in one
/// request, and the transaction URL comes back in the Location header.
/// </summary>
/// <param name="basePath">db/{database}/tx on 4.x and 5.x, db/data/transaction on 3.x.</param>
internal sealed class TransactionalTransport(Neo4jHttp http, string basePath) : INeo4jTransport
{
    private Neo4jHttp Http { get; } = http;

    private string BasePath { get; } = basePath;

    public string Description => "transactional endpoint";

    public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Statement> statements, TimeSpan timeout, CancellationToken ct) =>
        Results((await Http.SendAsync(HttpMethod.Post, Http.Url(BasePath + "/commit"), Body(statements), null, timeout, true, ct)).Body);

    // An empty first request: the transaction's URL is known before anything can take long in it.
    public async Task<INeo4jTransaction> BeginAsync(TimeSpan timeout, CancellationToken ct)
    {
        // Neo4j answers (with the Location) only once the request's statements ran: an empty one answers at once.
        var reply = await Http.SendAsync(HttpMethod.Post, Http.Url(BasePath), Body([]), null, timeout, true, ct);
        var location = reply.Location ?? throw new Neo4jException("HTTP.NoLocation", "Neo4j opened a transaction without saying where it is (no Location header).", reply.Status);
        // The advertised host may differ from ours (proxy, 0.0.0.0): keep the path, use our address.
        return new Transaction(this, Http.Url(location.AbsolutePath), timeout);
    }

    private static Dictionary<string, object> Body(IReadOnlyList<Statement> statements) => new()
    {
        ["statements"] = statements.Select(s => new Dictionary<string, object>
        {
            ["statement"] = s.Text,
            ["parameters"] = s.Parameters,
        }).ToList(),
    };

    internal static IReadOnlyList<Neo4jResult> Results(JsonElement body) => Neo4jHttp.Shaped(body, "results", results =>
        (IReadOnlyList<Neo4jResult>)[.. results.EnumerateArray().Select(r =>
        {
            var columns = r.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var rows = r.GetProperty("data").EnumerateArray()
                .Select(d => (IReadOnlyDictionary<string, object?>)d.GetProperty("row").EnumerateArray()
                    .Select((v, i) => (columns[i], Neo4jJson.Value(v)))
                    .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal))
                .ToList();
            return new Neo4jResult(columns, rows);
        })], []);

    private sealed class Transaction(TransactionalTransport transport, Uri url, TimeSpan timeout) : INeo4jTransaction
    {
        private bool _finished;

        public async Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken ct)
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            return Results((await SendAsync(url, statements, ct)).Body);
        }

        public async Task<IReadOnlyList<Neo4jResult>> CommitAsync(IReadOnlyList<Statement> statements, CancellationToken ct)
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            var reply = await SendAsync(new Uri(url + "/commit"), statements, ct);
            _finished = true;
            return Results(reply.Body);
        }

        public async Task RollbackAsync(CancellationToken ct)
        {
            if (_finished) return;
            _finished = true;
            await transport.Http.SendAsync(HttpMethod.Delete, url, null, null, timeout, false, ct);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                // Not the caller's token: a request that gave up must still release the server's locks and
                // stop its statement (Neo4j terminates a transaction's running statement on DELETE).
                await RollbackAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is Neo4jException or Model.GraphException)
            {
                // The server already rolled back (it does on any error) or will when the transaction expires.
            }
        }

        private async Task<Neo4jReply> SendAsync(Uri target, IReadOnlyList<Statement> statements, CancellationToken ct)
        {
            try
            {
                return await transport.Http.SendAsync(HttpMethod.Post, target, Body(statements), null, timeout, false, ct);
            }
            catch (Neo4jException)
            {
                _finished = true; // Neo4j rolls a transaction back when one of its requests fails.
                throw;
            }
        }
    }
}

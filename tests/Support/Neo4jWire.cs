using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesOps.Tests.Support;

/// <summary>
/// The real wire to a real Neo4j with a tap on it: records every Cypher statement sent (with its
/// parameters as JSON), and can lose answers on purpose — the server did the work, the app never
/// hears of it, as when a connection drops or a timeout strikes at the wrong moment.
/// </summary>
public sealed class Neo4jWire(ConcurrentQueue<(string Statement, JsonObject? Parameters)>? recorded = null) : DelegatingHandler(new SocketsHttpHandler())
{
    public ConcurrentQueue<(string Statement, JsonObject? Parameters)> Recorded { get; } = recorded ?? new();

    /// <summary>Called with each request's method, path and body; true: forward it, then throw instead of answering.</summary>
    public Func<HttpMethod, string, string?, bool> LoseAnswer { get; set; } = (_, _, _) => false;

    /// <summary>Called with each request's method, path and body; true: fail it without sending (the server never sees it).</summary>
    public Func<HttpMethod, string, string?, bool> Refuse { get; set; } = (_, _, _) => false;

    public int Lost { get; private set; }

    /// <summary>Every request as "METHOD path", in the order sent: the round trips an operation costs.</summary>
    public ConcurrentQueue<string> Sent { get; } = new();

    /// <summary>Called with each request's method, path and body before it is sent: another process acting at that moment.</summary>
    public Func<HttpMethod, string, string?, Task> Before { get; set; } = (_, _, _) => Task.CompletedTask;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        if (body is not null) Record(body);
        var path = request.RequestUri!.AbsolutePath;
        await Before(request.Method, path, body);
        Sent.Enqueue($"{request.Method} {path}");
        if (Refuse(request.Method, path, body)) throw new HttpRequestException($"Connection refused (test): {request.Method} {path}");
        var response = await base.SendAsync(request, cancellationToken);
        if (!LoseAnswer(request.Method, path, body)) return response;
        await response.Content.ReadAsByteArrayAsync(cancellationToken); // the server finished its work
        response.Dispose();
        Lost++;
        throw new IOException($"The answer to {request.Method} {path} was lost (test).");
    }

    private void Record(string body)
    {
        var json = JsonNode.Parse(body);
        if (json?["statements"] is JsonArray statements)
        {
            foreach (var s in statements) Add(s);
        }
        else if (json?["statement"] is not null)
        {
            Add(json);
        }

        void Add(JsonNode? s) => Recorded.Enqueue(((string)s!["statement"]!, s["parameters"]?.DeepClone() as JsonObject));
    }
}

/// <summary>Neo4j's own Cypher 5 / Cypher 25 front end under Node (tests/Graph/Store/cypherlint), on statements and their parameters.</summary>
public static class CypherLint
{
    private static readonly string Folder = Path.Combine(Neo4jTestServer.RepoRoot(), "tests", "Graph", "Store", "cypherlint");

    /// <summary>Errors and deprecations for either version; parameters null: undeclared (parameter errors ignored).</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IEnumerable<(string Statement, JsonObject? Parameters)> statements)
    {
        await NodeJs.EnsurePackagesAsync(Folder, Path.Combine("node_modules", "@neo4j-cypher", "language-support"));
        var input = new JsonArray([.. statements.Select(s => new JsonObject { ["statement"] = s.Statement, ["parameters"] = s.Parameters?.DeepClone() })]);
        var output = await NodeJs.RunAsync(Folder, input.ToJsonString(), "lint.cjs");
        return [.. JsonNode.Parse(output)!.AsArray().Select(p => $"{p!["version"]}: {p["message"]}\n    {p["statement"]}")];
    }
}

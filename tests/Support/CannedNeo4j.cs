using System.Net;
using System.Text;

namespace SalesOps.Tests.Support;

/// <summary>
/// A test double of the wire, not a mock: answers each HTTP request with the next canned Neo4j
/// response (bodies as Neo4j's documentation shows them) and records what was sent.
/// </summary>
public sealed class CannedNeo4j : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _answers = new();

    public List<(HttpMethod Method, string Path, string? Body, string? Affinity, string? Authorization)> Requests { get; } = [];

    public CannedNeo4j Answer(HttpStatusCode status, string? json, params (string Name, string Value)[] headers)
    {
        _answers.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null) response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            foreach (var (name, value) in headers)
            {
                if (name == "Location") response.Headers.Location = new Uri(value);
                else response.Headers.TryAddWithoutValidation(name, value);
            }
            return Task.FromResult(response);
        });
        return this;
    }

    /// <summary>An answer that never comes (until the request is cancelled).</summary>
    public CannedNeo4j Hang()
    {
        _answers.Enqueue(async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        return this;
    }

    public IEnumerable<string> Paths => Requests.Select(r => $"{r.Method} {r.Path}");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, body,
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var a) ? a.Single() : null,
            request.Headers.Authorization?.ToString()));
        if (!_answers.TryDequeue(out var answer))
            throw new InvalidOperationException($"No canned answer left for {request.Method} {request.RequestUri}.");
        return await answer(cancellationToken);
    }
}

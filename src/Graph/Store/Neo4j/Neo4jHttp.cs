using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>What a transport needs from one answer: status, two headers and the parsed body.</summary>
internal sealed record Neo4jReply(HttpStatusCode Status, Uri? Location, string? Affinity, JsonElement Body);

/// <summary>
/// The HTTP round trip both transports share: Basic auth, a timeout on every request (the caller's,
/// by the kind of operation), and one rule for failures. Unreachable, timed out or garbled answers become <see cref="GraphException"/>
/// (Unavailable, naming the server); anything Neo4j itself reports becomes <see cref="Neo4jException"/>.
/// </summary>
internal sealed class Neo4jHttp(HttpClient client, Neo4jSettings settings)
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    /// <summary>
    /// A server-side limit for the transaction a request opens, in ms. Neo4j 3.1 applies it once the
    /// server has dbms.transaction.timeout set (checked: a 9 s query stopped at 1 s), otherwise ignores it.
    /// </summary>
    public const string MaxExecutionTimeHeader = "max-execution-time";

    private readonly AuthenticationHeaderValue? _auth = string.IsNullOrEmpty(settings.Password)
        ? null
        : new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));

    public Neo4jSettings Settings => settings;

    /// <summary>An address under the configured server (keeps any path prefix of a proxy).</summary>
    public Uri Url(string path) => new($"{settings.Server}/{path.TrimStart('/')}");

    /// <param name="opensTransaction">Asks the server to stop the transaction this request opens after <paramref name="timeout"/> too.</param>
    public async Task<Neo4jReply> SendAsync(HttpMethod method, Uri url, object? body, string? affinity, TimeSpan timeout, bool opensTransaction, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _auth;
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (opensTransaction)
            request.Headers.TryAddWithoutValidation(MaxExecutionTimeHeader, ((long)timeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Neo4jJson.Serialize(body));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, limit.Token);
            var text = await response.Content.ReadAsStringAsync(limit.Token);
            var reply = new Neo4jReply(
                response.StatusCode,
                response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(url, l)) : null,
                response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null,
                Parse(text, response.StatusCode, method, url));
            ThrowOnErrors(reply);
            return reply;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new GraphException(GraphError.Unavailable,
                $"Neo4j at {settings.Server} did not answer {method} {url.AbsolutePath} within {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new GraphException($"Neo4j at {settings.Server} cannot be reached: {Neo4jSettings.Mask(ex.Message)}", ex);
        }
    }

    /// <summary>
    /// Reads one member of an answer (absent: <paramref name="empty"/>); an answer of another shape
    /// than Neo4j documents is reported as the store being unavailable, not as a crash.
    /// </summary>
    public static T Shaped<T>(JsonElement body, string member, Func<JsonElement, T> read, T empty)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(member, out var value)) return empty;
        try
        {
            return read(value);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or ArgumentOutOfRangeException or FormatException)
        {
            throw new GraphException($"Neo4j answered with a '{member}' of a shape this store does not understand: {ex.Message}", ex);
        }
    }

    private JsonElement Parse(string text, HttpStatusCode status, HttpMethod method, Uri url)
    {
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var start = text.Length > 120 ? text[..120] + "…" : text;
            if ((int)status >= 300) throw new Neo4jException($"HTTP.{(int)status}", $"HTTP {(int)status} from {method} {url.AbsolutePath}: {start}", status);
            throw new GraphException($"{settings.Server} answered {method} {url.AbsolutePath} with something that is not Neo4j's JSON: {start}", ex);
        }
    }

    /// <summary>Neo4j may report errors inside a 2xx answer, so the body is checked before the status.</summary>
    private static void ThrowOnErrors(Neo4jReply reply)
    {
        if (reply.Body.ValueKind == JsonValueKind.Object
            && reply.Body.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var messages = errors.EnumerateArray()
                .Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null)
                .Where(m => !string.IsNullOrEmpty(m));
            throw new Neo4jException(code ?? $"HTTP.{(int)reply.Status}", string.Join(" / ", messages), reply.Status);
        }
        var status = (int)reply.Status;
        if (status is >= 200 and < 300) return;
        throw status switch
        {
            401 => new Neo4jException("Neo.ClientError.Security.Unauthorized", "Unauthorized.", reply.Status),
            // Redirects are not followed: a POST must not silently turn into a GET elsewhere.
            >= 300 and < 400 => new Neo4jException($"HTTP.{status}", $"HTTP {status}: the server redirects to {reply.Location}; use that address.", reply.Status),
            _ => new Neo4jException($"HTTP.{status}", $"HTTP {status} without an error body.", reply.Status),
        };
    }
}

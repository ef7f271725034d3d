using System.Net;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Access;

/// <summary>
/// Every door the app has, from its own endpoint list and hub, against <see cref="AccessMatrix"/>:
/// a door without a row fails, and every row is knocked at by everyone in its columns.
/// </summary>
public sealed partial class AccessMatrixTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>"METHOD /route" for every endpoint the running app has; static files as one family.</summary>
    private IReadOnlySet<string> EndpointKeys()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in world.App.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null ? "{static-asset}" : Normal(e.RoutePattern.RawText ?? "");
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["*"];
            foreach (var method in methods) keys.Add($"{method} {route}");
        }
        return keys;
    }

    private static string Normal(string route)
    {
        var path = route.StartsWith('/') || route.StartsWith('{') ? route : "/" + route;
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static IEnumerable<string> HubMethods() =>
        typeof(MapsHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(MapsHub))
            .Select(m => "HUB " + m.Name);

    /// <summary>The table's doors as the endpoint list names them (a row for a query variant counts for its route).</summary>
    private static HashSet<string> Decided() =>
        [.. AccessMatrix.Doors.Select(d => $"{d.Method} {d.Route}")];

    [Fact]
    public void Every_endpoint_and_hub_method_has_a_row_deciding_who_may_pass()
    {
        var doors = EndpointKeys().Concat(HubMethods()).ToList();
        var decided = Decided();

        var undecided = doors.Where(d => !decided.Contains(d)).Select(d => $"add a row deciding who may pass {d}").ToList();
        var stale = decided.Where(d => !doors.Contains(d)).Select(d => $"the row for {d} names no door of the app any more").ToList();

        undecided.Concat(stale).ShouldBeEmpty(string.Join(Environment.NewLine, undecided.Concat(stale)));
        AccessMatrix.Doors.Where(d => d.Answers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != Enum.GetValues<Who>().Length)
            .Select(d => d.Key).ShouldBeEmpty("a row answers for every caller");
    }

    [Fact]
    public void Every_page_is_in_the_table_and_sends_the_anonymous_to_sign_in_unless_it_lets_them_in()
    {
        var pages = typeof(SalesOps.Web.Extensions).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<Microsoft.AspNetCore.Components.RouteAttribute>().Select(r => (Type: t, Route: r.Template)))
            .ToList();
        AccessMatrix.Doors.GroupBy(d => d.Key).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("one row per door");
        var doors = AccessMatrix.Doors.ToDictionary(d => d.Key, StringComparer.Ordinal);

        pages.Count.ShouldBeGreaterThan(5);
        foreach (var (type, route) in pages)
        {
            doors.TryGetValue($"GET {route}", out var door).ShouldBeTrue($"add a row deciding who may pass GET {route} ({type.Name})");
            var open = type.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            (door!.AnswerOf(Who.Anonymous) == "signin").ShouldBe(!open, $"{type.Name} at {route} {(open ? "lets the anonymous in" : "is for the signed in")}");
        }
    }

    [Fact]
    public async Task Every_door_answers_each_caller_as_the_table_says()
    {
        using var gate = new SemaphoreSlim(6);
        var knocks = AccessMatrix.Doors.Where(d => d.Method != "HUB")
            .SelectMany(d => Enum.GetValues<Who>().Select(async who =>
            {
                await gate.WaitAsync();
                try { return await KnockAsync(d, who); }
                finally { gate.Release(); }
            }));

        var wrong = (await Task.WhenAll(knocks)).OfType<string>().ToList();

        wrong.ShouldBeEmpty($"{wrong.Count} answers differ from the table:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    /// <summary>Null when the caller heard what the table says; otherwise what differs.</summary>
    private async Task<string?> KnockAsync(Door door, Who who)
    {
        var expected = door.AnswerOf(who);
        var probe = door.Knock is { } knock ? await knock(world) : new Probe(door.Route);
        using var fresh = probe.Fresh ? await world.NewVisitorAsync(who) : null;
        var visitor = fresh ?? world.VisitorOf(who);
        using var request = await RequestAsync(visitor, door, probe);
        using var response = await visitor.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var heard = Heard(response, body, expected, door.Secret?.Invoke(world) ?? world.AccountName);
        if (heard != expected)
            return $"{door.Key} as {who}: the table says {expected}, the app answered {heard} ({(int)response.StatusCode} {response.Headers.Location} {body[..Math.Min(body.Length, 160)]})";
        if (expected is "401" or "403" or "404" && probe.Unharmed is { } still && !await still())
            return $"{door.Key} as {who}: refused with {expected}, yet what it aimed at is gone";
        return null;
    }

    private async Task<HttpRequestMessage> RequestAsync(Visitor visitor, Door door, Probe probe)
    {
        var method = probe.Method ?? (door.Method == "*" ? "GET" : door.Method);
        var request = new HttpRequestMessage(new HttpMethod(method), Fill(probe.Path));
        if (probe.Json is { } json) request.Content = System.Net.Http.Json.JsonContent.Create(json);
        if (probe.Body is var (bytes, type)) request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = new(type) } };
        if (probe.Form is { } form)
        {
            var fields = form.ToList();
            if (probe.FormPage is { } page) fields.Add(("__RequestVerificationToken", await visitor.AntiforgeryAsync(page)));
            request.Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        }
        return request;
    }

    private string Fill(string path) => path
        .Replace("{accountId}", world.Account, StringComparison.OrdinalIgnoreCase)
        .Replace("{nodeId}", world.PersonId, StringComparison.Ordinal)
        .Replace("{edgeId}", world.EdgeId, StringComparison.Ordinal);

    /// <summary>The answer in the table's words; "shown"/"hidden" (the secret in it or not) and "status"/"details" only where the table expects those.</summary>
    private string Heard(HttpResponseMessage response, string body, string expected, string secret)
    {
        var status = (int)response.StatusCode;
        if (status == 302 && expected == "signin" && response.Headers.Location is { } to && new Uri(world.Address, to).AbsolutePath == "/signin") return "signin";
        if (status == 200 && expected is "shown" or "hidden") return Readable(response, body).Contains(secret, StringComparison.Ordinal) ? "shown" : "hidden";
        if (status == 200 && expected is "status" or "details") return JsonNode.Parse(body)?["checks"] is null ? "status" : "details";
        return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Readable(HttpResponseMessage response, string body) =>
        response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? JsonNode.Parse(body)?.ToJsonString(Unescaped) ?? ""
            : WebUtility.HtmlDecode(body);
}

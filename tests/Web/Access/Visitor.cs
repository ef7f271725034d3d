using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SalesOps.Tests.Web.Access;

/// <summary>
/// Someone at the app's door over real HTTP, as a browser would be: cookies kept, redirects not
/// followed (so the test sees them), forms posted with the antiforgery token of the page that holds
/// them; or a script with a bearer token. Each visitor may come from its own loopback address, so
/// the sign-in rate limit (per address) counts each one apart, as it would count separate machines.
/// </summary>
public sealed partial class Visitor : IDisposable
{
    private Visitor(Uri address, IPAddress? from, string? bearer)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true };
        if (from is not null) handler.ConnectCallback = (context, ct) => ConnectFromAsync(from, context.DnsEndPoint, ct);
        Http = new HttpClient(handler) { BaseAddress = address };
        if (bearer is not null) Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        Bearer = bearer;
    }

    public HttpClient Http { get; }

    public CookieContainer Cookies { get; } = new();

    public string? Bearer { get; }

    /// <summary>A browser that has not signed in (yet).</summary>
    public static Visitor Browser(Uri address, IPAddress? from = null) => new(address, from, null);

    /// <summary>A script presenting a personal access token.</summary>
    public static Visitor Script(Uri address, string token, IPAddress? from = null) => new(address, from, token);

    /// <summary>A browser signed in as one of the demo team with the sign-in page's one-click button.</summary>
    public static async Task<Visitor> DemoAsync(Uri address, string who, IPAddress? from = null)
    {
        var visitor = Browser(address, from);
        using var response = await visitor.PostFormAsync("/signin/demo", "/signin", ("who", who));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        visitor.SignedIn.ShouldBeTrue($"the demo sign-in as {who} set no cookie");
        return visitor;
    }

    /// <summary>A browser signed in with an e-mail address and password on the sign-in page.</summary>
    public static async Task<Visitor> PasswordAsync(Uri address, string email, string password, IPAddress? from = null)
    {
        var visitor = Browser(address, from);
        using var response = await visitor.PostFormAsync("/signin/password", "/signin", ("email", email), ("password", password));
        response.Headers.Location?.OriginalString.ShouldBe("/", $"signing in as {email}");
        return visitor;
    }

    /// <summary>Whether the browser holds a sign-in cookie.</summary>
    public bool SignedIn => Cookies.GetCookies(Http.BaseAddress!).Any(c => c.Name == "salesops.auth" && !c.Expired);

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path);

    /// <summary>The page's text (its status must be 200).</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts JSON; the status and the problem's detail.</summary>
    public async Task<(HttpStatusCode Status, string Detail)> ProblemAsync(string path, object body)
    {
        using var response = await Http.PostAsync(path, System.Net.Http.Json.JsonContent.Create(body));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? "" : (string?)System.Text.Json.Nodes.JsonNode.Parse(text)?["detail"] ?? "");
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/> (its cookie goes into this browser's jar).</summary>
    public async Task<string> AntiforgeryAsync(string page)
    {
        return AntiforgeryOf(await PageAsync(page));
    }

    /// <summary>The antiforgery token in a page's form.</summary>
    public static string AntiforgeryOf(string html)
    {
        var input = AntiforgeryInput().Match(html);
        var value = input.Success ? ValueAttribute().Match(input.Value) : Match.Empty;
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : throw new ShouldAssertException("no antiforgery token on the page");
    }

    /// <summary>Posts a form as the browser does after loading <paramref name="formPage"/> (null: without the antiforgery token).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string? formPage, params (string Name, string Value)[] fields)
    {
        var all = fields.ToList();
        if (formPage is not null) all.Add(("__RequestVerificationToken", await AntiforgeryAsync(formPage)));
        using var content = new FormUrlEncodedContent(all.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        return await Http.PostAsync(path, content);
    }

    public void Dispose() => Http.Dispose();

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress from, DnsEndPoint to, CancellationToken ct)
    {
        var socket = new Socket(from.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(to, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ValueAttribute();
}

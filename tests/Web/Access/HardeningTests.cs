using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Web.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>The web's own defences: what another site can make a browser send is refused, and answers carry the right headers.</summary>
public sealed partial class HardeningTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private const string Elsewhere = "https://evil.example";

    private static HttpRequestMessage CrossSite(HttpMethod method, string path, HttpContent content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Origin", Elsewhere);
        request.Headers.Referrer = new Uri(Elsewhere + "/trap.html");
        return request;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    private async Task<long> VersionAsync() => (long)(await world.MapAsync(world.Account))["version"]!;

    [Fact]
    public async Task A_cross_site_form_post_to_the_API_is_refused_even_with_the_users_cookie_and_changes_nothing()
    {
        var ana = world.VisitorOf(Who.Editor);
        var lukas = world.VisitorOf(Who.Admin);
        var before = await VersionAsync();
        var accounts = (await world.Admin.GetAsync("/api/accounts")).AsArray().Count;

        using var node = await ana.Http.SendAsync(CrossSite(HttpMethod.Post, $"/api/accounts/{world.Account}/nodes", Form(("kind", "Person"), ("name", "Planted"))));
        using var text = await ana.Http.SendAsync(CrossSite(HttpMethod.Post, $"/api/accounts/{world.Account}/nodes",
            new StringContent("""{"kind":"Person","name":"Planted"}""", Encoding.UTF8, "text/plain")));
        using var import = await lukas.Http.SendAsync(CrossSite(HttpMethod.Post, "/api/import?replace=true", Form(("format", "salesops.export"))));
        // A browser leaves the SameSite=Lax cookie out of a cross-site post anyway: refused the same, before anyone is asked who they are.
        using var anonymous = Visitor.Browser(world.Address);
        using var cookieless = await anonymous.Http.SendAsync(CrossSite(HttpMethod.Post, $"/api/accounts/{world.Account}/nodes", Form(("kind", "Person"))));

        ((int)node.StatusCode, (int)text.StatusCode, (int)import.StatusCode, (int)cookieless.StatusCode).ShouldBe((415, 415, 415, 415));
        (await VersionAsync()).ShouldBe(before);
        (await world.Admin.GetAsync("/api/accounts")).AsArray().Count.ShouldBe(accounts);
    }

    [Fact]
    public async Task An_import_sent_as_text_plain_is_refused_with_415_and_imports_nothing()
    {
        var lukas = Visitor.Script(world.Address, world.App.AdminToken);
        var document = $$"""{"format":"salesops.export","formatVersion":1,"accounts":[{"account":{"id":"acc-plain","name":"Plain Text AG","bringsInnovations":false,"involvesInDevelopment":false,"consultsOnStrategy":false},"nodes":[],"edges":[]}]}""";

        using var plain = await lukas.Http.PostAsync("/api/import", new StringContent(document, Encoding.UTF8, "text/plain"));
        using var none = await lukas.Http.PostAsync("/api/import", new ByteArrayContent(Encoding.UTF8.GetBytes(document)));

        ((int)plain.StatusCode, (int)none.StatusCode).ShouldBe((415, 415));
        plain.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await world.AccountExistsAsync("acc-plain")).ShouldBeFalse();
        using var json = await lukas.Http.PostAsync("/api/import", new StringContent(document, Encoding.UTF8, "application/json"));
        json.StatusCode.ShouldBe(HttpStatusCode.OK, "the same document as JSON is imported: the refusal was about the content type");
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_from_another_sites_page_with_403()
    {
        using var script = Visitor.Script(world.Address, world.App.TokenOf("ana"));
        async Task<HttpStatusCode> NegotiateAsync(string? origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/maps/negotiate?negotiateVersion=1");
            if (origin is not null) request.Headers.Add("Origin", origin);
            using var response = await script.Http.SendAsync(request);
            return response.StatusCode;
        }

        (await NegotiateAsync(Elsewhere)).ShouldBe(HttpStatusCode.Forbidden);
        (await NegotiateAsync(world.Address.GetLeftPart(UriPartial.Authority))).ShouldBe(HttpStatusCode.OK);
        (await NegotiateAsync(null)).ShouldBe(HttpStatusCode.OK);
        (await WebSocketAsync(Elsewhere)).ShouldBe(HttpStatusCode.Forbidden);
        (await WebSocketAsync(world.Address.GetLeftPart(UriPartial.Authority))).ShouldBe(HttpStatusCode.SwitchingProtocols);
    }

    /// <summary>Opens the hub's WebSocket (as a browser page does, with its Origin) and says what the server answered.</summary>
    private async Task<HttpStatusCode> WebSocketAsync(string origin)
    {
        using var ws = new ClientWebSocket();
        ws.Options.CollectHttpResponseDetails = true;
        ws.Options.SetRequestHeader("Origin", origin);
        var url = new UriBuilder(world.Address) { Scheme = "ws", Path = "/hubs/maps", Query = "access_token=" + Uri.EscapeDataString(world.App.TokenOf("ana")) }.Uri;
        try
        {
            await ws.ConnectAsync(url, CancellationToken.None);
            await ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The status says why.
        }
        return ws.HttpStatusCode;
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        foreach (var who in new[] { Who.Anonymous, Who.Editor })
        {
            using var response = await world.VisitorOf(who).GetAsync(who == Who.Anonymous ? "/signin" : $"/accounts/{world.Account}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

            csp.ShouldContain("frame-ancestors 'none'");
            csp.ShouldContain("script-src 'self'");
            csp.ShouldContain("default-src 'self'");
            csp.ShouldNotContain("unsafe-eval");
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
            response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        }
    }

    [Fact]
    public async Task An_unknown_expired_or_revoked_token_gets_a_401_problem_for_the_API()
    {
        var store = world.App.Services.GetRequiredService<IAccessStore>();
        var now = DateTimeOffset.UtcNow;
        var expired = Secrets.New("sot_");
        await store.SaveTokenAsync(new AccessToken { Id = "t-expired", UserId = "u-demo-ana", Name = "old", Hash = Secrets.Hash(expired), Scope = TokenScope.Write, CreatedAt = now.AddDays(-31), ExpiresAt = now.AddMinutes(-1) }, default);
        var revoked = Secrets.New("sot_");
        await store.SaveTokenAsync(new AccessToken { Id = "t-revoked", UserId = "u-demo-ana", Name = "gone", Hash = Secrets.Hash(revoked), Scope = TokenScope.Write, CreatedAt = now, ExpiresAt = now.AddDays(30), RevokedAt = now }, default);

        foreach (var (what, token) in new[] { ("unknown", Secrets.New("sot_")), ("expired", expired), ("revoked", revoked) })
        {
            using var script = Visitor.Script(world.Address, token);
            script.Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await script.GetAsync($"/api/accounts/{world.Account}/map");

            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, what);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", what);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            ((int)problem["status"]!).ShouldBe(401, what);
            response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer", Case.Sensitive, what);
        }
    }

    [Fact]
    public async Task An_anonymous_browser_is_sent_to_sign_in_and_back_while_the_API_answers_401()
    {
        using var browser = Visitor.Browser(world.Address);
        browser.Http.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var page = await browser.GetAsync($"/accounts/{world.Account}/meetings");
        using var api = await browser.GetAsync($"/api/accounts/{world.Account}/meetings");

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var to = new Uri(world.Address, page.Headers.Location!);
        (to.AbsolutePath, Uri.UnescapeDataString(to.Query)).ShouldBe(("/signin", $"?ReturnUrl=/accounts/{world.Account}/meetings"));
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        api.Headers.Location.ShouldBeNull();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Tests.Support;
using SalesOps.Web.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>The app as an operator runs it (Production, no demo team): the doors that only exist there.</summary>
public sealed class ProductionTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly List<AppFactory> _apps = [];

    private AppFactory NewApp(Dictionary<string, string?>? settings = null)
    {
        var app = new AppFactory(_dir.Path, seed: false, settings) { EnvironmentName = "Production" };
        _apps.Add(app);
        return app;
    }

    private AppFactory Start(Dictionary<string, string?>? settings = null)
    {
        var app = NewApp(settings);
        app.Start();
        return app;
    }

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
        _dir.Dispose();
    }

    private static async Task<User> UserAsync(AppFactory app, string id, string name, AppRole role, string? password = null)
    {
        var user = new User { Id = id, Email = $"{id}@production.example", Name = name, Role = role, CreatedAt = DateTimeOffset.UtcNow };
        if (password is not null) user = user with { PasswordHash = LocalSignIn.Hash(user, password) };
        await app.Services.GetRequiredService<IAccessStore>().SaveUserAsync(user, default);
        return user;
    }

    [Fact]
    public void The_demo_sign_in_cannot_be_switched_on_outside_Development_and_the_app_says_why()
    {
        var app = NewApp(new() { ["SALESOPS_DEMO_SIGNIN"] = "true" });

        var refused = Should.Throw<InvalidOperationException>(() => app.Start());

        refused.Message.ShouldContain("It exists in Development only");
        refused.Message.ShouldContain("SALESOPS_DEMO_SIGNIN");
    }

    [Fact]
    public async Task Outside_Development_the_demo_buttons_sign_nobody_in_even_with_a_copied_demo_database()
    {
        var app = Start();
        await UserAsync(app, "u-demo-lukas", "Lukas Weber", AppRole.Admin);
        using var browser = Visitor.Browser(app.ClientOptions.BaseAddress);

        using var response = await browser.PostFormAsync("/signin/demo", "/signin", ("who", "lukas"));

        response.Headers.Location!.OriginalString.ShouldBe("/signin");
        browser.SignedIn.ShouldBeFalse();
        (await browser.PageAsync("/signin")).ShouldNotContain("demo-person");
    }

    [Fact]
    public async Task Outside_Development_the_API_description_is_for_Admins_only()
    {
        var app = Start();
        await UserAsync(app, "u-ada", "Ada Admin", AppRole.Admin);
        await UserAsync(app, "u-max", "Max Member", AppRole.Member);
        var address = app.ClientOptions.BaseAddress;
        using var anonymous = Visitor.Browser(address);
        using var member = Visitor.Script(address, app.TokenOf("u-max"));
        using var admin = Visitor.Script(address, app.TokenOf("u-ada"));

        foreach (var path in new[] { "/openapi/v1.json", "/scalar/v1" })
        {
            using var nobody = await anonymous.GetAsync(path);
            using var max = await member.GetAsync(path);
            using var ada = await admin.GetAsync(path);

            ((int)nobody.StatusCode, nobody.Headers.Location?.AbsolutePath, (int)max.StatusCode, (int)ada.StatusCode).ShouldBe((302, "/signin", 403, 200), path);
        }
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_the_sign_in_cookie_is_Secure_HttpOnly_and_SameSite_Lax()
    {
        var app = Start(new() { ["SALESOPS_BEHIND_PROXY"] = "true" });
        var user = await UserAsync(app, "u-tess", "Tess Tls", AppRole.Member, "Tess-Tls-Pass-1");
        // The proxy speaks https to the browser and http to the app: the browser's cookies come back over https, so keep them by hand.
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.ClientOptions.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var page = await http.GetAsync("/signin");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var token = Visitor.AntiforgeryOf(await page.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin/password")
        {
            Content = new FormUrlEncodedContent([new("email", user.Email), new("password", "Tess-Tls-Pass-1"), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", antiforgery);

        using var response = await http.SendAsync(post);

        response.Headers.Location!.OriginalString.ShouldBe("/");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("salesops.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("; secure");
        cookie.ShouldContain("; httponly");
        cookie.ShouldContain("; samesite=lax");
    }

    [Fact]
    public async Task Only_the_allowed_host_names_are_answered()
    {
        var app = Start(new() { ["SALESOPS_ALLOWED_HOSTS"] = "salesops.example.com" });
        using var http = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        async Task<HttpStatusCode> AsAsync(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
            request.Headers.Host = host;
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        (await AsAsync("salesops.example.com")).ShouldBe(HttpStatusCode.OK);
        (await AsAsync("attacker.example")).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_sign_in_tries_an_address_gets_a_minute_are_a_setting_and_zero_counts_none()
    {
        static async Task<List<HttpStatusCode>> TryAsync(AppFactory app, int times)
        {
            using var office = Visitor.Browser(app.ClientOptions.BaseAddress);
            var answers = new List<HttpStatusCode>();
            for (var i = 0; i < times && !answers.Contains(HttpStatusCode.TooManyRequests); i++)
            {
                using var response = await office.PostFormAsync("/signin/password", "/signin", ("email", $"person{i}@office.example"), ("password", "not-it-" + i));
                answers.Add(response.StatusCode);
            }
            return answers;
        }

        var few = await TryAsync(Start(new() { ["SALESOPS_SIGNIN_LIMIT"] = "3" }), 10);
        var unlimited = await TryAsync(Start(new() { ["SALESOPS_SIGNIN_LIMIT"] = "0" }), 30);

        few.ShouldBe([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests]);
        unlimited.Count.ShouldBe(30);
        unlimited.ShouldAllBe(s => s == HttpStatusCode.Redirect, "no limit: more than the default twenty a minute");
    }

    [Fact]
    public async Task The_API_rate_limit_counts_each_user_apart_even_when_two_share_a_name()
    {
        var app = Start(new() { ["SALESOPS_RATE_LIMIT"] = "60" });
        await UserAsync(app, "u-sam-1", "Sam Same", AppRole.Admin);
        await UserAsync(app, "u-sam-2", "Sam Same", AppRole.Admin);
        using var busy = Visitor.Script(app.ClientOptions.BaseAddress, app.TokenOf("u-sam-1"));
        using var calm = Visitor.Script(app.ClientOptions.BaseAddress, app.TokenOf("u-sam-2"));
        busy.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        var answers = new List<HttpStatusCode>();
        JsonElement problem = default;
        TimeSpan? retryAfter = null;

        for (var i = 0; i < 40 && !answers.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var response = await busy.GetAsync("/api/accounts");
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                retryAfter = response.Headers.RetryAfter?.Delta;
            }
        }
        using var other = await calm.GetAsync("/api/accounts");

        answers[^1].ShouldBe(HttpStatusCode.TooManyRequests, "sixty a minute, in bursts of ten");
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("title").GetString().ShouldBe("Zu viele Anfragen.", "in the caller's language");
        retryAfter.ShouldNotBeNull().TotalSeconds.ShouldBeInRange(1, 60);
        problem.GetProperty("detail").GetString().ShouldBe($"Zu viele Versuche von hier in kurzer Zeit; nichts wurde getan. Versuchen Sie es in {retryAfter.Value.TotalSeconds:0} Sekunden erneut.");
        answers.Count.ShouldBeGreaterThanOrEqualTo(10);
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

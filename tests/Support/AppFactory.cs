using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesOps.Graph.Access;
using SalesOps.Web.Access;

namespace SalesOps.Tests.Support;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, with its own data folder (so each test
/// class gets a fresh SQLite file, demo data seeded or not). Development, so the demo team exists;
/// every client it creates carries an access token of one of them (the admin, Lukas, unless told).
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    /// <param name="port">0 for any free port; a fixed one when something outside must know the address first (an OpenID provider's redirect URI).</param>
    public AppFactory(string dataDirectory, bool seed = true, IDictionary<string, string?>? settings = null, int port = 0)
    {
        DataDirectory = dataDirectory;
        // The store is pinned (SQLite, no Redis) unless this test's settings say otherwise: a SALESOPS_STORE,
        // SALESOPS_REDIS or SalesOps__* of the machine must not send the app elsewhere.
        _settings = new(Pinned);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
        _settings["SALESOPS_DATA"] = dataDirectory;
        _settings["SALESOPS_SEED"] = seed ? "true" : "false";
        _settings["urls"] = $"http://127.0.0.1:{port}";
        UseKestrel(port);
    }

    private static readonly Dictionary<string, string?> Pinned = new()
    {
        ["SALESOPS_STORE"] = "sqlite", ["SalesOps:Store"] = "sqlite", ["SALESOPS_REDIS"] = "", ["SalesOps:Redis"] = "",
        // The idle and quiet trims' blocking, compacting collections would stop the whole test process, every test
        // running beside this app included, each time its browsers are gone or quiet a while; IdleTrimTests cover them.
        [SalesOps.Web.Live.IdleTrim.Setting] = "-1",
        [SalesOps.Web.Live.IdleTrim.QuietSetting] = "-1",
    };

    public string DataDirectory { get; }

    // Hub clients find the token of the app they connect to by its address.
    private static readonly ConcurrentDictionary<string, string> Tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, TokenScope), string> _tokens = new();

    /// <summary>A write token of the demo admin, the identity every created client uses.</summary>
    public string AdminToken => TokenOf("lukas", TokenScope.Write);

    /// <summary>An access token of one of the demo team (ana, jordi, marta, lukas) or any user id, made once per app.</summary>
    public string TokenOf(string who, TokenScope scope = TokenScope.Write) => _tokens.GetOrAdd((who, scope), key =>
    {
        var secret = Secrets.New("sot_");
        var userId = DemoTeam.People.Any(p => p.Key == key.Item1) ? "u-demo-" + key.Item1 : key.Item1;
        var store = Services.GetRequiredService<IAccessStore>();
        store.SaveTokenAsync(new AccessToken
        {
            Id = SalesOps.Graph.Model.Ids.New("t"), UserId = userId, Name = "test", Hash = Secrets.Hash(secret), Scope = key.Item2,
            CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
        }, default).GetAwaiter().GetResult();
        return secret;
    });

    /// <summary>The admin token of the app serving <paramref name="address"/> (for hub clients).</summary>
    public static string? TokenFor(Uri address) => Tokens.GetValueOrDefault(address.GetLeftPart(UriPartial.Authority));

    /// <summary>A service scope that acts as one of the demo team (the admin unless told), as a page's circuit does for its user.</summary>
    public IServiceScope ScopeAs(string who = "lukas")
    {
        var scope = Services.CreateScope();
        var person = DemoTeam.People.Single(p => p.Key == who);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new Caller(CallerKind.User, person.Id, person.Name));
        return scope;
    }

    /// <summary>A client that signs in as nobody (to see what the anonymous get).</summary>
    public HttpClient CreateAnonymousClient()
    {
        _anonymous = true;
        try { return CreateClient(); }
        finally { _anonymous = false; }
    }

    [ThreadStatic] private static bool _anonymous;

    /// <summary>A client carrying a token of <paramref name="who"/>.</summary>
    public HttpClient CreateClientAs(string who, TokenScope scope = TokenScope.Write)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenOf(who, scope));
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        if (!_anonymous) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
    }

    /// <summary>Replaces services before start (a fixed clock, say).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureTestServices { get; init; }

    /// <summary>Where the app thinks it runs: Development (the demo team signs in) unless told.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Starts the server; the address browsers and clients use.</summary>
    public Uri Start()
    {
        StartServer();
        // Without a store, or without the demo team (outside Development), nobody has a token yet: tests make their own.
        if (Services.GetRequiredService<SalesOps.Web.StoreStatus>().Error is null
            && Services.GetRequiredService<IAccessStore>().UserAsync("u-demo-lukas", default).GetAwaiter().GetResult() is not null)
            Tokens[ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority)] = AdminToken;
        return ClientOptions.BaseAddress;
    }

    /// <summary>Everything the app logged so far.</summary>
    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(l => l.AddProvider(Log));
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (ConfigureTestServices is { } configure) builder.ConfigureServices(configure);
    }
}

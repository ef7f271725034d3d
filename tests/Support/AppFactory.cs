using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SalesOps.Tests.Support;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, with its own data folder (so each test
/// class gets a fresh SQLite file, demo data seeded or not).
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public AppFactory(string dataDirectory, bool seed = true, IDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory;
        _settings = new(settings ?? new Dictionary<string, string?>())
        {
            ["SALESOPS_DATA"] = dataDirectory,
            ["SALESOPS_SEED"] = seed ? "true" : "false",
            ["urls"] = "http://127.0.0.1:0",
        };
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    /// <summary>Replaces services before start (a fixed clock, say).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureTestServices { get; init; }

    /// <summary>Starts the server; the address browsers and clients use.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (ConfigureTestServices is { } configure) builder.ConfigureServices(configure);
    }
}

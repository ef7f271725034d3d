using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SalesOps.LiveBench;

/// <summary>The real app on Kestrel at 127.0.0.1 on a free port, in Production with quiet logs, on a given data folder.</summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BenchHost(string dataDirectory, string? redis)
    {
        _settings = new()
        {
            ["SALESOPS_DATA"] = dataDirectory,
            ["SALESOPS_SEED"] = "false",
            ["SALESOPS_REDIS"] = redis,
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        UseKestrel(0);
    }

    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }
}

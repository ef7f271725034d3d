namespace SalesOps.Web;

/// <summary>
/// Store settings from environment variables (SALESOPS_*) or appsettings (SalesOps:*).
/// The environment wins so an operator can set one variable per setting.
/// </summary>
public sealed record StoreSettings(string Store, string DataDirectory, bool SeedDemoData, int DemoSeed)
{
    public string SqlitePath => Path.Combine(DataDirectory, "salesops.db");

    public static StoreSettings From(IConfiguration config, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(config);
        string? Get(string env, string key) => config[env] is { Length: > 0 } v ? v : config[key];
        var data = Get("SALESOPS_DATA", "SalesOps:Data") ?? "data";
        return new StoreSettings(
            (Get("SALESOPS_STORE", "SalesOps:Store") ?? "sqlite").Trim().ToLowerInvariant(),
            Path.GetFullPath(data, contentRoot),
            !string.Equals(Get("SALESOPS_SEED", "SalesOps:SeedDemoData"), "false", StringComparison.OrdinalIgnoreCase),
            int.TryParse(Get("SALESOPS_DEMO_SEED", "SalesOps:DemoSeed"), out var seed) ? seed : 42);
    }
}

/// <summary>Why the store is unusable, when start-up could not prepare it (shown on /health and in the UI).</summary>
public sealed class StoreStatus
{
    public string? Error { get; set; }
}

using SalesOps.Graph.Store.Neo4j;

namespace SalesOps.Web;

/// <summary>
/// Store settings from environment variables (SALESOPS_*) or appsettings (SalesOps:*).
/// The environment wins so an operator can set one variable per setting.
/// </summary>
public sealed record StoreSettings(string Store, string DataDirectory, bool SeedDemoData, int DemoSeed)
{
    public string SqlitePath => Path.Combine(DataDirectory, "salesops.db");

    /// <summary>Used when Store is "neo4j": SALESOPS_NEO4J_URI, _USER, _PASSWORD, _DATABASE, _PROTOCOL or SalesOps:Neo4j:*.</summary>
    public Neo4jSettings Neo4j { get; init; } = new();

    /// <summary>The demo data's reference date (SALESOPS_DEMO_DATE, yyyy-MM-dd); null: the day of the first start.</summary>
    public DateOnly? DemoDate { get; init; }

    /// <summary>How long a SQLite write waits for another writer before the store answers "busy" (SALESOPS_SQLITE_BUSY_TIMEOUT, seconds; 30).</summary>
    public TimeSpan SqliteBusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static StoreSettings From(IConfiguration config, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(config);
        string? Get(string env, string key) => config[env] is { Length: > 0 } v ? v : config[key];
        var data = Get("SALESOPS_DATA", "SalesOps:Data") ?? "data";
        var store = (Get("SALESOPS_STORE", "SalesOps:Store") ?? "sqlite").Trim().ToLowerInvariant();
        return new StoreSettings(
            store,
            Path.GetFullPath(data, contentRoot),
            !string.Equals(Get("SALESOPS_SEED", "SalesOps:SeedDemoData"), "false", StringComparison.OrdinalIgnoreCase),
            int.TryParse(Get("SALESOPS_DEMO_SEED", "SalesOps:DemoSeed"), out var seed) ? seed : 42)
        {
            DemoDate = DateOnly.TryParseExact(Get("SALESOPS_DEMO_DATE", "SalesOps:DemoDate"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var demoDate) ? demoDate : null,
            SqliteBusyTimeout = int.TryParse(Get("SALESOPS_SQLITE_BUSY_TIMEOUT", "SalesOps:SqliteBusyTimeout"), out var busy) && busy > 0
                ? TimeSpan.FromSeconds(busy) : TimeSpan.FromSeconds(30),
            // Parsed only when used: a stray SALESOPS_NEO4J_* value must not stop a SQLite app.
            Neo4j = store != "neo4j" ? new() : Neo4jSettings.From(
                Get("SALESOPS_NEO4J_URI", "SalesOps:Neo4j:Uri"),
                Get("SALESOPS_NEO4J_USER", "SalesOps:Neo4j:User"),
                Get("SALESOPS_NEO4J_PASSWORD", "SalesOps:Neo4j:Password"),
                Get("SALESOPS_NEO4J_DATABASE", "SalesOps:Neo4j:Database"),
                Get("SALESOPS_NEO4J_PROTOCOL", "SalesOps:Neo4j:Protocol")),
        };
    }
}

/// <summary>Why the store is unusable, when start-up could not prepare it (shown on /health and in the UI).</summary>
public sealed class StoreStatus
{
    public string? Error { get; set; }
}

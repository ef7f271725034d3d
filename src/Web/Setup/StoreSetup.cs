using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Seed;

namespace SalesOps.Web;

public static partial class StoreSetup
{
    /// <summary>
    /// Migrates the store and seeds the demo accounts into an empty one. A store that cannot be
    /// prepared does not stop the app: the reason is logged, shown in the UI and on /health.
    /// </summary>
    public static async Task PrepareStoreAsync(this IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<IGraphStore>();
        var settings = services.GetRequiredService<StoreSettings>();
        var status = services.GetRequiredService<StoreStatus>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("SalesOps.Store");
        try
        {
            await store.InitializeAsync(ct);
            if (settings.SeedDemoData && (await store.ListAccountsAsync(ct)).Count == 0)
            {
                // Dated around today (or SALESOPS_DEMO_DATE) so meetings, contacts and due dates look current;
                // the same seed and date give the same maps.
                var day = settings.DemoDate ?? services.GetRequiredService<TimeProvider>().Today();
                var maps = DemoData.Generate(settings.DemoSeed, referenceDate: day);
                foreach (var map in maps) await store.CreateAccountAsync(map, ct);
                LogSeeded(log, maps.Count, settings.DemoSeed, store.Name);
            }
            LogReady(log, await store.CheckHealthAsync(ct));
        }
        catch (GraphException ex)
        {
            status.Error = ex.Message;
            LogUnavailable(log, ex, store.Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo accounts (seed {Seed}) into the {Store} store")]
    private static partial void LogSeeded(ILogger log, int count, int seed, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready: {Description}")]
    private static partial void LogReady(ILogger log, string description);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {Store} store is unavailable; the app runs but cannot show or save maps: {Reason}")]
    private static partial void LogUnavailable(ILogger log, Exception ex, string store, string reason);
}

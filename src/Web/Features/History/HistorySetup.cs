using System.Globalization;
using SalesOps.Graph.History;
using SalesOps.Graph.Store;

namespace SalesOps.Web.Features.History;

public static partial class HistorySetup
{
    /// <summary>
    /// The history reader, and retention when SALESOPS_HISTORY_DAYS (or SalesOps:HistoryDays) is a number of
    /// days: once a day, each account's changes older than that become one base commit. Unset or 0: forever.
    /// </summary>
    public static void AddHistory(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddSingleton(sp => new HistoryReader(sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<IHistoryStore>()));
        var days = config["SALESOPS_HISTORY_DAYS"] is { Length: > 0 } v ? v : config["SalesOps:HistoryDays"];
        if (string.IsNullOrWhiteSpace(days)) return;
        if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var keep) || keep < 0)
            throw new InvalidOperationException($"SALESOPS_HISTORY_DAYS must be a whole number of days (0: keep the history forever), not '{days}'.");
        if (keep > 0) services.AddHostedService(sp => new HistoryRetention(TimeSpan.FromDays(keep), sp));
    }
}

/// <summary>Retention: once at start and then daily, every account's history older than the limit is squashed into a base commit.</summary>
public sealed partial class HistoryRetention(TimeSpan keep, IServiceProvider services) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var store = services.GetRequiredService<IGraphStore>();
        var reader = services.GetRequiredService<HistoryReader>();
        var clock = services.GetRequiredService<TimeProvider>();
        var log = services.GetRequiredService<ILogger<HistoryRetention>>();
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                var cutoff = clock.GetUtcNow() - keep;
                var squashed = 0;
                foreach (var account in await store.ListAccountsAsync(stoppingToken))
                    if (await reader.SquashBeforeAsync(account.Account.Id, cutoff, stoppingToken)) squashed++;
                LogSquashed(log, squashed, keep.TotalDays);
            }
            catch (Graph.Model.GraphException ex)
            {
                LogFailed(log, ex, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "History retention: {Count} accounts kept to their last {Days} days")]
    private static partial void LogSquashed(ILogger log, int count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "History retention failed this time and runs again tomorrow: {Reason}")]
    private static partial void LogFailed(ILogger log, Exception ex, string reason);
}

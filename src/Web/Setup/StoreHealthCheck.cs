using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesOps.Graph.Store;
using SalesOps.Web.Contracts;

namespace SalesOps.Web;

public sealed class StoreHealthCheck(IGraphStore store, StoreStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (status.Error is { } error) return HealthCheckResult.Unhealthy(error);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return HealthCheckResult.Healthy(await store.CheckHealthAsync(timeout.Token));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The {store.Name} store does not answer: {ex.Message}");
        }
    }

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsJsonAsync(body, Json.Options);
    }
}

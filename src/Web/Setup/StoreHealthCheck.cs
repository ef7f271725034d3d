using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
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

    /// <summary>The status for anyone (load balancers, monitors); what the store is and where, for Admins and the machine only.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var caller = await context.RequestServices.GetRequiredService<CurrentUser>().GetAsync();
        var standing = caller.UserId is { } id ? await context.RequestServices.GetRequiredService<AccessDirectory>().StandingAsync(id, context.RequestAborted) : null;
        object body = standing?.IsAdmin == true
            ? new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }
            : new { status = report.Status.ToString() };
        await context.Response.WriteAsJsonAsync(body, Json.Options);
    }
}

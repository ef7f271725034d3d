using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Scalar.AspNetCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Web.Features.Api;
using SalesOps.Web.Features.Arguments;
using SalesOps.Web.Features.Meetings;
using SalesOps.Web.Features.Plan;
using SalesOps.Web.Features.Reach;
using SalesOps.Web.Features.Transfer;
using SalesOps.Web.Live;

namespace SalesOps.Web;

public static class Extensions
{
    public static void AddSalesOps(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = StoreSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(settings);
        services.AddSingleton<IGraphStore>(_ => settings.Store switch
        {
            "sqlite" => new SqliteStore(settings.SqlitePath),
            "neo4j" => new Neo4jStore(settings.Neo4j),
            _ => throw new InvalidOperationException($"Unknown store '{settings.Store}'. Set SALESOPS_STORE to 'sqlite' or 'neo4j'."),
        });
        services.AddSingleton<StoreStatus>();
        services.AddLive(builder.Configuration);
        services.AddSingleton<Features.Map.MapWriter>();

        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Singleton;
            options.Assemblies = [typeof(Extensions)];
        });

        services.AddSingleton(new SalesOps.Graph.Reach.ReachGraphCache(capacity: 64));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Features.Map.PresenceBoard>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Map.PresenceBoard>());

        services.AddRazorComponents().AddInteractiveServerComponents(o =>
        {
            o.DetailedErrors = builder.Environment.IsDevelopment();
            // How long a dropped browser's map stays on the server, catching up, before it must reload.
            if (int.TryParse(builder.Configuration["SALESOPS_CIRCUIT_RETENTION_SECONDS"], out var seconds) && seconds > 0)
                o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(seconds);
        });
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemHandler>();
        services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
    }

    public static void MapSalesOpsApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapAccountsApi();
        app.MapMapApi();
        app.MapReachApi();
        app.MapPlanApi();
        app.MapMeetingsApi();
        app.MapArgumentsApi();
        app.MapSheetApi();
        app.MapLive();
        app.MapTransferApi();
        app.MapHealthChecks("/health", new() { ResponseWriter = StoreHealthCheck.WriteAsync });
    }
}

/// <summary>JSON as the API speaks it: camelCase, enums by their DOMAIN.md names, unknown fields refused.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        o.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return o;
    }
}

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

public static class TodayExtensions
{
    /// <summary>Today in the server's calendar: what plan dates (due, overdue, as of) are measured against.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}

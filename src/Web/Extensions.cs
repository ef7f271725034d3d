using Mediator;
using SalesOps.Graph.Access;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Web.Contracts;
using SalesOps.Web.Features.Api;
using SalesOps.Web.Access;
using SalesOps.Web.Features.History;
using SalesOps.Web.Live;

namespace SalesOps.Web;

public static class Extensions
{
    public static void AddSalesOps(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = StoreSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(settings);
        // The store stamps every commit with the app's clock (a fixed one in tests).
        services.AddSingleton<IGraphStore>(sp => settings.Store switch
        {
            "sqlite" => new SqliteStore(settings.SqlitePath, sp.GetRequiredService<TimeProvider>(), settings.SqliteBusyTimeout),
            "neo4j" => new Neo4jStore(settings.Neo4j, sp.GetRequiredService<TimeProvider>()),
            _ => throw new InvalidOperationException($"Unknown store '{settings.Store}'. Set SALESOPS_STORE to 'sqlite' or 'neo4j'."),
        });
        // Each store keeps users and teams next to the maps, so the one instance serves both ports.
        services.AddSingleton(sp => sp.GetRequiredService<IGraphStore>() as IAccessStore
            ?? throw new InvalidOperationException($"The store '{settings.Store}' does not keep users and teams (IAccessStore)."));
        services.AddSingleton(sp => sp.GetRequiredService<IGraphStore>() as IDocumentStore
            ?? throw new InvalidOperationException($"The store '{settings.Store}' does not keep documents (IDocumentStore)."));
        services.AddSingleton(sp => sp.GetRequiredService<IGraphStore>() as IHistoryStore
            ?? throw new InvalidOperationException($"The store '{settings.Store}' does not keep a change log (IHistoryStore)."));
        services.AddHistory(builder.Configuration);
        services.AddSingleton<StoreStatus>();
        builder.AddAccess(settings.DataDirectory);
        services.AddLive(builder.Configuration);

        services.AddMediator((MediatorOptions options) =>
        {
            // Scoped: a door is decided for the caller of this request, hub call or circuit (CurrentUser).
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Extensions)];
            options.PipelineBehaviors = [typeof(AccessBehavior<,>)];
        });

        services.AddSingleton(new SalesOps.Graph.Reach.ReachGraphCache(SalesOps.Graph.Reach.ReachGraphCache.DefaultMaxBytes));
        services.AddSingleton(TimeProvider.System);

        services.AddRazorComponents().AddInteractiveServerComponents(o =>
        {
            o.DetailedErrors = builder.Environment.IsDevelopment();
            // How long a dropped browser's map stays on the server, catching up, before it must reload.
            if (int.TryParse(builder.Configuration["SALESOPS_CIRCUIT_RETENTION_SECONDS"], out var seconds) && seconds > 0)
                o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(seconds);
        });
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemHandler>();
        services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
    }
}

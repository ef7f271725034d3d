using SalesOps.Web.Contracts;

namespace SalesOps.Web.Live;

public static class LiveSetup
{
    /// <summary>
    /// The feed, the bus (Redis when SALESOPS_REDIS / SalesOps:Redis holds a StackExchange.Redis
    /// connection string such as "127.0.0.1:6379", in-process otherwise) and the hub.
    /// </summary>
    public static void AddLive(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddSingleton<MapFeed>();
        services.AddSingleton<Features.Map.SharedMaps>();
        var redis = config["SALESOPS_REDIS"] is { Length: > 0 } v ? v : config["SalesOps:Redis"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<ILiveBus, InProcessBus>();
        }
        else
        {
            services.AddSingleton(sp => new RedisBus(redis, sp.GetRequiredService<MapFeed>(), sp.GetRequiredService<ILogger<RedisBus>>()));
            services.AddSingleton<ILiveBus>(sp => sp.GetRequiredService<RedisBus>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisBus>());
        }
        services.AddSingleton<ChangeLog>(_ => new ChangeLog());
        // Scoped: every commit is made by the caller of its request, hub call or circuit (CurrentUser).
        services.AddScoped<MapWriter>();
        services.AddSingleton<PresenceBoard>();
        services.AddSingleton<HubConnections>();
        services.AddScoped<CircuitPresence>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<CircuitPresence>());
        services.AddSingleton<IdleTrim>();
        services.AddScoped<CircuitLifetime>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<CircuitLifetime>());
        services.AddHostedService(sp => sp.GetRequiredService<PresenceBoard>());
        services.AddHostedService<HubForwarder>();
        services.AddSignalR(o => Microsoft.AspNetCore.SignalR.HubOptionsExtensions.AddFilter<Access.HubAccess>(o)).AddJsonProtocol(o => Json.Configure(o.PayloadSerializerOptions));
    }

    /// <summary>The hub, for signed-in users and tokens only (its methods then decide per account).</summary>
    public static void MapLive(this IEndpointRouteBuilder app) => app.MapHub<MapsHub>(MapsHub.Path).RequireAuthorization();
}

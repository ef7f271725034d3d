namespace SalesOps.Web.Live;

public static class LiveSetup
{
    /// <summary>
    /// The feed, the bus and the hub.
    /// </summary>
    public static void AddLive(this IServiceCollection services, IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        services.AddSingleton<MapFeed>();
        services.AddSingleton<ILiveBus, InProcessBus>();
        services.AddSingleton<ChangeLog>(_ => new ChangeLog());
        services.AddSingleton<FunctionIndex>();
        services.AddHostedService<HubForwarder>();
        services.AddSignalR().AddJsonProtocol(o => Json.Configure(o.PayloadSerializerOptions));
    }

    public static void MapLive(this IEndpointRouteBuilder app) => app.MapHub<MapsHub>(MapsHub.Path);
}

namespace SalesOps.Web.Live;

public static class HubOrigins
{
    /// <summary>
    /// A browser opening the hub from another site is refused: its Origin must be this site's own, or one
    /// of SALESOPS_HUB_ORIGINS. Programs that send no Origin (the .NET client, scripts) sign in with a token.
    /// </summary>
    public static void UseHubOrigins(this WebApplication app) =>
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(MapsHub.Path) || context.Request.Headers.Origin.ToString() is not { Length: > 0 } origin)
                return next(context);
            var own = $"{context.Request.Scheme}://{context.Request.Host}";
            var allowed = context.RequestServices.GetRequiredService<Access.AccessSettings>().HubOrigins;
            if (string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || allowed.Contains(origin, StringComparer.OrdinalIgnoreCase))
                return next(context);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
}

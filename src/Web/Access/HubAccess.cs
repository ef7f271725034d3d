using Microsoft.AspNetCore.SignalR;

namespace SalesOps.Web.Access;

/// <summary>Each hub call runs as the connection's user: the same doors as pages and the API.</summary>
public sealed class HubAccess : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        invocationContext.ServiceProvider.GetRequiredService<CurrentUser>().Set(Caller.From(invocationContext.Context.User));
        return next(invocationContext);
    }
}

public static class HubOrigins
{
    /// <summary>
    /// A browser opening the hub from another site is refused: its Origin must be this site's own, or one
    /// of SALESOPS_HUB_ORIGINS. Programs that send no Origin (the .NET client, scripts) sign in with a token.
    /// </summary>
    public static void UseHubOrigins(this WebApplication app) =>
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(Live.MapsHub.Path) || context.Request.Headers.Origin.ToString() is not { Length: > 0 } origin)
                return next(context);
            var own = $"{context.Request.Scheme}://{context.Request.Host}";
            var allowed = context.RequestServices.GetRequiredService<AccessSettings>().HubOrigins;
            if (string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || allowed.Contains(origin, StringComparer.OrdinalIgnoreCase))
                return next(context);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
}

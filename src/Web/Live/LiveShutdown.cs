namespace SalesOps.Web.Live;

/// <summary>
/// Once the app is stopping, a page's live connection (Blazor's circuit, the maps hub) that asks to open is
/// answered 503 and its keep-alive connection closed. SignalR closes the connections it has when the app begins to
/// stop; an open page then reconnects at once, and a connection opened after that close was never closed by anyone:
/// the server waited out its whole shutdown timeout (30 s) for it, two stops in three with one map open. Refused,
/// the page keeps trying, and finds the restarted app (or says the app is unreachable) as after any dropped connection.
/// </summary>
public sealed class LiveShutdown(RequestDelegate next, IHostApplicationLifetime lifetime)
{
    /// <summary>Blazor's circuit connection (negotiate and socket), as <c>MapRazorComponents</c> maps it.</summary>
    public const string CircuitPath = "/_blazor";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!lifetime.ApplicationStopping.IsCancellationRequested || !IsLive(context.Request.Path)) return next(context);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.Connection = "close";
        return Task.CompletedTask;
    }

    private static bool IsLive(PathString path) => path.StartsWithSegments(CircuitPath) || path.StartsWithSegments(MapsHub.Path);
}

public static class LiveShutdownSetup
{
    /// <summary>Refuses new live connections once the app is stopping (<see cref="LiveShutdown"/>).</summary>
    public static void UseLiveShutdown(this WebApplication app) => app.UseMiddleware<LiveShutdown>();
}

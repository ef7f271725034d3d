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

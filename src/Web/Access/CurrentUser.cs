using Microsoft.AspNetCore.Components.Authorization;

namespace SalesOps.Web.Access;

/// <summary>
/// The caller of this scope: an HTTP request (set by the middleware), a hub call (set by the hub
/// filter), a Blazor circuit (read from its authentication state), or the machine (command line).
/// </summary>
public sealed class CurrentUser(IServiceProvider services)
{
    private Caller? _caller;

    public void Set(Caller caller) => _caller = caller;

    public async ValueTask<Caller> GetAsync()
    {
        if (_caller is { } known) return known;
        // A circuit: its authentication state was taken from the request that opened it.
        if (services.GetService<AuthenticationStateProvider>() is { } provider)
        {
            try { return Caller.From((await provider.GetAuthenticationStateAsync()).User); }
            catch (InvalidOperationException) { /* not a circuit: no state was ever set */ }
        }
        return Caller.Anonymous;
    }
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

/// <summary>
/// Personal access tokens as <c>Authorization: Bearer sot_…</c> (or, for the live hub's WebSocket,
/// the <c>access_token</c> query parameter SignalR clients send). A token counts only while it is
/// unexpired, unrevoked and its user enabled; it carries its scope.
/// </summary>
public sealed partial class TokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAccessStore store, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented() is not { } secret) return AuthenticateResult.NoResult();
        var token = await store.TokenByHashAsync(Secrets.Hash(secret), Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        if (await store.UserAsync(token.UserId, Context.RequestAborted) is not { Disabled: false } user)
            return AuthenticateResult.Fail("The token's user is disabled.");
        // Last use is kept to the hour: enough to see which tokens are alive, without a write per request.
        if (token.LastUsedAt is not { } used || now - used > TimeSpan.FromHours(1))
        {
            // Bookkeeping: a store too busy to note the hour must not refuse the request it authenticates.
            try { await store.SaveTokenAsync(token with { LastUsedAt = now }, Context.RequestAborted); }
            catch (GraphException ex) when (ex.Error == GraphError.Unavailable) { LogLastUseNotSaved(Logger, ex, token.Id, ex.Message); }
        }
        return AuthenticateResult.Success(new AuthenticationTicket(Claims.Principal(user, Name, token.Scope), Name));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last use of token {TokenId} was not saved: {Reason}")]
    private static partial void LogLastUseNotSaved(ILogger log, Exception ex, string tokenId, string reason);

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    private string? Presented()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        return Request.Path.StartsWithSegments("/hubs") && Request.Query["access_token"].ToString() is { Length: > 0 } query ? query : null;
    }

    /// <summary>Whether the request presents a token at all (then the token scheme answers it, not the cookie).</summary>
    public static bool Presents(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || (request.Path.StartsWithSegments("/hubs") && request.Query.ContainsKey("access_token"));
    }
}

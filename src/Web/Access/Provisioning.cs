using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

/// <summary>
/// Users coming and going: a sign-in cookie stays good only while its user exists and is enabled;
/// the company's sign-in finds (or, the first time, creates) the user it stands for; one-time links
/// let a new user set their password.
/// </summary>
public sealed partial class Provisioning(IAccessStore store, AccessDirectory directory, TimeProvider clock, ILogger<Provisioning> log)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    /// <summary>Every request re-checks the cookie's user (from the directory's cache): a disabled or removed user is signed out at once.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is not null && await directory.StandingAsync(id, context.HttpContext.RequestAborted) is { User.Disabled: false }) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(AccessSetup.Cookie);
    }

    /// <summary>
    /// The user an OpenID Connect sign-in stands for: the one linked to that identity, else the one with
    /// its e-mail address (then linked), else a new Member. Null when that user is disabled.
    /// </summary>
    public async Task<User?> FromCompanyAsync(string externalId, string? email, string? name, CancellationToken ct)
    {
        var user = await store.UserByExternalIdAsync(externalId, ct)
            ?? (email is { Length: > 0 } ? await store.UserByEmailAsync(email, ct) : null);
        if (user is null)
        {
            user = new User
            {
                Id = Ids.New("u"), Email = email ?? externalId, Name = string.IsNullOrWhiteSpace(name) ? email ?? externalId : name.Trim(),
                ExternalId = externalId, CreatedAt = clock.GetUtcNow(),
            };
            await store.SaveUserAsync(user, ct);
            LogCreated(log, user.Email);
        }
        else if (user.ExternalId != externalId)
        {
            user = user with { ExternalId = externalId };
            await store.SaveUserAsync(user, ct);
        }
        directory.Forget(user.Id);
        return user.Disabled ? null : user;
    }

    /// <summary>A one-time link for the user (shown once; only its hash is kept), valid for <see cref="LinkLifetime"/>.</summary>
    public async Task<string> LinkAsync(User user, LinkPurpose purpose, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var secret = Secrets.New("sol_");
        await store.SaveLinkAsync(new OneTimeLink { Hash = Secrets.Hash(secret), UserId = user.Id, Purpose = purpose, ExpiresAt = clock.GetUtcNow() + LinkLifetime }, ct);
        return $"/signin/link?token={Uri.EscapeDataString(secret)}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created user {Email} at their first company sign-in (Member, on no account's team yet)")]
    private static partial void LogCreated(ILogger log, string email);
}

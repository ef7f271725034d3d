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
    /// The user a company sign-in stands for: the one linked to that identity, else the one with its
    /// e-mail address (then linked; never on an address the provider says it has not verified), else a
    /// new Member on no account's team. The provider's name wins over the one kept here. No user, and
    /// why (a <see cref="CompanySignIn.Problems"/> key), when it is disabled or the e-mail is not this identity's to take.
    /// </summary>
    public async Task<(User? User, string? Refused)> FromCompanyAsync(CompanyIdentity identity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var email = string.IsNullOrWhiteSpace(identity.Email) ? null : identity.Email.Trim();
        var name = string.IsNullOrWhiteSpace(identity.Name) ? null : identity.Name.Trim()[..Math.Min(100, identity.Name.Trim().Length)];
        var user = await store.UserByExternalIdAsync(identity.ExternalId, ct);
        if (user is null && email is not null && await store.UserByEmailAsync(email, ct) is { } holder)
        {
            if (!identity.EmailVerified)
            {
                LogUnverified(log, identity.ExternalId, email);
                return (null, CompanySignIn.Problems.Unverified);
            }
            user = holder with { ExternalId = identity.ExternalId };
        }
        if (user is null)
        {
            user = new User
            {
                Id = Ids.New("u"), Email = email ?? identity.ExternalId, Name = name ?? email ?? identity.ExternalId,
                ExternalId = identity.ExternalId, CreatedAt = clock.GetUtcNow(),
            };
            await store.SaveUserAsync(user, ct);
            LogCreated(log, user.Email);
        }
        else if (user.ExternalId != identity.ExternalId || (name is not null && user.Name != name))
        {
            user = user with { ExternalId = identity.ExternalId, Name = name ?? user.Name };
            await store.SaveUserAsync(user, ct);
        }
        directory.Forget(user.Id);
        return user.Disabled ? (null, CompanySignIn.Problems.Disabled) : (user, null);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused company sign-in {ExternalId}: its e-mail {Email} belongs to a SalesOps user, and the provider says it is not verified")]
    private static partial void LogUnverified(ILogger log, string externalId, string email);
}

/// <summary>Who the company's provider says signed in, in the claims the settings name.</summary>
public sealed record CompanyIdentity
{
    /// <summary>"issuer|subject": the only pair OpenID Connect promises is stable for a person.</summary>
    public required string ExternalId { get; init; }
    public string? Email { get; init; }
    /// <summary>False only when the provider says so (email_verified=false); many (Entra ID) never say.</summary>
    public bool EmailVerified { get; init; } = true;
    public string? Name { get; init; }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SalesOps.Web.Access;

/// <summary>
/// The company's sign-in (Entra ID, Okta, Keycloak, Google…): OpenID Connect's code flow with PKCE. The
/// provider's identity becomes a SalesOps user (<see cref="Provisioning.FromCompanyAsync"/>) and the
/// session is then SalesOps' own cookie, as with a local sign-in.
/// </summary>
public static partial class CompanySignIn
{
    public const string Scheme = "oidc";
    public const string CallbackPath = "/signin/oidc/callback";

    /// <summary>Why a company sign-in sent the browser back: the sign-in page says it in the reader's language.</summary>
    public static class Problems
    {
        public const string Unreachable = "company-unreachable";
        public const string Refused = "company-refused";
        public const string Failed = "company-failed";
        public const string Disabled = "company-disabled";
        public const string Unverified = "company-unverified";
    }

    public static void AddCompanySignIn(this AuthenticationBuilder auth, AccessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(settings);
        auth.AddOpenIdConnect(Scheme, "Company sign-in", o =>
        {
            o.SignInScheme = AccessSetup.Cookie;
            o.Authority = settings.OidcAuthority;
            o.ClientId = settings.OidcClientId;
            o.ClientSecret = settings.OidcClientSecret;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.RequireHttpsMetadata = settings.OidcRequireHttps;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.CallbackPath = CallbackPath;
            o.SignedOutCallbackPath = "/signin/oidc/signed-out";
            o.Scope.Clear();
            foreach (var scope in settings.OidcScopes) o.Scope.Add(scope);
            // Providers that put name and e-mail only in the userinfo answer (oidc-provider does, others can
            // be set up so) need them copied from it, whatever claim the settings name.
            foreach (var claim in new[] { settings.OidcNameClaim, settings.OidcEmailClaim, "email_verified" }.Distinct(StringComparer.Ordinal))
                o.ClaimActions.MapUniqueJsonKey(claim, claim);
            // A provider that went away and came back is tried again within a minute, not after the default five.
            o.RefreshInterval = TimeSpan.FromMinutes(1);
            // Not at OnTokenValidated: the userinfo claims (often the only name and e-mail) arrive after it.
            o.Events.OnTicketReceived = ProvisionAsync;
            o.Events.OnRemoteFailure = c =>
            {
                // A refused consent, a stale or replayed callback, a token endpoint that failed: never a 500.
                LogRemoteFailure(Log(c.HttpContext), c.Failure, settings.OidcAuthority);
                c.Response.Redirect(ProblemPage(Problems.Failed));
                c.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The sign-in page, saying why the company sign-in (or the demo sign-in) sent the browser back.</summary>
    public static string ProblemPage(string problem) => "/signin?problem=" + Uri.EscapeDataString(problem);

    /// <summary>Swaps the provider's identity for the SalesOps user it stands for (found, linked or created).</summary>
    private static async Task ProvisionAsync(TicketReceivedContext c)
    {
        var settings = c.HttpContext.RequestServices.GetRequiredService<AccessSettings>();
        var p = c.Principal!;
        var subject = p.FindFirst("sub");
        if (subject is not { Value.Length: > 0 })
        {
            LogNoSubject(Log(c.HttpContext), settings.OidcAuthority);
            c.Response.Redirect(ProblemPage(Problems.Failed));
            c.HandleResponse();
            return;
        }
        // The token's own issuer, not the configured authority: a trailing slash in a setting changes no identity.
        var issuer = subject.Issuer is { Length: > 0 } iss && iss != ClaimsIdentity.DefaultIssuer ? iss : settings.OidcAuthority;
        var provisioning = c.HttpContext.RequestServices.GetRequiredService<Provisioning>();
        var (user, refused) = await provisioning.FromCompanyAsync(new CompanyIdentity
        {
            ExternalId = $"{issuer}|{subject.Value}",
            Email = p.FindFirstValue(settings.OidcEmailClaim),
            EmailVerified = !string.Equals(p.FindFirstValue("email_verified"), "false", StringComparison.OrdinalIgnoreCase),
            Name = p.FindFirstValue(settings.OidcNameClaim),
        }, c.HttpContext.RequestAborted);
        if (user is null)
        {
            c.Response.Redirect(ProblemPage(refused ?? Problems.Failed));
            c.HandleResponse();
            return;
        }
        c.Principal = Claims.Principal(user, AccessSetup.Cookie);
    }

    /// <summary>Starts the company sign-in; a provider that does not answer sends the browser back to say so.</summary>
    public static async Task<IResult> ChallengeAsync(HttpContext http, AccessSettings settings, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            await http.ChallengeAsync(Scheme, new AuthenticationProperties { RedirectUri = returnUrl });
            return Results.Empty;
        }
        catch (OpenIdConnectProtocolException ex)
        {
            // The provider answered with an OAuth error (a wrong secret or redirect URI, say): only an administrator can fix it.
            LogRefused(Log(http), settings.OidcAuthority, ex.Message);
            return Results.Redirect(ProblemPage(Problems.Refused));
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            // Discovery failed: the provider is down, unreachable or misconfigured.
            LogUnreachable(Log(http), ex, settings.OidcAuthority);
            return Results.Redirect(ProblemPage(Problems.Unreachable));
        }
    }

    private static ILogger Log(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CompanySignIn).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The company sign-in at {Authority} did not answer its discovery request")]
    private static partial void LogUnreachable(ILogger log, Exception ex, string? authority);

    [LoggerMessage(Level = LogLevel.Error, Message = "The company sign-in at {Authority} refused SalesOps' authorization request: {Reason}")]
    private static partial void LogRefused(ILogger log, string? authority, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A company sign-in through {Authority} did not complete")]
    private static partial void LogRemoteFailure(ILogger log, Exception? ex, string? authority);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The company sign-in at {Authority} sent an identity without a subject (sub): refused")]
    private static partial void LogNoSubject(ILogger log, string? authority);
}

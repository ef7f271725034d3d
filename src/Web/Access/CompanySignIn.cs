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
public static class CompanySignIn
{
    public const string Scheme = "oidc";

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
            o.CallbackPath = "/signin/oidc/callback";
            o.SignedOutCallbackPath = "/signin/oidc/signed-out";
            o.Scope.Clear();
            foreach (var scope in settings.OidcScopes) o.Scope.Add(scope);
            o.Events.OnTokenValidated = async c =>
            {
                var p = c.Principal!;
                var subject = p.FindFirstValue("sub") ?? p.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
                var provisioning = c.HttpContext.RequestServices.GetRequiredService<Provisioning>();
                var user = await provisioning.FromCompanyAsync($"{settings.OidcAuthority}|{subject}",
                    p.FindFirstValue(settings.OidcEmailClaim), p.FindFirstValue(settings.OidcNameClaim), c.HttpContext.RequestAborted);
                if (user is null)
                {
                    c.Fail("This user is disabled in SalesOps.");
                    return;
                }
                c.Principal = Claims.Principal(user, AccessSetup.Cookie);
            };
            // An unreachable or misconfigured provider is a page that says so, never a 500.
            o.Events.OnRemoteFailure = c =>
            {
                c.Response.Redirect("/signin?problem=" + Uri.EscapeDataString(c.Failure?.Message ?? "The company sign-in did not answer."));
                c.HandleResponse();
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToIdentityProvider = c =>
            {
                // The API and the hub answer 401; only pages are sent to the provider.
                if (!c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/hubs")) return Task.CompletedTask;
                c.Response.StatusCode = StatusCodes.Status401Unauthorized;
                c.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }
}

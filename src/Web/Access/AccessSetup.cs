using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Access;
using StackExchange.Redis;

namespace SalesOps.Web.Access;

/// <summary>Who may come in and how: sign-in (cookie, tokens, OpenID Connect), the rules every door applies, and the web's own defences.</summary>
public static class AccessSetup
{
    public const string Cookie = "salesops";
    private const string Smart = "salesops-smart";

    public static void AddAccess(this WebApplicationBuilder builder, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = AccessSettings.From(builder.Configuration, builder.Environment.IsDevelopment());
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<AccessDirectory>();
        services.AddSingleton<LocalSignIn>();
        services.AddSingleton<Provisioning>();
        services.AddSingleton<DemoTeam>();
        services.AddScoped<CurrentUser>();
        services.AddHttpContextAccessor();

        // A request with a bearer token is answered by the token scheme; any other by the sign-in cookie.
        var auth = services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Cookie or token", o => o.ForwardDefaultSelector = c => TokenAuthentication.Presents(c.Request) ? TokenAuthentication.Name : Cookie)
            .AddCookie(Cookie, o =>
            {
                o.Cookie.Name = "salesops.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever served over https (behind TLS)
                o.LoginPath = "/signin";
                o.AccessDeniedPath = "/signin";
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = c => ApiAnswers401(c);
                o.Events.OnRedirectToAccessDenied = c => ApiAnswers401(c, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = c => c.HttpContext.RequestServices.GetRequiredService<Provisioning>().ValidateAsync(c);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.Name, _ => { });
        if (settings.Oidc) auth.AddCompanySignIn(settings);
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, NeedHandler>();
        services.AddCascadingAuthenticationState();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => TooManyAsync(context.HttpContext, context.Lease, ct);
            // Sign-in tries per address and minute (SALESOPS_SIGNIN_LIMIT; 0: none): slows guessing across many users from one place.
            o.AddPolicy("signin", c => settings.SignInTriesPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(c.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInTriesPerMinute, Window = TimeSpan.FromMinutes(1) }));
            // Per user (or address): bursts of up to ten seconds' worth, refilled every second (SALESOPS_RATE_LIMIT a minute; 0: none).
            // By user id, not name: anyone may choose the name of someone else and would share their allowance.
            o.AddPolicy("api", c => settings.RatePerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetTokenBucketLimiter(c.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? c.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, settings.RatePerMinute / 6), TokensPerPeriod = Math.Max(1, settings.RatePerMinute / 60),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0,
                    }));
        });

        // Keys that sign the cookies survive restarts, and are shared by every instance when Redis is there.
        var keys = services.AddDataProtection().SetApplicationName("SalesOps");
        if ((builder.Configuration["SALESOPS_REDIS"] ?? builder.Configuration["SalesOps:Redis"]) is { Length: > 0 } redis)
            keys.PersistKeysToStackExchangeRedis(() => ConnectionMultiplexer.Connect(redis).GetDatabase(), "salesops:data-protection-keys");
        else
            keys.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind a TLS proxy (see the README) the scheme and client address come from it.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        if ((builder.Configuration["SALESOPS_ALLOWED_HOSTS"]) is { Length: > 0 } hosts)
            builder.Configuration["AllowedHosts"] = hosts;
    }

    /// <summary>The middleware between a request and its door, in order.</summary>
    public static void UseAccess(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration["SALESOPS_BEHIND_PROXY"] is "true") app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<CurrentUser>().Set(Caller.From(context.User));
            return next(context);
        });
        app.UseAuthorization();
    }

    /// <summary>
    /// The limits on sign-in tries and API calls: after the request's language is known (after <see cref="UseAccess"/>,
    /// which a signed-in user's saved language needs), so a refusal is in that language.
    /// </summary>
    public static void UseLimits(this WebApplication app) => app.UseRateLimiter();

    /// <summary>
    /// A refusal in words, saying when to try again (and in Retry-After): the sign-in forms get a page with the
    /// way back to the sign-in page, the API a problem. Nothing was done.
    /// </summary>
    private static async ValueTask TooManyAsync(HttpContext http, RateLimitLease lease, CancellationToken ct)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var title = text["Problem.TooMany"].Value;
        var detail = text["Problem.TooManyDetail", seconds].Value;
        if (http.Request.Path.StartsWithSegments("/signin"))
        {
            var html = HtmlEncoder.Default;
            http.Response.ContentType = "text/html; charset=utf-8";
            // Dressed as the sign-in page it answers for (its stylesheet and box), not a bare page.
            await http.Response.WriteAsync(
                $"<!DOCTYPE html><html lang=\"{html.Encode(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)}\"><head><meta charset=\"utf-8\">" +
                $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"><title>{html.Encode(title)}</title><link rel=\"stylesheet\" href=\"/app.css\"></head>" +
                $"<body><section class=\"signin\"><h1>{html.Encode(title)}</h1><p class=\"error\" role=\"alert\">{html.Encode(detail)}</p>" +
                $"<p><a class=\"button primary\" href=\"/signin\">{html.Encode(text["SignIn.Back"].Value)}</a></p></section></body></html>", ct);
            return;
        }
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http, ProblemDetails = new() { Status = StatusCodes.Status429TooManyRequests, Title = title, Detail = detail },
        });
    }

    /// <summary>The API and the hub answer 401 (403) with a problem; pages go to the sign-in page.</summary>
    private static Task ApiAnswers401(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> c, int status = StatusCodes.Status401Unauthorized)
    {
        if (c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/hubs"))
        {
            c.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Localization;
using SalesOps.Web.Access;

namespace SalesOps.Web;

/// <summary>The languages the app speaks, and how a request's language is chosen.</summary>
public static class Languages
{
    public static readonly IReadOnlyList<string> Supported = ["en", "es", "de"];

    /// <summary>Each language by its own name, as a picker shows it.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Names = [("en", "English"), ("es", "Español"), ("de", "Deutsch")];

    /// <summary>
    /// English unless the language cookie (set by the picker), the signed-in user's saved choice or the
    /// browser's Accept-Language asks for Spanish or German. The cookie speaks first: it is what this
    /// browser chose last, and reading it costs no lookup.
    /// </summary>
    public static RequestLocalizationOptions Options()
    {
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(UserChoiceAsync),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ],
        };
    }

    /// <summary>The cookie that remembers a language in this browser for a year.</summary>
    public static void Remember(HttpContext http, string language)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
    }

    /// <summary>The language saved with the signed-in user; remembered in the cookie so the next request need not look.</summary>
    private static async Task<ProviderCultureResult?> UserChoiceAsync(HttpContext http)
    {
        if (Caller.From(http.User) is not { Kind: CallerKind.User, UserId: { } id }) return null;
        var standing = await http.RequestServices.GetRequiredService<AccessDirectory>().StandingAsync(id, http.RequestAborted);
        if (standing?.User.Language is not { } language || !Supported.Contains(language)) return null;
        if (!http.Response.HasStarted) Remember(http, language);
        return new ProviderCultureResult(language);
    }
}

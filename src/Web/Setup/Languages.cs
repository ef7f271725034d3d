using System.Globalization;

namespace SalesOps.Web;

/// <summary>The languages the app speaks, and how a request's language is chosen.</summary>
public static class Languages
{
    public static readonly IReadOnlyList<string> Supported = ["en", "es", "de"];

    /// <summary>English unless the language cookie or the browser's Accept-Language asks for Spanish or German.</summary>
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
        };
    }
}

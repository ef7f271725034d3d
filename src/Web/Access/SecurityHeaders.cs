namespace SalesOps.Web.Access;

public static class SecurityHeaders
{
    /// <summary>
    /// A policy as strict as Blazor Server allows: scripts and styles from this site only, the live
    /// connection to this site, no framing by others, no guessing of content types, no referrer
    /// beyond this site. (Inline styles stay allowed: the diagram positions its cards with them.)
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "same-origin";
            h.XFrameOptions = "DENY";
            return next(context);
        });
    }
}

using Microsoft.AspNetCore.Diagnostics;

namespace SalesOps.Web.Components;

/// <summary>
/// A browser that asks for an address nothing answers gets the not-found page, in its language and with the
/// app's header; the API and everything else a program asks for keep their ProblemDetails.
/// </summary>
public static class NotFoundPages
{
    public const string Path = "/not-found";

    /// <summary>
    /// After <c>UseStatusCodePages</c> (the ProblemDetails), so this, nearer the endpoint, answers first: it runs the
    /// request again as the not-found page, routed anew. For any request but a page's it stands aside (its feature off),
    /// and the ProblemDetails answer.
    /// </summary>
    public static void UseNotFoundPage(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute(Path, createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!AsksForPage(context.Request) && context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            return next(context);
        });
    }

    /// <summary>A browser's navigation (GET or HEAD, accepting HTML) outside the API, the hub and the health check.</summary>
    public static bool AsksForPage(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/hubs") && !request.Path.StartsWithSegments("/health")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.LanguageChoice;

public static class LanguageEndpoints
{
    /// <summary>
    /// The picker's form: remembers the language in this browser's cookie and, for a person signed in,
    /// with their user; then back to the page it came from, which reloads in the new language.
    /// </summary>
    public static void MapLanguage(this IEndpointRouteBuilder app)
    {
        app.MapPost("/language", async ([FromForm] string? language, [FromForm] string? back, HttpContext http, CurrentUser current, IMediator mediator, CancellationToken ct) =>
        {
            if (language is null || !Languages.Supported.Contains(language)) return Results.BadRequest();
            Languages.Remember(http, language);
            if ((await current.GetAsync()).Kind == CallerKind.User) await mediator.Send(new ChooseLanguage(language), ct);
            return Results.LocalRedirect(Local(back));
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>Only addresses within this site.</summary>
    private static string Local(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}

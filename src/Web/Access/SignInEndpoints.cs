using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using SalesOps.Graph.Access;

namespace SalesOps.Web.Access;

/// <summary>
/// Signing in and out. The sign-in pages are plain forms (with antiforgery tokens) that post here;
/// every answer is a redirect, and a refusal never says whether the e-mail or the password was wrong.
/// </summary>
public static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        var signin = app.MapGroup("/signin").AllowAnonymous().RequireRateLimiting("signin").ExcludeFromDescription();

        signin.MapPost("/password", async ([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
            LocalSignIn local, AccessSettings settings, HttpContext http, CancellationToken ct) =>
        {
            if (settings.Oidc) return Results.Redirect("/signin");
            var user = await local.CheckAsync(email, password, ct);
            if (user is null) return Results.Redirect($"/signin?failed=1&email={Uri.EscapeDataString(email ?? "")}&returnUrl={Uri.EscapeDataString(Local(returnUrl))}");
            await SignInAsync(http, user);
            return Results.LocalRedirect(Local(returnUrl));
        });

        signin.MapPost("/demo", async ([FromForm] string? who, [FromForm] string? returnUrl, AccessSettings settings, DemoTeam team, HttpContext http, CancellationToken ct) =>
        {
            if (!settings.DemoSignIn) return Results.Redirect("/signin");
            // A demo person an administrator disabled (or one this store does not have) is said so, not sent back in silence.
            if (await team.UserAsync(who, ct) is not { Disabled: false } user)
                return Results.Redirect($"{CompanySignIn.ProblemPage(DemoTeam.Unavailable)}&returnUrl={Uri.EscapeDataString(Local(returnUrl))}");
            await SignInAsync(http, user);
            return Results.LocalRedirect(Local(returnUrl));
        });

        signin.MapGet("/company", (string? returnUrl, AccessSettings settings, HttpContext http) =>
            settings.Oidc ? CompanySignIn.ChallengeAsync(http, settings, Local(returnUrl)) : Task.FromResult(Results.Redirect("/signin")));

        signin.MapPost("/link", async ([FromForm] string? token, [FromForm] string? name, [FromForm] string? password, [FromForm] string? repeat,
            IAccessStore store, AccessDirectory directory, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var back = $"/signin/link?token={Uri.EscapeDataString(token ?? "")}";
            if (password != repeat) return Results.Redirect(back + "&problem=Password.Repeat");
            var hash = Secrets.Hash(token ?? "");
            if (await Links.UserOfAsync(store, hash, clock, ct) is not { } user) return Results.Redirect(back);
            if (LocalSignIn.Weakness(password, user.Email) is { } weak) return Results.Redirect($"{back}&problem={weak}");
            if (await store.UseLinkAsync(hash, clock.GetUtcNow(), ct) is null) return Results.Redirect(back);
            user = user with
            {
                Name = string.IsNullOrWhiteSpace(name) ? user.Name : name.Trim()[..Math.Min(100, name.Trim().Length)],
                PasswordHash = LocalSignIn.Hash(user, password!), FailedSignIns = 0, LockedUntil = null,
            };
            await store.SaveUserAsync(user, ct);
            directory.Forget(user.Id);
            await SignInAsync(http, user);
            return Results.LocalRedirect("/");
        });

        app.MapPost("/signout", async (HttpContext http) =>
        {
            await http.SignOutAsync(AccessSetup.Cookie);
            return Results.Redirect("/signin");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static Task SignInAsync(HttpContext http, User user) =>
        http.SignInAsync(AccessSetup.Cookie, Claims.Principal(user, AccessSetup.Cookie));

    /// <summary>
    /// Only addresses within this site: a sign-in never sends anyone elsewhere. Browsers drop tabs and line
    /// breaks from addresses ("/\t/evil.example" becomes "//evil.example"), so an address with one is not ours.
    /// </summary>
    private static string Local(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && !url.Any(char.IsControl) ? url : "/";
}

/// <summary>One-time links, read without being used (the page shows the form only for a link that still works).</summary>
public static class Links
{
    public static async Task<User?> UserOfAsync(IAccessStore store, string hash, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        return await store.PeekLinkAsync(hash, clock.GetUtcNow(), ct) is { } link ? await store.UserAsync(link.UserId, ct) : null;
    }
}

using System.Security.Claims;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

public enum CallerKind { Anonymous, User, Token, Machine }

/// <summary>
/// Who is asking: nobody, a signed-in user, a user's access token (with its scope), or the machine
/// itself (the command line and start-up, which run with the machine's rights).
/// </summary>
public sealed record Caller(CallerKind Kind, string? UserId, string Name, TokenScope? Scope = null)
{
    public static readonly Caller Anonymous = new(CallerKind.Anonymous, null, "");

    public static readonly Caller Machine = new(CallerKind.Machine, null, "SalesOps");

    public bool SignedIn => Kind is CallerKind.User or CallerKind.Token;

    /// <summary>Who the change log says made a commit: the user (id and display name), or the machine.</summary>
    public Author Author() => UserId is { } id ? new Author(id, Name) : Graph.Model.Author.Machine;

    /// <summary>The caller a principal stands for: its user id, display name and, for a token, the scope.</summary>
    public static Caller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return Anonymous;
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? id;
        return Enum.TryParse<TokenScope>(principal.FindFirstValue(Claims.Scope), out var scope)
            ? new Caller(CallerKind.Token, id, name, scope)
            : new Caller(CallerKind.User, id, name);
    }
}

/// <summary>The claims SalesOps puts in its sign-in cookie and token identities.</summary>
public static class Claims
{
    /// <summary>A token's scope ("Read" or "Write"); absent on a signed-in browser.</summary>
    public const string Scope = "salesops:scope";

    public static ClaimsPrincipal Principal(User user, string scheme, TokenScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Email, user.Email),
        ];
        if (scope is { } s) claims.Add(new Claim(Scope, s.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}

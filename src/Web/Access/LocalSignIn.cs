using Microsoft.AspNetCore.Identity;
using SalesOps.Graph.Access;

namespace SalesOps.Web.Access;

/// <summary>
/// Passwords kept by SalesOps: hashed with ASP.NET Core Identity's hasher, five wrong tries lock the
/// user for fifteen minutes, and every refusal reads the same, so nobody learns which part was wrong.
/// </summary>
public sealed class LocalSignIn(IAccessStore store, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    public const int MinLength = 10;

    private static readonly PasswordHasher<User> Hasher = new();

    // Verifying a made-up hash for unknown users takes as long as a real check: timing tells nothing either.
    private static readonly string Decoy = Hasher.HashPassword(new User { Id = "-", Email = "-", Name = "-" }, Secrets.New("decoy-"));

    /// <summary>The user, when the e-mail and password are right and the user may sign in; null otherwise (for any reason).</summary>
    public async Task<User?> CheckAsync(string? email, string? password, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await store.UserByEmailAsync(email.Trim(), ct);
        var now = clock.GetUtcNow();
        if (user is not { Disabled: false, PasswordHash: { } hash } || user.LockedUntil > now)
        {
            Hasher.VerifyHashedPassword(user ?? new User { Id = "-", Email = "-", Name = "-" }, Decoy, password ?? "");
            return null;
        }
        var result = Hasher.VerifyHashedPassword(user, hash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            var failures = user.FailedSignIns + 1;
            await store.SaveUserAsync(failures >= MaxFailures
                ? user with { FailedSignIns = 0, LockedUntil = now + Lockout }
                : user with { FailedSignIns = failures }, ct);
            return null;
        }
        var signedIn = user with { FailedSignIns = 0, LockedUntil = null, PasswordHash = result == PasswordVerificationResult.SuccessRehashNeeded ? Hash(user, password!) : hash };
        if (signedIn != user) await store.SaveUserAsync(signedIn, ct);
        return signedIn;
    }

    public static string Hash(User user, string password) => Hasher.HashPassword(user, password);

    /// <summary>Why a new password is not good enough (a resource key, the minimum length its argument); null when it is.</summary>
    public static string? Weakness(string? password, string email)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength) return "Password.TooShort";
        if (!password.Any(char.IsLetter) || password.All(char.IsLetter)) return "Password.Mix";
        if (string.Equals(password, email, StringComparison.OrdinalIgnoreCase) || password.Distinct().Count() < 4) return "Password.Guessable";
        return null;
    }
}

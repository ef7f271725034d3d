using System.Globalization;
using SalesOps.Graph.Access;

namespace SalesOps.Graph.Store;

/// <summary>
/// What both stores do the same way with access records (<see cref="IAccessStore"/>): how an e-mail
/// address is keyed, how an instant is written, and the order users are listed in.
/// </summary>
internal static class StoredAccess
{
    /// <summary>The form an address is stored and looked up in, so "Ana@X.com " and "ana@x.com" are one user.</summary>
    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// ISO 8601 in UTC with seven decimals ("o"): every instant has the same width and offset, so the
    /// text sorts and compares (expires_at &gt; $now) like the instant itself in SQL and in Cypher. The
    /// instant is kept to the tick; the caller's offset is not (DateTimeOffset equality ignores it).
    /// </summary>
    public static string Time(DateTimeOffset instant) => instant.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? instant) => instant is { } i ? Time(i) : null;

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>Null for a null column or an absent property.</summary>
    public static DateTimeOffset? ParseOptionalTime(object? text) => text is string s ? ParseTime(s) : null;

    /// <summary>
    /// By name, ignoring case, then by id. Sorted here rather than by the engines, whose case rules
    /// differ (SQLite's NOCASE folds ASCII only), so both stores list users in the same order.
    /// </summary>
    public static IReadOnlyList<User> ByName(IEnumerable<User> users) =>
        [.. users.OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Id, StringComparer.Ordinal)];
}

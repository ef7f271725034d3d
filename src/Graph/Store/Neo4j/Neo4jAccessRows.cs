using System.Globalization;
using SalesOps.Graph.Access;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Access records to property maps and back, as <see cref="Neo4jRows"/> does for maps: enums by name,
/// instants as UTC text (<see cref="StoredAccess"/>), e-mails in their lookup form, null = absent. A
/// token's or link's user is the node it hangs on, not a property, so it is read from the row.
/// </summary>
internal static class Neo4jAccessRows
{
    public static Dictionary<string, object?> Props(User u) => new(StringComparer.Ordinal)
    {
        ["id"] = u.Id,
        ["email"] = StoredAccess.Email(u.Email),
        ["name"] = u.Name,
        ["role"] = u.Role.ToString(),
        ["language"] = u.Language,
        ["disabled"] = u.Disabled,
        ["passwordHash"] = u.PasswordHash,
        ["failedSignIns"] = u.FailedSignIns,
        ["lockedUntil"] = StoredAccess.Time(u.LockedUntil),
        ["externalId"] = u.ExternalId,
        ["createdAt"] = StoredAccess.Time(u.CreatedAt),
    };

    /// <summary>Everything but the id (the MERGE key) and the user (the relationship).</summary>
    public static Dictionary<string, object?> Props(AccessToken t) => new(StringComparer.Ordinal)
    {
        ["name"] = t.Name,
        ["hash"] = t.Hash,
        ["scope"] = t.Scope.ToString(),
        ["createdAt"] = StoredAccess.Time(t.CreatedAt),
        ["expiresAt"] = StoredAccess.Time(t.ExpiresAt),
        ["revokedAt"] = StoredAccess.Time(t.RevokedAt),
        ["lastUsedAt"] = StoredAccess.Time(t.LastUsedAt),
    };

    /// <summary>Everything but the hash (the MERGE key) and the user (the relationship).</summary>
    public static Dictionary<string, object?> Props(OneTimeLink l) => new(StringComparer.Ordinal)
    {
        ["purpose"] = l.Purpose.ToString(),
        ["expiresAt"] = StoredAccess.Time(l.ExpiresAt),
        ["usedAt"] = StoredAccess.Time(l.UsedAt),
    };

    public static User ReadUser(IReadOnlyDictionary<string, object?> row)
    {
        var p = Neo4jRows.Map(row, "user");
        return new User
        {
            Id = Text(p, "id")!,
            Email = Text(p, "email")!,
            Name = Text(p, "name")!,
            Role = Enum.Parse<AppRole>(Text(p, "role")!),
            Language = Text(p, "language"),
            Disabled = p.GetValueOrDefault("disabled") is true,
            PasswordHash = Text(p, "passwordHash"),
            FailedSignIns = (int)(Neo4jRows.Long(p, "failedSignIns") ?? 0),
            LockedUntil = StoredAccess.ParseOptionalTime(p.GetValueOrDefault("lockedUntil")),
            ExternalId = Text(p, "externalId"),
            CreatedAt = StoredAccess.ParseTime(Text(p, "createdAt")!),
        };
    }

    /// <summary>A token from <c>{token, userId}</c>.</summary>
    public static AccessToken ReadToken(IReadOnlyDictionary<string, object?> row)
    {
        var p = Neo4jRows.Map(row, "token");
        return new AccessToken
        {
            Id = Text(p, "id")!,
            UserId = Text(row, "userId")!,
            Name = Text(p, "name")!,
            Hash = Text(p, "hash")!,
            Scope = Enum.Parse<TokenScope>(Text(p, "scope")!),
            CreatedAt = StoredAccess.ParseTime(Text(p, "createdAt")!),
            ExpiresAt = StoredAccess.ParseTime(Text(p, "expiresAt")!),
            RevokedAt = StoredAccess.ParseOptionalTime(p.GetValueOrDefault("revokedAt")),
            LastUsedAt = StoredAccess.ParseOptionalTime(p.GetValueOrDefault("lastUsedAt")),
        };
    }

    /// <summary>A link from <c>{link, userId}</c>.</summary>
    public static OneTimeLink ReadLink(IReadOnlyDictionary<string, object?> row)
    {
        var p = Neo4jRows.Map(row, "link");
        return new OneTimeLink
        {
            Hash = Text(p, "hash")!,
            UserId = Text(row, "userId")!,
            Purpose = Enum.Parse<LinkPurpose>(Text(p, "purpose")!),
            ExpiresAt = StoredAccess.ParseTime(Text(p, "expiresAt")!),
            UsedAt = StoredAccess.ParseOptionalTime(p.GetValueOrDefault("usedAt")),
        };
    }

    /// <summary>A membership from <c>{accountId or userId, role}</c>; the other id is the one asked for.</summary>
    public static TeamMember ReadMember(IReadOnlyDictionary<string, object?> row, string? accountId = null, string? userId = null) =>
        new(accountId ?? Text(row, "accountId")!, userId ?? Text(row, "userId")!, Enum.Parse<AccountRole>(Text(row, "role")!));

    public static string? Text(IReadOnlyDictionary<string, object?> p, string key) =>
        p.GetValueOrDefault(key) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
}

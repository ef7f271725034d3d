using SalesOps.Graph.Access;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// Access records to rows and back (migration 3), columns listed once as in <see cref="SqliteRows"/>.
/// E-mails are stored in their lookup form and instants as UTC text (<see cref="StoredAccess"/>).
/// A token or link keeps the user it was created for: saving it again for another user updates nothing.
/// </summary>
internal static class SqliteAccessRows
{
    public static readonly SqliteTable<User> Users = new("users", scoped: false,
    [
        new("id", u => u.Id, Fixed: true),
        new("email", u => StoredAccess.Email(u.Email)),
        new("name", u => u.Name),
        new("role", u => u.Role.ToString()),
        new("language", u => u.Language),
        new("disabled", u => u.Disabled),
        new("password_hash", u => u.PasswordHash),
        new("failed_sign_ins", u => u.FailedSignIns),
        new("locked_until", u => StoredAccess.Time(u.LockedUntil)),
        new("external_id", u => u.ExternalId),
        new("created_at", u => StoredAccess.Time(u.CreatedAt)),
    ]);

    public static readonly SqliteTable<AccessToken> Tokens = new("access_tokens", scoped: false,
    [
        new("id", t => t.Id, Fixed: true),
        new("user_id", t => t.UserId, Fixed: true),
        new("name", t => t.Name),
        new("hash", t => t.Hash),
        new("scope", t => t.Scope.ToString()),
        new("created_at", t => StoredAccess.Time(t.CreatedAt)),
        new("expires_at", t => StoredAccess.Time(t.ExpiresAt)),
        new("revoked_at", t => StoredAccess.Time(t.RevokedAt)),
        new("last_used_at", t => StoredAccess.Time(t.LastUsedAt)),
    ], owner: "user_id");

    public static readonly SqliteTable<OneTimeLink> Links = new("one_time_links", scoped: false,
    [
        new("hash", l => l.Hash, Fixed: true),
        new("user_id", l => l.UserId, Fixed: true),
        new("purpose", l => l.Purpose.ToString()),
        new("expires_at", l => StoredAccess.Time(l.ExpiresAt)),
        new("used_at", l => StoredAccess.Time(l.UsedAt)),
    ], key: "hash", owner: "user_id");

    public static User ReadUser(SqliteRow r) => new()
    {
        Id = r.Text("id")!,
        Email = r.Text("email")!,
        Name = r.Text("name")!,
        Role = r.Enum<AppRole>("role")!.Value,
        Language = r.Text("language"),
        Disabled = r.Bool("disabled"),
        PasswordHash = r.Text("password_hash"),
        FailedSignIns = r.Int("failed_sign_ins") ?? 0,
        LockedUntil = StoredAccess.ParseOptionalTime(r.Text("locked_until")),
        ExternalId = r.Text("external_id"),
        CreatedAt = StoredAccess.ParseTime(r.Text("created_at")!),
    };

    public static AccessToken ReadToken(SqliteRow r) => new()
    {
        Id = r.Text("id")!,
        UserId = r.Text("user_id")!,
        Name = r.Text("name")!,
        Hash = r.Text("hash")!,
        Scope = r.Enum<TokenScope>("scope")!.Value,
        CreatedAt = StoredAccess.ParseTime(r.Text("created_at")!),
        ExpiresAt = StoredAccess.ParseTime(r.Text("expires_at")!),
        RevokedAt = StoredAccess.ParseOptionalTime(r.Text("revoked_at")),
        LastUsedAt = StoredAccess.ParseOptionalTime(r.Text("last_used_at")),
    };

    public static OneTimeLink ReadLink(SqliteRow r) => new()
    {
        Hash = r.Text("hash")!,
        UserId = r.Text("user_id")!,
        Purpose = r.Enum<LinkPurpose>("purpose")!.Value,
        ExpiresAt = StoredAccess.ParseTime(r.Text("expires_at")!),
        UsedAt = StoredAccess.ParseOptionalTime(r.Text("used_at")),
    };

    public static TeamMember ReadMember(SqliteRow r) =>
        new(r.Text("account_id")!, r.Text("user_id")!, r.Enum<AccountRole>("role")!.Value);
}

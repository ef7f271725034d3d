using Microsoft.Data.Sqlite;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// Users, teams, counterpart links, tokens and one-time links in the same file as the maps
/// (migration 3), so a team goes with its account in the same DELETE. The same instance serves both
/// ports: one registration, one file, one migration run. Writes that check before they write run in
/// BEGIN IMMEDIATE, so the check and the write see the same state.
/// </summary>
public sealed partial class SqliteStore : IAccessStore
{
    private const int ForeignKeyFailed = 787; // SQLITE_CONSTRAINT_FOREIGNKEY
    private const int UniqueFailed = 2067; // SQLITE_CONSTRAINT_UNIQUE

    public async Task<User?> UserAsync(string userId, CancellationToken ct) =>
        (await QueryAsync($"SELECT {SqliteAccessRows.Users.Select} FROM users WHERE id = $id", SqliteAccessRows.ReadUser, ct, ("$id", userId))).SingleOrDefault();

    public async Task<User?> UserByEmailAsync(string email, CancellationToken ct) =>
        (await QueryAsync($"SELECT {SqliteAccessRows.Users.Select} FROM users WHERE email = $email", SqliteAccessRows.ReadUser, ct, ("$email", StoredAccess.Email(email)))).SingleOrDefault();

    public async Task<User?> UserByExternalIdAsync(string externalId, CancellationToken ct) =>
        (await QueryAsync($"SELECT {SqliteAccessRows.Users.Select} FROM users WHERE external_id = $external", SqliteAccessRows.ReadUser, ct, ("$external", externalId))).SingleOrDefault();

    public async Task<IReadOnlyList<User>> UsersAsync(CancellationToken ct) =>
        StoredAccess.ByName(await QueryAsync($"SELECT {SqliteAccessRows.Users.Select} FROM users", SqliteAccessRows.ReadUser, ct));

    private async Task SaveUserCoreAsync(User user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var email = StoredAccess.Email(user.Email);
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        var taken = await QueryAsync(c, tx, "SELECT email, external_id FROM users WHERE (email = $email OR external_id = $external) AND id <> $id",
            r => (Email: r.Text("email"), External: r.Text("external_id")), ct, ("$email", email), ("$external", user.ExternalId), ("$id", user.Id));
        if (taken.Any(t => t.Email == email)) throw GraphException.Conflict(Errors.Say("Store.EmailTaken", email));
        if (taken.Count > 0) throw GraphException.Conflict(Errors.Say("Store.SignInTaken", user.ExternalId));
        await using var cmd = Command(c, tx, SqliteAccessRows.Users.Upsert);
        SqliteAccessRows.Users.Bind(cmd, user);
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    public Task<IReadOnlyList<TeamMember>> TeamAsync(string accountId, CancellationToken ct) =>
        QueryAsync("SELECT account_id, user_id, role FROM team_members WHERE account_id = $account ORDER BY user_id", SqliteAccessRows.ReadMember, ct, ("$account", accountId));

    public Task<IReadOnlyList<TeamMember>> MembershipsAsync(string userId, CancellationToken ct) =>
        QueryAsync("SELECT account_id, user_id, role FROM team_members WHERE user_id = $user ORDER BY account_id", SqliteAccessRows.ReadMember, ct, ("$user", userId));

    private async Task SetMemberCoreAsync(TeamMember member, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(member);
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        await RequireAsync(c, tx, "SELECT 1 FROM accounts WHERE id = $id", member.AccountId, Errors.Say("Account.NotFound", member.AccountId), ct);
        await RequireAsync(c, tx, "SELECT 1 FROM users WHERE id = $id", member.UserId, Errors.Say("Store.NoUser", member.UserId), ct);
        await using var cmd = Command(c, tx, """
            INSERT INTO team_members (account_id, user_id, role) VALUES ($account, $user, $role)
            ON CONFLICT(account_id, user_id) DO UPDATE SET role = excluded.role
            """, ("$account", member.AccountId), ("$user", member.UserId), ("$role", member.Role.ToString()));
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<bool> RemoveMemberCoreAsync(string accountId, string userId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, null, "DELETE FROM team_members WHERE account_id = $account AND user_id = $user", ("$account", accountId), ("$user", userId));
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    public Task<IReadOnlyList<CounterpartLink>> CounterpartLinksAsync(string userId, CancellationToken ct) =>
        QueryAsync("SELECT account_id, user_id, counterpart_id FROM counterpart_links WHERE user_id = $user ORDER BY account_id",
            r => new CounterpartLink(r.Text("account_id")!, r.Text("user_id")!, r.Text("counterpart_id")!), ct, ("$user", userId));

    private async Task SetCounterpartLinkCoreAsync(string accountId, string userId, string? counterpartId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        if (counterpartId is not null)
        {
            await RequireAsync(c, tx, "SELECT 1 FROM users WHERE id = $id", userId, Errors.Say("Store.NoUser", userId), ct);
            if ((await QueryAsync(c, tx, "SELECT 1 AS found FROM nodes WHERE id = $id AND account_id = $account AND kind = $kind", r => r.Int("found"), ct,
                    ("$id", counterpartId), ("$account", accountId), ("$kind", nameof(NodeKind.Counterpart)))).Count == 0)
                throw GraphException.NotFound(Errors.Say("Store.NoCounterpart", counterpartId, accountId));
        }
        await using var cmd = counterpartId is null
            ? Command(c, tx, "DELETE FROM counterpart_links WHERE user_id = $user AND account_id = $account", ("$user", userId), ("$account", accountId))
            : Command(c, tx, """
                INSERT INTO counterpart_links (user_id, account_id, counterpart_id) VALUES ($user, $account, $counterpart)
                ON CONFLICT(user_id, account_id) DO UPDATE SET counterpart_id = excluded.counterpart_id
                """, ("$user", userId), ("$account", accountId), ("$counterpart", counterpartId));
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    public Task SaveTokenAsync(AccessToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        return SaveOwnedAsync(SqliteAccessRows.Tokens, token, token.UserId, Errors.Say("Store.What.Token", token.Id), ct);
    }

    public async Task<AccessToken?> TokenByHashAsync(string hash, CancellationToken ct) =>
        (await QueryAsync($"SELECT {SqliteAccessRows.Tokens.Select} FROM access_tokens WHERE hash = $hash", SqliteAccessRows.ReadToken, ct, ("$hash", hash))).SingleOrDefault();

    public Task<IReadOnlyList<AccessToken>> TokensAsync(string userId, CancellationToken ct) =>
        QueryAsync($"SELECT {SqliteAccessRows.Tokens.Select} FROM access_tokens WHERE user_id = $user ORDER BY created_at DESC, id",
            SqliteAccessRows.ReadToken, ct, ("$user", userId));

    public Task SaveLinkAsync(OneTimeLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        return SaveOwnedAsync(SqliteAccessRows.Links, link, link.UserId, Errors.Say("Store.What.Link"), ct);
    }

    /// <summary>One UPDATE: SQLite runs it under the write lock, so of two concurrent uses only one finds the link unused.</summary>
    public async Task<OneTimeLink?> PeekLinkAsync(string hash, DateTimeOffset now, CancellationToken ct) =>
        (await QueryAsync($"""
            SELECT {SqliteAccessRows.Links.Select} FROM one_time_links
            WHERE hash = $hash AND used_at IS NULL AND expires_at > $now
            """, SqliteAccessRows.ReadLink, ct, ("$hash", hash), ("$now", StoredAccess.Time(now)))).SingleOrDefault();

    public async Task<OneTimeLink?> UseLinkAsync(string hash, DateTimeOffset now, CancellationToken ct) =>
        (await QueryAsync($"""
            UPDATE one_time_links SET used_at = $now
            WHERE hash = $hash AND used_at IS NULL AND expires_at > $now
            RETURNING {SqliteAccessRows.Links.Select}
            """, SqliteAccessRows.ReadLink, ct, ("$hash", hash), ("$now", StoredAccess.Time(now)))).SingleOrDefault();

    private Task SaveOwnedAsync<T>(SqliteTable<T> table, T item, string userId, string what, CancellationToken ct) =>
        GuardAsync(() => SaveOwnedCoreAsync(table, item, userId, what, ct));

    private async Task SaveOwnedCoreAsync<T>(SqliteTable<T> table, T item, string userId, string what, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, null, table.Upsert);
        table.Bind(cmd, item);
        int written;
        try
        {
            written = await cmd.ExecuteNonQueryAsync(ct);
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == ForeignKeyFailed)
        {
            throw GraphException.NotFound(Errors.Say("Store.NoUser", userId));
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == UniqueFailed)
        {
            throw GraphException.Conflict(Errors.Say("Store.HashTaken", what));
        }
        // The upsert's WHERE keeps a row with its user: nothing written means another user has it.
        if (written == 0) throw GraphException.Conflict(Errors.Say("Store.Owned", $"{char.ToUpper(what[0], System.Globalization.CultureInfo.CurrentCulture)}{what[1..]}"));
    }

    private Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<SqliteRow, T> read, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        GuardAsync(async () =>
        {
            await using var c = await OpenAsync(ct);
            return await QueryAsync(c, null, sql, read, ct, parameters);
        });

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(SqliteConnection c, SqliteTransaction? tx, string sql, Func<SqliteRow, T> read, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(c, tx, sql, parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var row = new SqliteRow(r);
        var list = new List<T>();
        while (await r.ReadAsync(ct)) list.Add(read(row));
        return list;
    }

    private static async Task RequireAsync(SqliteConnection c, SqliteTransaction tx, string sql, string id, string missing, CancellationToken ct)
    {
        await using var cmd = Command(c, tx, sql, ("$id", id));
        if (await cmd.ExecuteScalarAsync(ct) is null) throw GraphException.NotFound(missing);
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }
}

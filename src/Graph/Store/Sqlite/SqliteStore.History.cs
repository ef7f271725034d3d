using System.Text;
using Microsoft.Data.Sqlite;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// The change log (migration 5): a row per commit in <c>changes</c>, a row per touched element in
/// <c>change_elements</c>, whole maps in <c>checkpoints</c>, last visits in <c>visits</c>; all deleted with the account.
/// </summary>
public sealed partial class SqliteStore : IHistoryStore
{
    private const string ChangeColumns = "version, at, by_id, by_name, kind, of_version, ops, prior, names";

    public async Task<IReadOnlyList<Commit>> ChangesAsync(string accountId, ChangeQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        // Fixed fragments only; every value is a parameter.
        var sql = new StringBuilder($"SELECT {ChangeColumns} FROM changes WHERE account_id = $account");
        var parameters = new List<(string, object?)> { ("$account", accountId) };
        void When(bool given, string fragment, string name, object? value)
        {
            if (!given) return;
            sql.Append(fragment);
            parameters.Add((name, value));
        }
        When(query.After is not null, " AND version > $after", "$after", query.After);
        When(query.UpTo is not null, " AND version <= $upTo", "$upTo", query.UpTo);
        When(query.Since is not null, " AND at >= $since", "$since", query.Since is { } s ? StoredAccess.Time(s) : null);
        When(query.Until is not null, " AND at < $until", "$until", query.Until is { } u ? StoredAccess.Time(u) : null);
        When(query.UserId is not null, " AND by_id = $user", "$user", query.UserId);
        When(query.NotUserId is not null, " AND (by_id IS NULL OR by_id <> $notUser)", "$notUser", query.NotUserId);
        When(query.ElementId is not null,
            " AND version IN (SELECT version FROM change_elements WHERE account_id = $account AND element_id = $element)", "$element", query.ElementId);
        sql.Append(query.Oldest ? " ORDER BY version" : " ORDER BY version DESC");
        When(query.Limit is not null, " LIMIT $limit", "$limit", query.Limit);
        return await QueryAsync(sql.ToString(), r => ReadChange(accountId, r), ct, [.. parameters]);
    }

    public async Task<MapCheckpoint?> CheckpointAsync(string accountId, long version, CancellationToken ct) =>
        (await QueryAsync("SELECT at, map FROM checkpoints WHERE account_id = $account AND version <= $version ORDER BY version DESC LIMIT 1",
            r => new MapCheckpoint(ChangeJson.ReadMap(r.Text("map")!), StoredAccess.ParseTime(r.Text("at")!)), ct,
            ("$account", accountId), ("$version", version))).SingleOrDefault();

    private async Task SaveCheckpointCoreAsync(MapCheckpoint checkpoint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        await using var c = await OpenAsync(ct);
        await WriteCheckpointAsync(c, null, checkpoint, ct);
    }

    private async Task CreateWithHistoryCoreAsync(AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(log);
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        if (await ExistsAsync(c, tx, map.Account.Id, ct))
            throw GraphException.Conflict(Errors.Say("Store.AccountExists", map.Account.Id));
        await WriteWithHistoryAsync(c, tx, map, log, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>An imported account as its log replays to it, elements keeping their versions, and the log.</summary>
    private static async Task WriteWithHistoryAsync(SqliteConnection c, SqliteTransaction tx, AccountMap map, IReadOnlyList<Commit> log, CancellationToken ct)
    {
        await WriteAsync(c, tx, map.Account.Id, Commit.Whole(map, map.Version, Author.Machine, default, stamp: false).Ops, ct, created: true);
        foreach (var commit in log) await WriteChangeAsync(c, tx, commit, ct);
    }

    private async Task<bool> SquashCoreAsync(Commit @base, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(@base);
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        var older = await QueryAsync(c, tx, "SELECT count(*) AS n FROM changes WHERE account_id = $account AND version < $version",
            r => r.Long("n"), ct, ("$account", @base.AccountId), ("$version", @base.Version));
        if (older[0] == 0) return false;
        foreach (var sql in (string[])["DELETE FROM changes WHERE account_id = $account AND version <= $version",
                     "DELETE FROM checkpoints WHERE account_id = $account AND version < $version"])
        {
            await using var delete = Command(c, tx, sql, ("$account", @base.AccountId), ("$version", @base.Version));
            await delete.ExecuteNonQueryAsync(ct);
        }
        await WriteChangeAsync(c, tx, @base, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private async Task SaveVisitCoreAsync(Visit visit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(visit);
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, null, """
            INSERT INTO visits (user_id, account_id, at, version) SELECT $user, $account, $at, $version
            WHERE EXISTS (SELECT 1 FROM accounts WHERE id = $account) AND EXISTS (SELECT 1 FROM users WHERE id = $user)
            ON CONFLICT (user_id, account_id) DO UPDATE SET at = excluded.at, version = excluded.version
            """, ("$user", visit.UserId), ("$account", visit.AccountId), ("$at", StoredAccess.Time(visit.At)), ("$version", visit.Version));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public Task<IReadOnlyList<Visit>> VisitsAsync(string userId, CancellationToken ct) =>
        QueryAsync("SELECT user_id, account_id, at, version FROM visits WHERE user_id = $user ORDER BY account_id",
            r => new Visit(r.Text("user_id")!, r.Text("account_id")!, StoredAccess.ParseTime(r.Text("at")!), r.Long("version")), ct, ("$user", userId));

    private static async Task WriteChangeAsync(SqliteConnection c, SqliteTransaction tx, Commit commit, CancellationToken ct)
    {
        var by = commit.By ?? Author.Machine;
        // Bound by position, the ops as the serializer's UTF-8: a created account's ops are its whole map.
        using (var insert = new SqliteStatement(c, $"INSERT INTO changes (account_id, {ChangeColumns}) VALUES ($account, $version, $at, $byId, $byName, $kind, $of, $ops, $prior, $names)"))
        {
            object?[] who = [commit.AccountId, commit.Version, StoredAccess.Time(commit.At), by.UserId, by.Name, by.Kind.ToString(), by.Of];
            for (var i = 0; i < who.Length; i++) insert.Bind(i + 1, who[i]);
            insert.BindUtf8(8, ChangeJson.OpsUtf8(commit.Ops));
            insert.Bind(9, ChangeJson.Prior(commit.Before));
            insert.Bind(10, ChangeJson.Names(commit.Names));
            insert.Run();
        }
        // A whole map is not found by element: every element of the map would be listed (as on Neo4j).
        if (commit.IsWhole) return;
        await using var element = Command(c, tx, "INSERT INTO change_elements (account_id, version, element_id) VALUES ($account, $version, $element)",
            ("$account", commit.AccountId), ("$version", commit.Version), ("$element", ""));
        foreach (var id in ChangeJson.Elements(commit))
        {
            element.Parameters["$element"].Value = id;
            await element.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task WriteCheckpointAsync(SqliteConnection c, SqliteTransaction? tx, MapCheckpoint checkpoint, CancellationToken ct)
    {
        var at = StoredAccess.Time(checkpoint.At);
        // Only for the commit it was computed from: an account deleted and created again meanwhile has other commits.
        await using var cmd = Command(c, tx, """
            INSERT OR IGNORE INTO checkpoints (account_id, version, at, map) SELECT $account, $version, $at, $map
            WHERE EXISTS (SELECT 1 FROM changes WHERE account_id = $account AND version = $version AND at = $at)
            """, ("$account", checkpoint.Map.Account.Id), ("$version", checkpoint.Version), ("$at", at), ("$map", ChangeJson.Map(checkpoint.Map)));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static Commit ReadChange(string accountId, SqliteRow r) =>
        new(accountId, r.Long("version"), ChangeJson.ReadOps(r.Text("ops")!))
        {
            By = new Author(r.Text("by_id"), r.Text("by_name")!) { Kind = Enum.Parse<ChangeKind>(r.Text("kind")!), Of = r.Int("of_version") },
            At = StoredAccess.ParseTime(r.Text("at")!),
            Before = ChangeJson.ReadPrior(r.Text("prior")),
            Names = ChangeJson.ReadNames(r.Text("names")),
        };

    /// <summary>
    /// Accounts written before the change log (or by hand) get one: a base commit of their map as it is,
    /// so that replaying the log gives the map for every account. Once per account.
    /// </summary>
    private async Task StartHistoriesAsync(CancellationToken ct)
    {
        var ids = await QueryAsync("SELECT id FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.account_id = a.id)", r => r.Text("id")!, ct);
        foreach (var id in ids)
        {
            await using var c = await OpenAsync(ct);
            await using var tx = c.BeginTransaction(deferred: false);
            if (await ReadMapAsync(c, tx, id, ct) is not { } map) continue;
            await WriteChangeAsync(c, tx, Commit.Whole(map, map.Version, Author.Machine.As(ChangeKind.Base), _clock.GetUtcNow(), stamp: false), ct);
            await tx.CommitAsync(ct);
        }
    }
}

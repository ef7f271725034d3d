using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A connection per operation (pooled); every
/// change runs in a BEGIN IMMEDIATE transaction, so the snapshot the rules see is the one written over.
/// </summary>
public sealed class SqliteStore(string path) : IGraphStore
{
    private const string UpsertAccount = $"""
        INSERT INTO accounts ({SqliteRows.AccountColumns})
        VALUES ($id, $name, $industry, $country, $position, $share, $amount, $currency, $innovations, $development, $strategy, $version, $history)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, industry = excluded.industry, country = excluded.country,
            position = excluded.position, share_of_wallet = excluded.share_of_wallet, potential_amount = excluded.potential_amount,
            potential_currency = excluded.potential_currency, brings_innovations = excluded.brings_innovations,
            involves_development = excluded.involves_development, consults_strategy = excluded.consults_strategy, version = excluded.version,
            history = excluded.history
        """;

    private const string UpsertNode = $"""
        INSERT INTO nodes (account_id, {SqliteRows.NodeColumns})
        VALUES ($account, $id, $kind, $name, $title, $level, $roles, $stance, $influence, $involvement, $teamRole, $email, $phone, $concerns, $x, $y, $version, $details)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, title = excluded.title, level = excluded.level, roles = excluded.roles,
            stance = excluded.stance, influence = excluded.influence, involvement = excluded.involvement, team_role = excluded.team_role,
            email = excluded.email, phone = excluded.phone, concerns = excluded.concerns, x = excluded.x, y = excluded.y, version = excluded.version,
            details = excluded.details
        WHERE nodes.account_id = excluded.account_id
        """;

    private const string UpsertEdge = $"""
        INSERT INTO edges (account_id, {SqliteRows.EdgeColumns})
        VALUES ($account, $id, $type, $from, $to, $strength, $dotted, $note, $status, $cadence, $lastContact, $goal, $version, $details)
        ON CONFLICT(id) DO UPDATE SET strength = excluded.strength, dotted = excluded.dotted, note = excluded.note, status = excluded.status,
            cadence_days = excluded.cadence_days, last_contact = excluded.last_contact, goal = excluded.goal, version = excluded.version,
            details = excluded.details
        WHERE edges.account_id = excluded.account_id
        """;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 30,
    }.ToString();

    public string Name => "sqlite";

    public string Path => path;

    public async Task InitializeAsync(CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GraphException($"The data folder for '{path}' cannot be created: {ex.Message} Set SALESOPS_DATA to a writable folder.", ex);
        }
        await using var c = await OpenAsync(ct);
        await SqliteSchema.MigrateAsync(c, ct);
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT {SqliteRows.AccountColumns},
                (SELECT count(*) FROM nodes n WHERE n.account_id = a.id AND n.kind = 'Person'),
                (SELECT count(*) FROM nodes n WHERE n.account_id = a.id AND n.kind = 'Counterpart')
            FROM accounts a ORDER BY name COLLATE NOCASE, id
            """;
        var list = new List<AccountSummary>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(new AccountSummary(SqliteRows.ReadAccount(r), r.GetInt32(13), r.GetInt32(14)));
        return list;
    }

    public async Task<AccountMap?> GetMapAsync(string accountId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: true);
        return await ReadMapAsync(c, tx, accountId, ct);
    }

    public async Task<MapResult> CreateAccountAsync(AccountMap map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        if (await ExistsAsync(c, tx, map.Account.Id, ct))
            throw GraphException.Conflict($"An account with id '{map.Account.Id}' already exists.");
        IReadOnlyList<MapOp> ops =
        [
            new PutAccount(map.Account), .. map.Nodes.Select(n => new PutNode(n)), .. map.Edges.Select(e => new PutEdge(e)),
        ];
        var commit = new Commit(map.Account.Id, 1, Commit.Stamp(ops, 1));
        await WriteAsync(c, tx, map.Account.Id, commit.Ops, ct);
        await tx.CommitAsync(ct);
        return new MapResult(commit, AccountMap.Empty(map.Account.Id).Apply(commit));
    }

    public async Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decide);
        await using var c = await OpenAsync(ct);
        // Immediate: takes the write lock before reading, so concurrent writers queue instead of racing.
        await using var tx = c.BeginTransaction(deferred: false);
        var map = (await ReadMapAsync(c, tx, accountId, ct)).OrNotFound(accountId);
        var version = map.Version + 1;
        var ops = Commit.Stamp(decide(map), version);
        var account = ops.OfType<PutAccount>().LastOrDefault()?.Account ?? map.Account with { Version = version };
        await WriteAsync(c, tx, accountId, [.. ops.Where(o => o is not PutAccount), new PutAccount(account)], ct);
        await tx.CommitAsync(ct);
        var commit = new Commit(accountId, version, ops);
        return new MapResult(commit, map.Apply(commit));
    }

    public async Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "DELETE FROM accounts WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", accountId);
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<string> CheckHealthAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM accounts";
        var accounts = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return $"SQLite at {System.IO.Path.GetFullPath(path)}, schema {await SqliteSchema.UserVersionAsync(c, ct)}/{SqliteSchema.Latest}, {accounts} accounts";
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        try
        {
            await c.OpenAsync(ct);
            return c;
        }
        catch (SqliteException ex)
        {
            await c.DisposeAsync();
            throw new GraphException($"The SQLite database at '{path}' cannot be opened: {ex.Message}", ex);
        }
    }

    private static async Task<bool> ExistsAsync(SqliteConnection c, SqliteTransaction tx, string accountId, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT 1 FROM accounts WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", accountId);
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }

    private static async Task<AccountMap?> ReadMapAsync(SqliteConnection c, SqliteTransaction tx, string accountId, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.Parameters.AddWithValue("$id", accountId);
        cmd.CommandText = $"""
            SELECT {SqliteRows.AccountColumns} FROM accounts WHERE id = $id;
            SELECT {SqliteRows.NodeColumns} FROM nodes WHERE account_id = $id ORDER BY rowid;
            SELECT {SqliteRows.EdgeColumns} FROM edges WHERE account_id = $id ORDER BY rowid;
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        var account = SqliteRows.ReadAccount(r);
        var nodes = new List<Node>();
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct)) nodes.Add(SqliteRows.ReadNode(r));
        var edges = new List<Edge>();
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct)) edges.Add(SqliteRows.ReadEdge(r));
        return new AccountMap(account, nodes, edges);
    }

    private static async Task WriteAsync(SqliteConnection c, SqliteTransaction tx, string accountId, IEnumerable<MapOp> ops, CancellationToken ct)
    {
        // Accounts first (foreign keys), then removals, then nodes before the edges that join them.
        var ordered = ops.OrderBy(op => op switch { PutAccount => 0, RemoveEdge => 1, RemoveNode => 2, PutNode => 3, _ => 4 });
        foreach (var op in ordered)
        {
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            switch (op)
            {
                case PutAccount a: cmd.CommandText = UpsertAccount; SqliteRows.Bind(cmd, a.Account); break;
                case PutNode n: cmd.CommandText = UpsertNode; SqliteRows.Bind(cmd, accountId, n.Node); break;
                case PutEdge e: cmd.CommandText = UpsertEdge; SqliteRows.Bind(cmd, accountId, e.Edge); break;
                case RemoveNode n:
                    cmd.CommandText = "DELETE FROM nodes WHERE id = $id AND account_id = $account";
                    cmd.Parameters.AddWithValue("$id", n.NodeId); cmd.Parameters.AddWithValue("$account", accountId); break;
                case RemoveEdge e:
                    cmd.CommandText = "DELETE FROM edges WHERE id = $id AND account_id = $account";
                    cmd.Parameters.AddWithValue("$id", e.EdgeId); cmd.Parameters.AddWithValue("$account", accountId); break;
            }
            int written;
            try
            {
                written = await cmd.ExecuteNonQueryAsync(ct);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19) // SQLITE_CONSTRAINT
            {
                throw GraphException.Conflict($"The change conflicts with data already stored ({ex.Message}).");
            }
            // An upsert that matched a row of another account writes nothing: ids are unique across accounts.
            if (written == 0 && op is PutNode or PutEdge)
                throw GraphException.Conflict($"The id '{(op is PutNode n2 ? n2.Node.Id : ((PutEdge)op).Edge.Id)}' is already used in another account.");
        }
    }
}

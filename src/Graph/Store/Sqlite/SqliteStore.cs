using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A connection per operation (pooled); every
/// change runs in a BEGIN IMMEDIATE transaction, so the snapshot the rules see is the one written over.
/// SQLite's own failures leave as <see cref="GraphException"/> (SqliteStore.Faults.cs).
/// </summary>
/// <param name="busyTimeout">How long a write waits for another writer before the store is "busy" (30 s unless told).</param>
public sealed partial class SqliteStore(string path, TimeSpan? busyTimeout = null) : IGraphStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = Math.Max(1, (int)Math.Ceiling((busyTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds)),
    }.ToString();

    public string Name => "sqlite";

    public string Path => path;

    private async Task InitializeCoreAsync(CancellationToken ct)
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

    private async Task<IReadOnlyList<AccountSummary>> ListAccountsCoreAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT {SqliteRows.Accounts.Select},
                (SELECT count(*) FROM nodes n WHERE n.account_id = a.id AND n.kind = 'Person') AS people,
                (SELECT count(*) FROM nodes n WHERE n.account_id = a.id AND n.kind = 'Counterpart') AS counterparts
            FROM accounts a ORDER BY name COLLATE NOCASE, id
            """;
        var list = new List<AccountSummary>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var row = new SqliteRow(r);
        while (await r.ReadAsync(ct)) list.Add(new AccountSummary(SqliteRows.ReadAccount(row), row.Int("people") ?? 0, row.Int("counterparts") ?? 0));
        return list;
    }

    private async Task<AccountMap?> GetMapCoreAsync(string accountId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: true);
        return await ReadMapAsync(c, tx, accountId, ct);
    }

    private async Task<MapResult> CreateAccountCoreAsync(AccountMap map, CancellationToken ct)
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

    private async Task<MapResult> ChangeCoreAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, CancellationToken ct)
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

    private async Task<bool> DeleteAccountCoreAsync(string accountId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "DELETE FROM accounts WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", accountId);
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    private async Task<string> CheckHealthCoreAsync(CancellationToken ct)
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
            SELECT {SqliteRows.Accounts.Select} FROM accounts WHERE id = $id;
            SELECT {SqliteRows.Nodes.Select} FROM nodes WHERE account_id = $id ORDER BY rowid;
            SELECT {SqliteRows.Edges.Select} FROM edges WHERE account_id = $id ORDER BY rowid;
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        var account = SqliteRows.ReadAccount(new SqliteRow(r));
        var nodes = new List<Node>();
        await r.NextResultAsync(ct);
        var nodeRow = new SqliteRow(r);
        while (await r.ReadAsync(ct)) nodes.Add(SqliteRows.ReadNode(nodeRow));
        var edges = new List<Edge>();
        await r.NextResultAsync(ct);
        var edgeRow = new SqliteRow(r);
        while (await r.ReadAsync(ct)) edges.Add(SqliteRows.ReadEdge(edgeRow));
        return new AccountMap(account, nodes, edges);
    }

    private static async Task WriteAsync(SqliteConnection c, SqliteTransaction tx, string accountId, IEnumerable<MapOp> ops, CancellationToken ct)
    {
        // One prepared command per statement for the whole commit: an import writes thousands of rows.
        var commands = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
        try
        {
            // Accounts first (foreign keys), then removals, then nodes before the edges that join them.
            foreach (var op in ops.OrderBy(op => op switch { PutAccount => 0, RemoveEdge => 1, RemoveNode => 2, PutNode => 3, _ => 4 }))
            {
                var cmd = op switch
                {
                    PutAccount a => Bound(SqliteRows.Accounts.Upsert, cmd => SqliteRows.Accounts.Bind(cmd, a.Account)),
                    PutNode n => Bound(SqliteRows.Nodes.Upsert, cmd => SqliteRows.Nodes.Bind(cmd, n.Node, accountId)),
                    PutEdge e => Bound(SqliteRows.Edges.Upsert, cmd => SqliteRows.Edges.Bind(cmd, e.Edge, accountId)),
                    RemoveNode n => Bound("DELETE FROM nodes WHERE id = $id AND account_id = $account", cmd => Key(cmd, n.NodeId)),
                    RemoveEdge e => Bound("DELETE FROM edges WHERE id = $id AND account_id = $account", cmd => Key(cmd, e.EdgeId)),
                    _ => throw new NotSupportedException(op.GetType().Name),
                };
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
        finally
        {
            foreach (var cmd in commands.Values) await cmd.DisposeAsync();
        }

        SqliteCommand Bound(string sql, Action<SqliteCommand> bind)
        {
            if (!commands.TryGetValue(sql, out var cmd))
            {
                commands[sql] = cmd = c.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = sql;
            }
            bind(cmd);
            return cmd;
        }

        void Key(SqliteCommand cmd, string id)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$account", accountId);
        }
    }
}

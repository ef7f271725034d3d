using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A connection per operation (pooled); every
/// change runs in a BEGIN IMMEDIATE transaction, so the snapshot the rules see is the one written over.
/// SQLite's own failures leave as <see cref="GraphException"/> (SqliteStore.Faults.cs).
/// </summary>
/// <param name="clock">Stamps every commit in the change log (a fixed one in tests).</param>
/// <param name="busyTimeout">How long a write waits for another writer before the store is "busy" (30 s unless told).</param>
public sealed partial class SqliteStore(string path, TimeProvider? clock = null, TimeSpan? busyTimeout = null) : IGraphStore
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

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
        await using (var c = await OpenAsync(ct)) await SqliteSchema.MigrateAsync(c, ct);
        await StartHistoriesAsync(ct);
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
}

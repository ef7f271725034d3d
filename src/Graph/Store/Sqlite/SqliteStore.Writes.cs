using System.Globalization;
using Microsoft.Data.Sqlite;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// Creating and changing maps. Every change is one BEGIN IMMEDIATE transaction that writes the rows
/// and the commit's entry in the change log together; every so many versions a checkpoint of the
/// whole map too (<see cref="Checkpoints"/>).
/// </summary>
public sealed partial class SqliteStore
{
    private async Task<MapResult> CreateAccountCoreAsync(AccountMap map, Author by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(by);
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        if (await ExistsAsync(c, tx, map.Account.Id, ct))
            throw GraphException.Conflict(Errors.Say("Store.AccountExists", map.Account.Id));
        var result = await WriteCreatedAsync(c, tx, map, by, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>A new account at version 1 and its first commit, the whole map, in the log (kind Create, or Import).</summary>
    private async Task<MapResult> WriteCreatedAsync(SqliteConnection c, SqliteTransaction tx, AccountMap map, Author by, CancellationToken ct)
    {
        var commit = Commit.Whole(map, 1, by.Kind == ChangeKind.Import ? by : by.As(ChangeKind.Create), _clock.GetUtcNow());
        await WriteAsync(c, tx, map.Account.Id, commit.Ops, ct, created: true);
        await WriteChangeAsync(c, tx, commit, ct);
        return new MapResult(commit, AccountMap.Empty(map.Account.Id).Apply(commit));
    }

    private async Task<MapResult> ChangeCoreAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(by);
        await using var c = await OpenAsync(ct);
        // Immediate: takes the write lock before reading, so concurrent writers queue instead of racing.
        await using var tx = c.BeginTransaction(deferred: false);
        var map = (await ReadMapAsync(c, tx, accountId, ct)).OrNotFound(accountId);
        var version = map.Version + 1;
        var ops = Commit.Stamp(decide(map), version);
        var account = ops.OfType<PutAccount>().LastOrDefault()?.Account ?? map.Account with { Version = version };
        await WriteAsync(c, tx, accountId, [.. ops.Where(o => o is not PutAccount), new PutAccount(account)], ct);
        var commit = Commit.Made(map, version, ops, by, _clock.GetUtcNow());
        await WriteChangeAsync(c, tx, commit, ct);
        var after = map.Apply(commit);
        if (Checkpoints.Due(after)) await WriteCheckpointAsync(c, tx, new MapCheckpoint(after, commit.At), ct);
        await tx.CommitAsync(ct);
        return new MapResult(commit, after);
    }

    /// <param name="created">The account is new in this transaction (created, or replaced after its delete): its rows
    /// are plain inserts, and an id another account holds fails on the primary key, as the upsert's check would.</param>
    private static async Task WriteAsync(SqliteConnection c, SqliteTransaction tx, string accountId, IEnumerable<MapOp> ops, CancellationToken ct, bool created = false)
    {
        // One prepared command per statement for the whole commit: an import writes thousands of rows.
        var commands = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
        SqliteInserter<Node>? nodes = null;
        SqliteInserter<Edge>? edges = null;
        var inserted = 0;
        var cacheBefore = created && ops is IReadOnlyCollection<MapOp> { Count: > LargeWrite } ? await PragmaAsync(c, tx, "cache_size", null, ct) : null;
        try
        {
            // A large new account inserts into its id indexes in random order (ids are random): with SQLite's
            // default 2 MB page cache most inserts would evict a page and read another back.
            if (cacheBefore is not null) await PragmaAsync(c, tx, "cache_size", -LargeWriteCacheKiB, ct);
            // Accounts first (foreign keys), then removals, then nodes before the edges that join them.
            foreach (var op in ops.OrderBy(op => op switch { PutAccount => 0, RemoveEdge => 1, RemoveNode => 2, PutNode => 3, _ => 4 }))
            {
                try
                {
                    // A new account's rows are plain inserts bound by position: nothing of another account can match.
                    if (created && op is PutNode or PutEdge)
                    {
                        if (++inserted % 1_000 == 0) ct.ThrowIfCancellationRequested();
                        if (op is PutNode n) (nodes ??= new(c, SqliteRows.Nodes)).Insert(n.Node, accountId);
                        else (edges ??= new(c, SqliteRows.Edges)).Insert(((PutEdge)op).Edge, accountId);
                        continue;
                    }
                    var cmd = op switch
                    {
                        PutAccount a => Bound(created ? SqliteRows.Accounts.Insert : SqliteRows.Accounts.Upsert, cmd => SqliteRows.Accounts.Bind(cmd, a.Account)),
                        PutNode n => Bound(SqliteRows.Nodes.Upsert, cmd => SqliteRows.Nodes.Bind(cmd, n.Node, accountId)),
                        PutEdge e => Bound(SqliteRows.Edges.Upsert, cmd => SqliteRows.Edges.Bind(cmd, e.Edge, accountId)),
                        RemoveNode n => Bound("DELETE FROM nodes WHERE id = $id AND account_id = $account", cmd => Key(cmd, n.NodeId)),
                        RemoveEdge e => Bound("DELETE FROM edges WHERE id = $id AND account_id = $account", cmd => Key(cmd, e.EdgeId)),
                        _ => throw new NotSupportedException(op.GetType().Name),
                    };
                    // An upsert that matched a row of another account writes nothing: ids are unique across accounts.
                    if (await cmd.ExecuteNonQueryAsync(ct) == 0 && op is PutNode or PutEdge)
                        throw GraphException.Conflict(Errors.Say("Store.IdElsewhere", op is PutNode n2 ? n2.Node.Id : ((PutEdge)op).Edge.Id));
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 19) // SQLITE_CONSTRAINT
                {
                    throw GraphException.Conflict(Errors.Say("Store.Clash", ex.Message));
                }
            }
        }
        finally
        {
            foreach (var cmd in commands.Values) await cmd.DisposeAsync();
            nodes?.Dispose();
            edges?.Dispose();
            // The connection goes back to the pool: it keeps the cache it had. Should that fail, the connection is
            // broken and the commit (or the failure that got us here) reports it; a larger cache harms nothing.
            if (cacheBefore is { } before)
            {
                try
                {
                    await PragmaAsync(c, tx, "cache_size", before, CancellationToken.None);
                }
                catch (SqliteException)
                {
                }
            }
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
            if (cmd.Parameters.Count == 0)
            {
                cmd.Parameters.Add(new SqliteParameter("$id", null));
                cmd.Parameters.Add(new SqliteParameter("$account", accountId));
            }
            cmd.Parameters[0].Value = id;
        }
    }

    private const int LargeWrite = 10_000, LargeWriteCacheKiB = 64 * 1024;

    /// <summary>Reads a pragma (<paramref name="value"/> null) or sets it; the name and value are our own constants, never input.</summary>
    private static async Task<long?> PragmaAsync(SqliteConnection c, SqliteTransaction tx, string name, long? value, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = value is null ? $"PRAGMA {name};" : string.Create(CultureInfo.InvariantCulture, $"PRAGMA {name} = {value};");
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct) ?? value, CultureInfo.InvariantCulture);
    }
}

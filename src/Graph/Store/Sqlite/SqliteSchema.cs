using Microsoft.Data.Sqlite;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>Forward-only migrations, applied on start; PRAGMA user_version records the last one.</summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE accounts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            industry TEXT, country TEXT,
            position TEXT NOT NULL,
            share_of_wallet INTEGER,
            potential_amount TEXT, potential_currency TEXT,
            brings_innovations INTEGER NOT NULL DEFAULT 0,
            involves_development INTEGER NOT NULL DEFAULT 0,
            consults_strategy INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL
        );
        CREATE TABLE nodes (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, name TEXT NOT NULL, title TEXT, level TEXT, roles TEXT NOT NULL DEFAULT '',
            stance TEXT, influence TEXT, involvement TEXT, team_role TEXT,
            email TEXT, phone TEXT, concerns TEXT,
            x REAL, y REAL,
            version INTEGER NOT NULL
        );
        CREATE INDEX nodes_account ON nodes(account_id);
        CREATE TABLE edges (
            id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            from_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
            to_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
            strength INTEGER, dotted INTEGER NOT NULL DEFAULT 0, note TEXT,
            status TEXT, cadence_days INTEGER, last_contact TEXT, goal TEXT,
            version INTEGER NOT NULL,
            UNIQUE (type, from_id, to_id)
        );
        CREATE INDEX edges_account ON edges(account_id);
        """,
        // 2: the account plan — meetings, concerns, arguments and position history, kept as JSON details.
        """
        ALTER TABLE accounts ADD COLUMN history TEXT;
        ALTER TABLE nodes ADD COLUMN details TEXT;
        ALTER TABLE edges ADD COLUMN details TEXT;
        """,
    ];

    public static int Latest => Migrations.Length;

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(ct);
        }
        var current = await UserVersionAsync(connection, ct);
        for (var i = current; i < Migrations.Length; i++)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            // user_version cannot be a parameter; the value is our own loop counter.
            cmd.CommandText = Migrations[i] + $"\nPRAGMA user_version = {i + 1};";
            await cmd.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
    }

    public static async Task<int> UserVersionAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}

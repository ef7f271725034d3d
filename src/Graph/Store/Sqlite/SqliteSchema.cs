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
        // 3: sign-in and per-account access (issue #10). Instants are ISO 8601 UTC text (StoredAccess.Time),
        // which compares like the instant. A team or a counterpart link goes with its account; a link also
        // goes with its counterpart node, so it never points at a node that is gone.
        """
        CREATE TABLE users (
            id TEXT PRIMARY KEY,
            email TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            language TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            password_hash TEXT,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            external_id TEXT UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE team_members (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            PRIMARY KEY (account_id, user_id)
        );
        CREATE INDEX team_members_user ON team_members(user_id);
        CREATE TABLE counterpart_links (
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            counterpart_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
            PRIMARY KEY (user_id, account_id)
        );
        CREATE INDEX counterpart_links_account ON counterpart_links(account_id);
        CREATE INDEX counterpart_links_counterpart ON counterpart_links(counterpart_id);
        CREATE TABLE access_tokens (
            id TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            scope TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked_at TEXT,
            last_used_at TEXT
        );
        CREATE INDEX access_tokens_user ON access_tokens(user_id);
        CREATE TABLE one_time_links (
            hash TEXT PRIMARY KEY,
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            purpose TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT
        );
        """,
        // 4: documents kept with an account (what-if sketches, remembered CSV mappings).
        """
        CREATE TABLE account_documents (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            json TEXT NOT NULL,
            saved_by TEXT,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (account_id, kind, name)
        );
        """,
        // 5: the change log (issue #11): every commit, append-only, with who, when, its ops and the touched
        // elements as they were; which elements each commit touched (the history's element filter);
        // checkpoints of whole maps; each user's last visit of each account. All go with the account.
        """
        CREATE TABLE changes (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            at TEXT NOT NULL,
            by_id TEXT,
            by_name TEXT NOT NULL,
            kind TEXT NOT NULL,
            of_version INTEGER,
            ops TEXT NOT NULL,
            prior TEXT,
            names TEXT,
            PRIMARY KEY (account_id, version)
        );
        CREATE INDEX changes_at ON changes(account_id, at);
        CREATE TABLE change_elements (
            account_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            element_id TEXT NOT NULL,
            PRIMARY KEY (account_id, element_id, version),
            FOREIGN KEY (account_id, version) REFERENCES changes(account_id, version) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX change_elements_change ON change_elements(account_id, version);
        CREATE TABLE checkpoints (
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            at TEXT NOT NULL,
            map TEXT NOT NULL,
            PRIMARY KEY (account_id, version)
        );
        CREATE TABLE visits (
            user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (user_id, account_id)
        );
        CREATE INDEX visits_account ON visits(account_id);
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

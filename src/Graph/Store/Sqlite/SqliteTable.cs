using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>A column and how a record fills it. A fixed column is written when the row is created and never updated.</summary>
internal sealed record SqliteColumn<T>(string Name, Func<T, object?> Value, bool Fixed = false);

/// <summary>
/// One table's column list, the single place a column is named for writing: the SELECT list and the
/// upsert (its columns, VALUES and SET) are built from it. A scoped table's rows belong to an account
/// (account_id): an upsert never takes over a row of another account (ids are unique store-wide).
/// Likewise a row with an owner column is only ever updated by a record with the same owner.
/// </summary>
internal sealed class SqliteTable<T>
{
    /// <param name="key">The primary key the upsert matches on.</param>
    /// <param name="owner">A column of the record that an update must match (scoped tables: account_id).</param>
    public SqliteTable(string name, bool scoped, IReadOnlyList<SqliteColumn<T>> columns, string key = "id", string? owner = null)
    {
        (Name, Columns, Scoped) = (name, columns, scoped);
        Select = string.Join(", ", columns.Select(c => c.Name));
        var written = scoped ? ["account_id", .. columns.Select(c => c.Name)] : columns.Select(c => c.Name).ToList();
        owner = scoped ? "account_id" : owner;
        Insert = $"""
            INSERT INTO {name} ({string.Join(", ", written)})
            VALUES ({string.Join(", ", written.Select(c => "$" + c))})
            """;
        Upsert = $"""
            {Insert}
            ON CONFLICT({key}) DO UPDATE SET {string.Join(", ", columns.Where(c => !c.Fixed).Select(c => $"{c.Name} = excluded.{c.Name}"))}
            {(owner is null ? "" : $"WHERE {name}.{owner} = excluded.{owner}")}
            """;
    }

    /// <summary>Its rows belong to an account: the insert's first value is account_id.</summary>
    public bool Scoped { get; }

    public string Name { get; }

    public IReadOnlyList<SqliteColumn<T>> Columns { get; }

    /// <summary>The columns for a SELECT, in list order.</summary>
    public string Select { get; }

    /// <summary>Inserts a row that must be new: a taken id fails on the primary key (a new account's rows).</summary>
    public string Insert { get; }

    /// <summary>Inserts a row or updates its changeable columns; for a scoped table, only within the same account.</summary>
    public string Upsert { get; }

    /// <summary>
    /// Gives the insert or upsert its parameters for one record (and the account, for a scoped table). A
    /// command bound before keeps its parameters and gets new values: an import binds hundreds of thousands of rows.
    /// </summary>
    public void Bind(SqliteCommand cmd, T item, string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(cmd);
        var p = cmd.Parameters;
        if (p.Count != Columns.Count + (Scoped ? 1 : 0))
        {
            p.Clear();
            if (Scoped) p.Add(new SqliteParameter("$account_id", null));
            foreach (var c in Columns) p.Add(new SqliteParameter("$" + c.Name, null));
        }
        var i = 0;
        if (Scoped) p[i++].Value = accountId ?? throw new ArgumentNullException(nameof(accountId));
        foreach (var c in Columns) p[i++].Value = c.Value(item) ?? DBNull.Value;
    }
}

/// <summary>
/// One statement on the connection's open transaction, its values bound by position straight into SQLite
/// (ADO.NET looks each parameter up by name and copies each text into UTF-8 first). For what can be large: a new
/// account's rows, and the change log's entries (a created account's is its whole map). A failed step throws the
/// <see cref="SqliteException"/> ADO.NET would.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public SqliteStatement(SqliteConnection c, string sql)
    {
        _db = c.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
    }

    /// <summary>Binds the <paramref name="index"/>th value (from 1) as ADO.NET would: texts, integers, booleans as 0 or 1, reals, null.</summary>
    public void Bind(int index, object? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(_stmt, index),
        string s => raw.sqlite3_bind_text16(_stmt, index, s),
        int n => raw.sqlite3_bind_int64(_stmt, index, n),
        long n => raw.sqlite3_bind_int64(_stmt, index, n),
        bool b => raw.sqlite3_bind_int64(_stmt, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(_stmt, index, d),
        _ => throw new NotSupportedException(value.GetType().Name),
    });

    /// <summary>Binds text already in UTF-8 (a large JSON document, without a copy as a .NET string).</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> text) => Check(raw.sqlite3_bind_text(_stmt, index, text));

    /// <summary>Runs the statement once and makes it ready for the next values.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}

/// <summary>
/// Inserts many new rows of one table through <see cref="SqliteTable{T}.Insert"/>, bound by position
/// (<see cref="SqliteStatement"/>). <see cref="SqliteTable{T}.Bind"/> is the same row through ADO.NET, whose
/// lookups by name cost a quarter of a 100,000-person account's load.
/// </summary>
internal sealed class SqliteInserter<T>(SqliteConnection c, SqliteTable<T> table) : IDisposable
{
    private readonly SqliteStatement _insert = new(c, table.Insert);

    public void Insert(T item, string? accountId = null)
    {
        var i = 1;
        if (table.Scoped) _insert.Bind(i++, accountId ?? throw new ArgumentNullException(nameof(accountId)));
        foreach (var column in table.Columns) _insert.Bind(i++, column.Value(item));
        _insert.Run();
    }

    public void Dispose() => _insert.Dispose();
}

/// <summary>The current row of a reader, read by column name (ordinals looked up once per result set).</summary>
internal sealed class SqliteRow(SqliteDataReader reader)
{
    private readonly Dictionary<string, int> _ordinals = Enumerable.Range(0, reader.FieldCount)
        .ToDictionary(reader.GetName, i => i, StringComparer.OrdinalIgnoreCase);

    public string? Text(string column) => Null(column, out var i) ? null : reader.GetString(i);

    public int? Int(string column) => Null(column, out var i) ? null : reader.GetInt32(i);

    public long Long(string column) => reader.GetInt64(_ordinals[column]);

    public double? Double(string column) => Null(column, out var i) ? null : reader.GetDouble(i);

    public bool Bool(string column) => reader.GetBoolean(_ordinals[column]);

    public TEnum? Enum<TEnum>(string column) where TEnum : struct, Enum =>
        Null(column, out var i) ? null : System.Enum.Parse<TEnum>(reader.GetString(i));

    private bool Null(string column, out int ordinal)
    {
        ordinal = _ordinals[column];
        return reader.IsDBNull(ordinal);
    }
}

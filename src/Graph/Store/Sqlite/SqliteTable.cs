using Microsoft.Data.Sqlite;

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
        (Name, Columns, _scoped) = (name, columns, scoped);
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

    private readonly bool _scoped;

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
        if (p.Count != Columns.Count + (_scoped ? 1 : 0))
        {
            p.Clear();
            if (_scoped) p.Add(new SqliteParameter("$account_id", null));
            foreach (var c in Columns) p.Add(new SqliteParameter("$" + c.Name, null));
        }
        var i = 0;
        if (_scoped) p[i++].Value = accountId ?? throw new ArgumentNullException(nameof(accountId));
        foreach (var c in Columns) p[i++].Value = c.Value(item) ?? DBNull.Value;
    }
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

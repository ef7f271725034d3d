using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>The contract against a real SQLite file, plus what only a file-backed store can show.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IGraphStore> NewStoreAsync() => await _dir.NewSqliteStoreAsync();

    [Fact]
    public async Task A_new_store_instance_on_the_same_file_sees_every_change()
    {
        var path = Path.Combine(_dir.Path, "restart.db");
        var first = new SqliteStore(path);
        await first.InitializeAsync(default);
        await first.CreateAccountAsync(Maps.Sample(), default);
        await first.ChangeAsync("acc-sample", m => NodeRules.Move(m, "c-ana", -300, 40), default);
        var before = Maps.Json((await first.GetMapAsync("acc-sample", default))!);

        var second = new SqliteStore(path);
        await second.InitializeAsync(default); // migrations are idempotent

        Maps.Json((await second.GetMapAsync("acc-sample", default))!).ShouldBe(before);
    }

    [Fact]
    public async Task The_database_is_in_WAL_mode_with_the_latest_schema()
    {
        var store = (SqliteStore)await NewStoreAsync();

        (await store.CheckHealthAsync(default)).ShouldContain($"schema {SqliteSchema.Latest}/{SqliteSchema.Latest}");
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        (await cmd.ExecuteScalarAsync())!.ToString().ShouldBe("wal");
    }

    [Fact]
    public async Task An_unopenable_path_is_reported_as_unavailable()
    {
        var blocker = Path.Combine(_dir.Path, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var store = new SqliteStore(Path.Combine(blocker, "salesops.db"));

        var error = await Should.ThrowAsync<GraphException>(() => store.InitializeAsync(default));

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("SALESOPS_DATA");
    }

    [Fact]
    public async Task A_created_account_is_stored_in_the_same_values_and_types_as_one_written_change_by_change()
    {
        // A new account's rows and its log entry are bound by position (SqliteStatement); every later change goes
        // through ADO.NET. Both must leave the same cells: same text, integers as integers, reals as reals.
        var store = (SqliteStore)await NewStoreAsync();
        var plan = Maps.SamplePlan();
        await store.CreateAccountAsync(plan, default);
        await store.CreateAccountAsync(new AccountMap(new Account { Id = "acc-copy", Name = "Copy" }, [], []), default);
        await store.ChangeAsync("acc-copy", _ =>
        [
            .. plan.Nodes.Select(n => new PutNode(n with { Id = n.Id + "-copy" })),
            .. plan.Edges.Select(e => new PutEdge(e with { Id = e.Id + "-copy", From = e.From + "-copy", To = e.To + "-copy" })),
        ], default);

        async Task<string[]> CellsAsync(string table, string account, string idSuffix)
        {
            await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Path}");
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            var columns = await ColumnsAsync(c, table);
            cmd.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Where(x => x is not ("version" or "account_id")).Select(x => $"typeof({x}) || ':' || quote({x})"))} FROM {table} WHERE account_id = $account ORDER BY rowid";
            cmd.Parameters.AddWithValue("$account", account);
            var rows = new List<string>();
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) rows.Add(idSuffix is "" ? r.GetString(0) : r.GetString(0).Replace(idSuffix, "", StringComparison.Ordinal));
            return [.. rows];
        }

        var created = await CellsAsync("edges", "acc-plan", "");
        created.ShouldNotBeEmpty();
        created.ShouldBe(await CellsAsync("edges", "acc-copy", "-copy"));
        created.ShouldContain(row => row.Contains("integer:", StringComparison.Ordinal) && row.Contains("text:'", StringComparison.Ordinal));
        (await CellsAsync("nodes", "acc-plan", "")).ShouldBe(await CellsAsync("nodes", "acc-copy", "-copy"));
        (await CellsAsync("nodes", "acc-plan", "")).ShouldContain(row => row.Contains("real:", StringComparison.Ordinal));
        (await CellsAsync("changes", "acc-plan", "")).ShouldHaveSingleItem().ShouldContain("text:'[{\"op\":\"putAccount\"", Case.Sensitive);
    }

    private static async Task<List<string>> ColumnsAsync(Microsoft.Data.Sqlite.SqliteConnection c, string table)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name FROM pragma_table_info($table)";
        cmd.Parameters.AddWithValue("$table", table);
        var names = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) names.Add(r.GetString(0));
        return names;
    }

    public void Dispose() => _dir.Dispose();
}

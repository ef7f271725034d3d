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

    public void Dispose() => _dir.Dispose();
}

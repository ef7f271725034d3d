namespace SalesOps.Tests.Support;

/// <summary>A fresh folder under the system temp directory, removed on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "salesops-tests", Guid.NewGuid().ToString("n")[..12]);

    /// <summary>A fresh, migrated SQLite store in its own file in this folder.</summary>
    public async Task<SalesOps.Graph.Store.Sqlite.SqliteStore> NewSqliteStoreAsync(string? name = null)
    {
        var store = new SalesOps.Graph.Store.Sqlite.SqliteStore(System.IO.Path.Combine(Path, (name ?? Guid.NewGuid().ToString("n")) + ".db"));
        await store.InitializeAsync(default);
        return store;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open on a slow machine: the OS temp cleaner takes it */ }
    }
}

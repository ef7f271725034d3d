using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>The access contract against a real SQLite file, a fresh one per test.</summary>
public sealed class SqliteAccessTests : AccessContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IGraphStore> NewStoreAsync() => await _dir.NewSqliteStoreAsync();

    public void Dispose() => _dir.Dispose();
}

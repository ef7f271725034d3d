using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>A database the first release wrote (tests/Graph/Store/Fixtures/schema1.sql) upgrades to the latest schema with nothing lost.</summary>
public sealed class SqliteUpgradeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_schema_1_database_with_data_upgrades_to_the_latest_schema_with_nothing_lost()
    {
        var path = Path.Combine(_dir.Path, "salesops.db");
        await using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await old.OpenAsync();
            await using var load = old.CreateCommand();
            load.CommandText = await File.ReadAllTextAsync(Path.Combine(Neo4jTestServer.RepoRoot(), "tests", "Graph", "Store", "Fixtures", "schema1.sql"));
            await load.ExecuteNonQueryAsync();
        }
        var store = new SqliteStore(path);

        await store.InitializeAsync(default);

        (await store.CheckHealthAsync(default)).ShouldContain($"schema {SqliteSchema.Latest}/{SqliteSchema.Latest}");
        var map = (await store.GetMapAsync("acc-old", default))!;
        (map.Account.Name, map.Account.Position, map.Account.ShareOfWallet, map.Account.PotentialAmount, map.Account.Version)
            .ShouldBe(("Vidal Packaging", SupplierPosition.Listed, (int?)15, (decimal?)1250000.50m, 4L));
        map.Nodes.Select(n => n.Id).ShouldBe(["f-purchasing", "p-maria", "p-luis", "c-ana"], ignoreOrder: true);
        var maria = map.Find("p-maria")!;
        (maria.Title, maria.Level, maria.Stance, maria.Influence, maria.Email, maria.Phone, maria.X, maria.Y, maria.Version)
            .ShouldBe(("CFO", (Level?)Level.Executive, (Stance?)Stance.Supporter, (Influence?)Influence.High, "maria@vidal.example", "+34 600 000 000", (double?)120.5, (double?)-30.25, 2L));
        maria.Roles.ShouldBe([BuyingRole.DecisionMaker, BuyingRole.Signer], ignoreOrder: true);
        map.Find("c-ana")!.TeamRole.ShouldBe(TeamRole.AccountManager);
        map.FunctionOf("p-luis").ShouldBe("f-purchasing");
        var reports = map.FindEdge("e-reports")!;
        (reports.Strength, reports.Dotted, reports.Note).ShouldBe(((int?)3, true, "Dotted line since the merger"));
        var talks = map.FindEdge("e-talks")!;
        (talks.Status, talks.CadenceDays, talks.LastContact, talks.Goal, talks.Version)
            .ShouldBe(((RelationshipStatus?)RelationshipStatus.Active, (int?)30, (DateOnly?)new DateOnly(2026, 2, 1), "Meet the new plant manager", 4L));
        // The upgraded database takes writes at the next version, including what later schemas added.
        (await store.ChangeAsync("acc-old", m => NodeRules.Move(m, "p-luis", 1, 2), default)).Version.ShouldBe(5);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}

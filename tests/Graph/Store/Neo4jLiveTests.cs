using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The contract against a Neo4j 5 or Aura named by SALESOPS_NEO4J_URI (+ _USER, _PASSWORD, _DATABASE,
/// _PROTOCOL), skipped without one. It must be a scratch database: the tests refuse to run when it
/// holds accounts other than the contract's own, and delete those between tests.
/// </summary>
[SkipWithout("SALESOPS_NEO4J_URI", "skipped: no Neo4j 5 configured")]
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jLiveTests(LiveNeo4j live) : StoreContract, IDisposable
{
    private readonly List<Neo4jStore> _stores = [];

    protected override async Task<IGraphStore> NewStoreAsync()
    {
        var store = new Neo4jStore(live.Settings);
        _stores.Add(store);
        await store.InitializeAsync(default);
        await live.ResetAsync(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
    }
}

public sealed class LiveNeo4j
{
    /// <summary>Every account id the contract creates; nothing else may be in the database.</summary>
    private static readonly string[] ContractAccounts = ["acc-sample", "acc-a", "acc-b", "acc-copy", "acc-first", "acc-second", "acc-plan"];

    public Neo4jSettings Settings { get; } = Neo4jSettings.From(
        Environment.GetEnvironmentVariable("SALESOPS_NEO4J_URI"),
        Environment.GetEnvironmentVariable("SALESOPS_NEO4J_USER"),
        Environment.GetEnvironmentVariable("SALESOPS_NEO4J_PASSWORD"),
        Environment.GetEnvironmentVariable("SALESOPS_NEO4J_DATABASE"),
        Environment.GetEnvironmentVariable("SALESOPS_NEO4J_PROTOCOL")) with { RetryDelay = TimeSpan.FromMilliseconds(200) };

    public async Task ResetAsync(IGraphStore store)
    {
        var foreign = (await store.ListAccountsAsync(default)).Select(s => s.Account.Id).Except(ContractAccounts).ToList();
        if (foreign.Count > 0)
        {
            throw new InvalidOperationException(
                $"{Settings.Server} holds accounts the tests did not create ({string.Join(", ", foreign.Take(5))}…). " +
                "Point SALESOPS_NEO4J_URI at an empty scratch database; the live tests delete what they find.");
        }
        foreach (var id in ContractAccounts) await store.DeleteAccountAsync(id, default);
    }
}

[CollectionDefinition(Name)]
public sealed class LiveNeo4jCollection : ICollectionFixture<LiveNeo4j>
{
    public const string Name = "neo4j-live";
}

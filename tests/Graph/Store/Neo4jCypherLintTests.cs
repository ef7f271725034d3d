using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// No Neo4j 5 runs here, but its Cypher front end does (npm @neo4j-cypher/language-support): every
/// statement the store sends while the whole store contract runs on the real 3.1 server — plus big
/// accounts in batches, a failed batched create, a migration, a lost commit answer — is recorded off
/// the wire and must be free of errors and deprecations as Cypher 5 and as Cypher 25. So are the 5.x
/// schema statements, every statement constant of the adapter, and the Cypher script export.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jCypherLintTests(Neo4jTestServer server) : IDisposable
{
    private readonly ConcurrentQueue<(string Statement, JsonObject? Parameters)> _sent = new();
    private readonly Disposables _stores = new();

    [Fact]
    public async Task Every_statement_the_store_sends_is_clean_Cypher_5_and_Cypher_25()
    {
        var contract = new RecordedContract(this);
        var facts = typeof(StoreContract).GetMethods().Where(m => m.GetCustomAttribute<StoreFactAttribute>() is not null).ToList();
        foreach (var fact in facts) await (Task)fact.Invoke(contract, null)!;
        await RunTheRarePathsAsync();

        // What only servers before 5 get (their schema, nodes named by id()) is linted in its 5 form, from the constants.
        var before5 = Cypher.SchemaBefore5.Concat(AccessCypher.SchemaBefore5).Concat(Cypher.CreateNodesKeyedBefore5.Values).Concat(Cypher.CreateEdgesByRefBefore5.Values).ToHashSet();
        _sent.ShouldContain(s => Cypher.CreateEdgesByRefBefore5.Values.Contains(s.Statement)); // the batched create ran
        var sent = _sent.Where(s => !before5.Contains(s.Statement)).DistinctBy(s => s.Statement).ToList();
        var known = sent.Select(s => s.Statement).ToHashSet();
        var constants = StatementConstants().Where(c => !known.Contains(c)).Select(c => (c, (JsonObject?)null));
        var script = CypherScript.Write([Maps.Sample(), Maps.SamplePlan()]).Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).Select(l => (l[..^1], (JsonObject?)new JsonObject()));
        var schema = Cypher.Schema5.Concat(AccessCypher.Schema5).Select(s => (s, (JsonObject?)new JsonObject()));

        var problems = await CypherLint.ProblemsAsync([.. sent, .. constants, .. script, .. schema]);

        facts.Count.ShouldBeGreaterThan(15);
        sent.Count.ShouldBeGreaterThan(35); // the tap really saw the store's traffic
        sent.ShouldContain(s => s.Statement == Cypher.Guard);
        sent.ShouldContain(s => s.Statement == Cypher.Committed);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>Paths the contract does not take: batches, a create that fails half way, a migration, an unanswered commit.</summary>
    private async Task RunTheRarePathsAsync()
    {
        await server.ResetAsync();
        var store = Store(s => s with { BatchSize = 2 });
        await store.InitializeAsync(default);
        await store.CreateAccountAsync(Maps.Sample(), default); // 8 rows: in batches of 2
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 1, 2), default);
        var thief = new AccountMap(new Account { Id = "acc-thief", Name = "Thief" }, [.. Maps.SamplePlan().Nodes.Take(3), Maps.Sample().Nodes[1]], []);
        (await Should.ThrowAsync<GraphException>(() => store.CreateAccountAsync(thief, default))).Error.ShouldBe(GraphError.Conflict);
        await store.DeleteAccountAsync("acc-sample", default); // in batches too

        await store.CreateAccountAsync(Maps.Sample(), default);
        await server.RunAsync("MATCH (a:Account) REMOVE a.dataVersion, a.people");
        await Store().InitializeAsync(default); // counts and edge keys again

        var lost = false;
        var wire = new Neo4jWire(_sent) { LoseAnswer = (_, path, _) => !lost && path.EndsWith("/commit", StringComparison.Ordinal) && (lost = true) };
        var losing = Track(new Neo4jStore(server.Settings, wire));
        await losing.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 3, 4), default); // checked with Cypher.Committed
    }

    /// <summary>Every statement text the adapter can send, whether or not this run sent it.</summary>
    private static IEnumerable<string> StatementConstants()
    {
        var texts = typeof(Cypher).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(AccessCypher).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => !f.Name.EndsWith("Before5", StringComparison.Ordinal) && f.Name is not nameof(AccessCypher.Schema5))
            .SelectMany(f => f.GetValue(null) switch
            {
                string s => [s],
                IReadOnlyDictionary<NodeKind, string> d => d.Values,
                IReadOnlyDictionary<EdgeType, string> d => d.Values,
                _ => Enumerable.Empty<string>(),
            });
        return [.. texts, QueryApiTransport.Open];
    }

    private async Task<Neo4jStore> FreshStoreAsync()
    {
        await server.ResetAsync();
        return Store();
    }

    private Neo4jStore Store(Func<Neo4jSettings, Neo4jSettings>? settings = null) =>
        Track(new Neo4jStore((settings ?? (s => s))(server.Settings), new Neo4jWire(_sent)));

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();

    private sealed class RecordedContract(Neo4jCypherLintTests test) : StoreContract
    {
        protected override async Task<IGraphStore> NewStoreAsync()
        {
            var store = await test.FreshStoreAsync();
            await store.InitializeAsync(default);
            return store;
        }
    }
}

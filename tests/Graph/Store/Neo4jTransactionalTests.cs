using System.Net;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The transactional endpoint and protocol discovery against canned answers: the results/errors
/// shape, transient errors re-running the whole transaction, client errors never retried.
/// (The same transport runs for real against Neo4j 3.1 in <see cref="Neo4jStoreTests"/>.)
/// </summary>
public sealed class Neo4jTransactionalTests
{
    private const string Root5 = """
        {"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx",
         "bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}
        """;

    private const string Root519 = """
        {"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2",
         "transaction":"http://localhost:7474/db/{databaseName}/tx","neo4j_version":"5.26.0","neo4j_edition":"enterprise"}
        """;

    private const string Root3 = """
        {"management":"http://localhost:7474/db/manage/","data":"http://localhost:7474/db/data/","bolt":"bolt://localhost:7687"}
        """;

    private const string Opened = """
        {"commit":"http://localhost:7474/db/neo4j/tx/12/commit","results":[],"transaction":{"expires":"Fri, 27 Nov 2026 21:07:32 +0000"},"errors":[]}
        """;

    // The lock's row, then the whole map (account, nodes in seq order, edges).
    private const string LockAndMap = """
        {"commit":"http://localhost:7474/db/neo4j/tx/12/commit","results":[
          {"columns":["version"],"data":[{"row":[1],"meta":[null]}]},
          {"columns":["account","nodes","edges"],"data":[{"row":[
            {"id":"acc-t","name":"Tecnoplast","position":"Potential","version":1,"seq":1},
            [{"props":{"id":"p-x","accountId":"acc-t","name":"Xavi","stance":"Unknown","influence":"Medium","version":1,"seq":0},"labels":["Node","Person"]}],
            []],"meta":[]}]}],
         "transaction":{"expires":"Fri, 27 Nov 2026 21:07:32 +0000"},"errors":[]}
        """;

    private readonly CannedNeo4j _wire = new();

    private Neo4jStore Store(Neo4jProtocol protocol = Neo4jProtocol.Tx) => new(new Neo4jSettings
    {
        Uri = new Uri("http://neo4j.test:7474"),
        Password = "secret",
        Protocol = protocol,
        RetryDelay = TimeSpan.FromMilliseconds(1),
    }, _wire);

    [Fact]
    public async Task A_transient_error_reruns_the_whole_transaction_which_then_succeeds()
    {
        _wire.Answer(HttpStatusCode.OK, Root5)
            .Answer(HttpStatusCode.Created, Opened, ("Location", "http://localhost:7474/db/neo4j/tx/12"))
            .Answer(HttpStatusCode.OK, """
                {"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[3] can't acquire ExclusiveLock{owner=ForsetiClient[5]}"}]}
                """)
            .Answer(HttpStatusCode.Created, Opened, ("Location", "http://localhost:7474/db/neo4j/tx/13"))
            .Answer(HttpStatusCode.OK, LockAndMap)
            .Answer(HttpStatusCode.OK, """{"results":[{"columns":[],"data":[]},{"columns":[],"data":[]}],"errors":[]}""");
        using var store = Store();
        var decisions = 0;

        var commit = await store.ChangeAsync("acc-t", m => { decisions++; return NodeRules.Move(m, "p-x", 3, 4); }, default);

        (commit.Version, decisions).ShouldBe((2L, 1));
        // The transaction opens empty, so it can be rolled back whatever its first statement does; the
        // advertised localhost in Location is replaced by the address we were configured with.
        _wire.Paths.ShouldBe(["GET /", "POST /db/neo4j/tx", "POST /db/neo4j/tx/12", "POST /db/neo4j/tx", "POST /db/neo4j/tx/13", "POST /db/neo4j/tx/13/commit"]);
        _wire.Requests[1].Body.ShouldBe("""{"statements":[]}""");
        _wire.Requests[5].Body!.ShouldContain("UNWIND $rows AS row MATCH (n:Node {id: row.id}) USING INDEX n:Node(id)");
    }

    [Fact]
    public async Task A_client_error_is_never_retried_and_a_constraint_violation_is_a_conflict()
    {
        _wire.Answer(HttpStatusCode.OK, Root5)
            .Answer(HttpStatusCode.Created, Opened, ("Location", "http://localhost:7474/db/neo4j/tx/12"))
            .Answer(HttpStatusCode.OK, LockAndMap)
            .Answer(HttpStatusCode.OK, """
                {"results":[],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(0) already exists with label `Node` and property `id` = 'p-new'"}]}
                """);
        using var store = Store();

        var error = await Should.ThrowAsync<GraphException>(() =>
            store.ChangeAsync("acc-t", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "New", Id = "p-new" }), default));

        error.Error.ShouldBe(GraphError.Conflict);
        error.Message.ShouldContain("p-new");
        _wire.Requests.Count.ShouldBe(4); // no retry, and no rollback: Neo4j ended the transaction itself
    }

    [Fact]
    public async Task Transient_errors_stop_being_retried_when_the_budget_is_spent()
    {
        const string stopped = """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.LockClientStopped","message":"stopped"}]}""";
        _wire.Answer(HttpStatusCode.OK, Root5);
        for (var i = 0; i < 50; i++) _wire.Answer(HttpStatusCode.OK, stopped);
        using var store = new Neo4jStore(new Neo4jSettings
        {
            Uri = new Uri("http://neo4j.test:7474"), Protocol = Neo4jProtocol.Tx,
            RetryDelay = TimeSpan.FromMilliseconds(50), RetryBudget = TimeSpan.FromSeconds(1),
        }, _wire);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Should.ThrowAsync<GraphException>(() => store.ListAccountsAsync(default));

        error.Message.ShouldContain("Neo.TransientError.Transaction.LockClientStopped");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        // Waits of about 50, 100, 200, 400 ms fit the budget; the next would not.
        (_wire.Requests.Count - 1).ShouldBeInRange(3, 6);
    }

    [Theory]
    [InlineData(Root519, "Query API v2", "/db/neo4j/query/v2")]
    [InlineData(Root5, "transactional endpoint", "/db/neo4j/tx/commit")]
    [InlineData(Root3, "transactional endpoint", "/db/data/transaction/commit")]
    public async Task Auto_picks_the_protocol_the_server_names_at_its_root(string root, string description, string path)
    {
        var query = description.StartsWith("Query", StringComparison.Ordinal);
        _wire.Answer(HttpStatusCode.OK, root)
            .Answer(HttpStatusCode.OK, query
                ? """{"data":{"fields":["name","versions","edition"],"values":[["Neo4j Kernel",["5.26.0"],"enterprise"]]}}"""
                : """{"results":[{"columns":["name","versions","edition"],"data":[{"row":["Neo4j Kernel",["3.1.1"],"community"]}]}],"errors":[]}""")
            .Answer(HttpStatusCode.OK, query
                ? """{"data":{"fields":["accounts"],"values":[[6]]}}"""
                : """{"results":[{"columns":["accounts"],"data":[{"row":[6],"meta":[null]}]}],"errors":[]}""");
        using var store = Store(Neo4jProtocol.Auto);

        var health = await store.CheckHealthAsync(default);

        health.ShouldBe($"Neo4j {(query ? "5.26.0" : "3.1.1")} at http://neo4j.test:7474 ({description}), 6 accounts");
        _wire.Paths.ShouldBe(["GET /", $"POST {path}", $"POST {path}"]);
    }

    [Fact]
    public async Task A_root_that_is_not_Neo4j_is_unavailable_with_advice()
    {
        _wire.Answer(HttpStatusCode.OK, """{"hello":"world"}""");
        using var store = Store(Neo4jProtocol.Auto);

        var error = await Should.ThrowAsync<GraphException>(() => store.InitializeAsync(default));

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("SALESOPS_NEO4J_PROTOCOL");
    }
}

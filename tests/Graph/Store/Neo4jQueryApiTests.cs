using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// The Query API v2 transport against canned answers shaped as Neo4j's documentation shows them
/// (no Neo4j 5 runs on this machine): rows, errors inside a 202, 401, an unknown transaction,
/// typed JSON, rollback with the cluster-affinity header, and timeouts.
/// </summary>
public sealed class Neo4jQueryApiTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    private const string Lock = """{"data":{"fields":["version"],"values":[[1]]}}""";

    private const string OpenedWithLock = """
        {"transaction":{"id":"tx9","expiry":"2026-11-27T21:00:30Z"},"data":{"fields":["version"],"values":[[1]]},"bookmarks":[]}
        """;

    private const string MapRow = """
        {"data":{"fields":["account","nodes","edges"],"values":[[
          {"id":"acc-t","name":"Tecnoplast","position":"Potential","version":1,"seq":1},
          [{"props":{"id":"p-x","accountId":"acc-t","name":"Xavi","stance":"Unknown","influence":"Medium","version":1,"seq":0},"labels":["Node","Person"]}],
          []]]}}
        """;

    private readonly CannedNeo4j _wire = new();

    private Neo4jStore Store(TimeSpan? timeout = null) => new(new Neo4jSettings
    {
        Uri = new Uri("http://neo4j.test:7474"),
        Password = "secret",
        Protocol = Neo4jProtocol.Query,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        ListTimeout = timeout ?? TimeSpan.FromSeconds(15),
    }, _wire);

    [Fact]
    public async Task Rows_come_from_data_fields_and_values_of_a_202()
    {
        _wire.Answer(HttpStatusCode.Accepted, """
            {"data":{"fields":["account","sortName","id"],
                     "values":[[{"id":"acc-a","name":"Acme","position":"Active","version":3,"potentialAmount":"10.50","bringsInnovations":true,"people":2,"counterparts":1},"acme","acc-a"]]},
             "bookmarks":["FB:kcwQ"]}
            """);
        using var store = Store();

        var list = await store.ListAccountsAsync(default);

        list.Single().ShouldSatisfyAllConditions(
            s => (s.People, s.Counterparts).ShouldBe((2, 1)),
            s => (s.Account.Version, s.Account.PotentialAmount, s.Account.Position).ShouldBe((3L, 10.50m, SupplierPosition.Active)),
            s => s.Account.BringsInnovations.ShouldBeTrue());
        var request = _wire.Requests.Single();
        (request.Method, request.Path).ShouldBe((HttpMethod.Post, "/db/neo4j/query/v2"));
        request.Authorization.ShouldBe("Basic " + Convert.ToBase64String("neo4j:secret"u8.ToArray()));
        JsonDocument.Parse(request.Body!).RootElement.GetProperty("statement").GetString().ShouldBe(Cypher.ListAccounts);
    }

    [Fact]
    public async Task Errors_inside_a_202_are_errors_and_a_client_error_is_not_retried()
    {
        _wire.Answer(HttpStatusCode.Accepted, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'X'"}]}""");
        using var store = Store();

        var error = await Should.ThrowAsync<GraphException>(() => store.ListAccountsAsync(default));

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("Neo.ClientError.Statement.SyntaxError: Invalid input 'X'");
        _wire.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_401_is_unavailable_with_bad_credentials_and_the_server()
    {
        _wire.Answer(HttpStatusCode.Unauthorized, """
            {"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}
            """);
        using var store = Store();

        var error = await Should.ThrowAsync<GraphException>(() => store.InitializeAsync(default));

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("bad credentials");
        error.Message.ShouldContain("http://neo4j.test:7474");
    }

    [Fact]
    public async Task A_transaction_the_server_no_longer_knows_is_an_error_and_the_affinity_was_echoed()
    {
        _wire.Answer(HttpStatusCode.Accepted, OpenedWithLock, ("neo4j-cluster-affinity", Affinity))
            .Answer(HttpStatusCode.NotFound, """
                {"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction with Id: \"tx9\" was not found. It may have timed out and therefore rolled back."}]}
                """);
        using var store = Store();

        var error = await Should.ThrowAsync<GraphException>(() => store.ChangeAsync("acc-t", m => NodeRules.Move(m, "p-x", 1, 2), default));

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("was not found");
        _wire.Paths.ShouldBe(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx9"]);
        _wire.Requests[1].Affinity.ShouldBe(Affinity);
    }

    [Fact]
    public async Task A_refused_rule_rolls_the_transaction_back_and_leaves_unchanged()
    {
        _wire.Answer(HttpStatusCode.Accepted, OpenedWithLock, ("neo4j-cluster-affinity", Affinity))
            .Answer(HttpStatusCode.Accepted, Lock)
            .Answer(HttpStatusCode.Accepted, MapRow)
            .Answer(HttpStatusCode.OK, "{}");
        using var store = Store();
        var refusal = GraphException.Invalid("No.");

        var error = await Should.ThrowAsync<GraphException>(() => store.ChangeAsync("acc-t", _ => throw refusal, default));

        error.ShouldBeSameAs(refusal);
        _wire.Paths.ShouldBe(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx9", "POST /db/neo4j/query/v2/tx/tx9", "DELETE /db/neo4j/query/v2/tx/tx9"]);
        _wire.Requests[3].Affinity.ShouldBe(Affinity);
    }

    [Fact]
    public async Task A_change_runs_lock_read_writes_and_commit_in_one_transaction()
    {
        _wire.Answer(HttpStatusCode.Accepted, OpenedWithLock, ("neo4j-cluster-affinity", Affinity))
            .Answer(HttpStatusCode.Accepted, Lock)
            .Answer(HttpStatusCode.Accepted, MapRow)
            .Answer(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""")
            .Answer(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""")
            .Answer(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""")
            .Answer(HttpStatusCode.Accepted, """{"bookmarks":["FB:x"]}""");
        using var store = Store();

        var commit = await store.ChangeAsync("acc-t", m => NodeRules.Move(m, "p-x", 100, -20), default);

        commit.Version.ShouldBe(2);
        // Lock, read, the node, the account, the change log's entry (same transaction), commit.
        _wire.Paths.ShouldBe(
        [
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx9", "POST /db/neo4j/query/v2/tx/tx9",
            "POST /db/neo4j/query/v2/tx/tx9", "POST /db/neo4j/query/v2/tx/tx9", "POST /db/neo4j/query/v2/tx/tx9",
            "POST /db/neo4j/query/v2/tx/tx9/commit",
        ]);
        _wire.Requests[5].Body!.ShouldContain("CREATE (l)-[:ENTRY]");
        JsonDocument.Parse(_wire.Requests[0].Body!).RootElement.GetProperty("statement").GetString().ShouldBe(QueryApiTransport.Open);
        _wire.Requests.Skip(1).ShouldAllBe(r => r.Affinity == Affinity);
        _wire.Requests[3].Body!.ShouldContain("\"x\":100.0"); // doubles stay floats in Neo4j
        _wire.Requests[3].Body!.ShouldContain("\"y\":-20.0");
    }

    [Fact]
    public async Task Typed_JSON_values_read_like_plain_ones()
    {
        _wire.Answer(HttpStatusCode.Accepted, OpenedWithLock).Answer(HttpStatusCode.Accepted, Lock).Answer(HttpStatusCode.Accepted, """
            {"data":{"fields":["account","nodes","edges"],"values":[[
              {"$type":"Map","_value":{"id":{"$type":"String","_value":"acc-t"},"name":{"$type":"String","_value":"Tecnoplast"},
                "position":{"$type":"String","_value":"Listed"},"version":{"$type":"Integer","_value":"42"},
                "shareOfWallet":{"$type":"Integer","_value":"12"},"consultsOnStrategy":{"$type":"Boolean","_value":true},
                "industry":{"$type":"Null","_value":null}}},
              {"$type":"List","_value":[{"$type":"Map","_value":{
                "props":{"$type":"Map","_value":{"id":{"$type":"String","_value":"p-x"},"name":{"$type":"String","_value":"Xavi"},
                  "x":{"$type":"Float","_value":"10.5"},"y":{"$type":"Float","_value":"-20.0"},"version":{"$type":"Integer","_value":"41"},
                  "roles":{"$type":"List","_value":[{"$type":"String","_value":"Signer"},{"$type":"String","_value":"User"}]}}},
                "labels":{"$type":"List","_value":[{"$type":"String","_value":"Node"},{"$type":"String","_value":"Person"}]}}}]},
              {"$type":"List","_value":[]}]]}}
            """).Answer(HttpStatusCode.OK, "{}");
        using var store = Store();

        var map = (await store.GetMapAsync("acc-t", default))!;

        (map.Account.Version, map.Account.ShareOfWallet, map.Account.ConsultsOnStrategy, map.Account.Industry).ShouldBe((42L, (int?)12, true, (string?)null));
        var node = map.Nodes.Single();
        (node.Kind, node.X, node.Y, node.Version).ShouldBe((NodeKind.Person, (double?)10.5, (double?)-20.0, 41L));
        node.Roles.ShouldBe([BuyingRole.Signer, BuyingRole.User]);
    }

    [Theory]
    [InlineData("""{"$type":"Integer","_value":"42"}""", 42L)]
    [InlineData("""{"$type":"String","_value":"María"}""", "María")]
    [InlineData("""{"$type":"Boolean","_value":false}""", false)]
    [InlineData("""{"$type":"Float","_value":"1.5"}""", 1.5)]
    [InlineData("""{"$type":"Null","_value":null}""", null)]
    [InlineData("42", 42L)]
    [InlineData("-20.0", -20.0)]
    public void Typed_and_plain_scalars_become_the_same_values(string json, object? expected) =>
        Neo4jJson.Value(JsonDocument.Parse(json).RootElement).ShouldBe(expected);

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_unavailable_not_a_hang()
    {
        _wire.Hang();
        using var store = Store(timeout: TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var error = await Should.ThrowAsync<GraphException>(() => store.ListAccountsAsync(default));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldContain("did not answer");
    }
}

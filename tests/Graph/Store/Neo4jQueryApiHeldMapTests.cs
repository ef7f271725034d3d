using System.Net;
using System.Text.Json;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// A change of a map the store holds, on the Query API v2 (canned answers shaped as Neo4j documents
/// them): the rules decide on it at once, and the lock that checks the held version runs before the writes.
/// </summary>
public sealed class Neo4jQueryApiHeldMapTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    private const string Empty = """{"data":{"fields":[],"values":[]}}""";

    private const string MapRow = """
        {"data":{"fields":["account","nodes","edges"],"values":[[
          {"id":"acc-t","name":"Tecnoplast","position":"Potential","version":1,"seq":1,"stamp":"s1"},
          [{"props":{"id":"p-x","accountId":"acc-t","name":"Xavi","stance":"Unknown","influence":"Medium","version":1,"seq":0},"labels":["Node","Person"]}],
          []]]}}
        """;

    private readonly CannedNeo4j _wire = new();

    [Fact]
    public async Task A_change_of_a_held_map_decides_without_asking_and_checks_the_held_version_under_the_lock_before_its_writes()
    {
        // The read that makes the store hold the map: open, lock, whole map, rollback.
        _wire.Answer(HttpStatusCode.Accepted, """{"transaction":{"id":"tx9"},"data":{"fields":["open"],"values":[[1]]}}""")
            .Answer(HttpStatusCode.Accepted, """{"data":{"fields":["version","stamp"],"values":[[1,"s1"]]}}""")
            .Answer(HttpStatusCode.Accepted, MapRow)
            .Answer(HttpStatusCode.OK, "{}")
            // The change: opened, then the checking lock, the node, the account, the log entry, commit.
            .Answer(HttpStatusCode.Accepted, """{"transaction":{"id":"tx10"},"data":{"fields":["open"],"values":[[1]]}}""", ("neo4j-cluster-affinity", Affinity))
            .Answer(HttpStatusCode.Accepted, """{"data":{"fields":["held"],"values":[[1]]}}""")
            .Answer(HttpStatusCode.Accepted, Empty).Answer(HttpStatusCode.Accepted, Empty).Answer(HttpStatusCode.Accepted, Empty)
            .Answer(HttpStatusCode.Accepted, """{"bookmarks":["FB:x"]}""");
        using var store = new Neo4jStore(new Neo4jSettings
        {
            Uri = new Uri("http://neo4j.test:7474"),
            Protocol = Neo4jProtocol.Query,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        }, _wire);
        await store.GetMapAsync("acc-t", default);

        var commit = await store.ChangeAsync("acc-t", m => NodeRules.Move(m, "p-x", 100, -20), default);

        commit.Version.ShouldBe(2);
        _wire.Paths.Skip(4).ShouldBe(
        [
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx10", "POST /db/neo4j/query/v2/tx/tx10",
            "POST /db/neo4j/query/v2/tx/tx10", "POST /db/neo4j/query/v2/tx/tx10", "POST /db/neo4j/query/v2/tx/tx10/commit",
        ]);
        Statement(4).GetProperty("statement").GetString()!.ShouldNotContain("Account"); // no probe: the lock checks
        var check = Statement(5);
        check.GetProperty("statement").GetString().ShouldBe(Cypher.LockHeld);
        (check.GetProperty("parameters").GetProperty("version").GetInt64(), check.GetProperty("parameters").GetProperty("stamp").GetString()).ShouldBe((1L, "s1"));
        _wire.Requests[8].Body!.ShouldContain("CREATE (l)-[:ENTRY]");
        _wire.Requests.Skip(5).ShouldAllBe(r => r.Affinity == Affinity);
    }

    private JsonElement Statement(int request) => JsonDocument.Parse(_wire.Requests[request].Body!).RootElement;
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Neo4j;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// How many HTTP round trips a change costs on the real Neo4j 3.1, counted on the wire, and that the
/// short way (rules decide on the held map, the lock checks its version in the commit request) keeps
/// every guarantee of the long one when another process commits in between.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class Neo4jRoundTripTests(Neo4jTestServer server) : IDisposable
{
    private readonly Disposables _stores = new();

    [Fact]
    public async Task A_move_of_a_held_map_is_one_request_that_locks_checks_writes_and_commits()
    {
        var (wire, here, _) = await TwoProcessesAsync();

        var moved = await Counted(wire, () => here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default));

        moved.Sent.ShouldBe(["POST /db/data/transaction/commit"]);
        moved.Result.Version.ShouldBe(2);
        wire.Recorded.Last(r => r.Statement == Cypher.LockHeld).Parameters!["version"]!.GetValue<long>().ShouldBe(1);
    }

    [Fact]
    public async Task A_big_change_of_a_held_map_opens_its_transaction_first_so_that_a_rollback_could_stop_it()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();

        var added = await Counted(wire, () => here.ChangeAsync("acc-sample", m => [.. Enumerable.Range(0, 150).SelectMany(i =>
            NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = $"Person {i}", Id = $"p-many-{i}" }))], default));

        added.Sent.ShouldBe(["POST /db/data/transaction", "POST /db/data/transaction/N/commit"]);
        (await elsewhere.GetMapAsync("acc-sample", default))!.Find("p-many-149").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_move_after_another_process_changed_the_map_is_refused_by_the_check_and_then_reads_the_changes_under_the_lock()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();
        await elsewhere.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 1, 2), default);

        var moved = await Counted(wire, () => here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default));

        // The one request the held map allowed (refused, nothing written), then open; lock with the changes; commit.
        moved.Sent.ShouldBe(["POST /db/data/transaction/commit", "POST /db/data/transaction", "POST /db/data/transaction/N", "POST /db/data/transaction/N/commit"]);
        var map = (await elsewhere.GetMapAsync("acc-sample", default))!;
        (map.Version, map.Find("p-maria")!.X, map.Find("p-luis")!.X).ShouldBe((3L, (double?)1, (double?)7));
        Maps.Json(moved.Result.Map).ShouldBe(Maps.Json(map));
    }

    [Fact]
    public async Task A_commit_that_finds_the_account_changed_since_the_rules_decided_writes_nothing_and_decides_again_on_the_new_map()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();
        var raced = false;
        // Between the rules' decision on the held map and its request, another process adds a person.
        wire.Before = async (_, path, body) =>
        {
            if (raced || !IsHeldCommit(path, body)) return;
            raced = true;
            await elsewhere.ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Person, Name = "Zoe", Id = "p-zoe" }), default);
        };
        var seen = new List<long>();

        var moved = await here.ChangeAsync("acc-sample", m => { seen.Add(m.Version); return NodeRules.Move(m, "p-luis", 7, 8); }, default);

        (raced, moved.Version).ShouldBe((true, 3L));
        seen.ShouldBe([1L, 2L]); // decided on the held map, then again on the map with Zoe
        var map = (await elsewhere.GetMapAsync("acc-sample", default))!;
        (map.Find("p-zoe") is not null, map.Find("p-luis")!.X).ShouldBe((true, (double?)7));
        Maps.Json(moved.Map).ShouldBe(Maps.Json(map));
    }

    [Fact]
    public async Task A_rule_that_fails_on_the_map_found_under_the_lock_is_still_the_rules_error_and_changes_nothing()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();
        var raced = false;
        // Between the rules' decision and the request, another process deletes the person this one moves.
        wire.Before = async (_, path, body) =>
        {
            if (raced || !IsHeldCommit(path, body)) return;
            raced = true;
            await elsewhere.ChangeAsync("acc-sample", m => NodeRules.Delete(m, "p-luis", null), default);
        };

        var error = await Should.ThrowAsync<GraphException>(() => here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default));

        raced.ShouldBeTrue();
        error.Error.ShouldBe(GraphError.NotFound);
        var map = (await elsewhere.GetMapAsync("acc-sample", default))!;
        (map.Version, map.Find("p-luis")).ShouldBe((2L, (Node?)null));
    }

    [Fact]
    public async Task A_read_of_a_map_changed_elsewhere_answers_before_its_rollback_and_the_next_writer_waits_for_that()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();
        await elsewhere.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 1, 2), default);
        var rollbackArrived = new TaskCompletionSource();
        var letRollbackGo = new TaskCompletionSource();
        wire.Before = async (method, _, _) =>
        {
            if (method != HttpMethod.Delete) return;
            rollbackArrived.TrySetResult();
            await letRollbackGo.Task;
        };

        (AccountMap Result, List<string> Sent) read;
        Task<MapResult> move;
        bool moveWaited;
        try
        {
            // Had the read waited for its rollback, it would never answer here.
            read = await Counted(wire, async () => (await here.GetMapAsync("acc-sample", default))!).WaitAsync(TimeSpan.FromSeconds(10));
            await rollbackArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
            move = here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default);
            await Task.Delay(300);
            moveWaited = !move.IsCompleted;
        }
        finally
        {
            letRollbackGo.TrySetResult();
        }
        var moved = await move;

        // The probe, the open, the lock with the changes: the rollback was still held back when the map came.
        read.Sent.ShouldBe(["POST /db/data/transaction/commit", "POST /db/data/transaction", "POST /db/data/transaction/N"]);
        (read.Result.Version, read.Result.Find("p-maria")!.X).ShouldBe((2L, (double?)1));
        moveWaited.ShouldBeTrue();
        moved.Version.ShouldBe(3);
    }

    [Fact]
    public async Task A_one_request_commit_whose_answer_never_came_is_given_up_and_writes_nothing_when_it_reaches_the_server_late()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();
        string? held = null;
        // The request leaves, and the connection fails before the server has read it.
        wire.Refuse = (_, path, body) => held is null && IsHeldCommit(path, body) && (held = body) is not null;

        var error = await Should.ThrowAsync<GraphException>(() => here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default));
        error.Message.ShouldContain("was not saved");

        // Now it arrives after all: the check gave its token up, so the lock refuses it.
        using var client = new HttpClient();
        var late = await new Neo4jHttp(client, server.Settings).SendAsync(HttpMethod.Post, new Uri(server.Uri, "db/data/transaction/commit"),
            JsonNode.Parse(held!), null, TimeSpan.FromSeconds(30), true, default).ShouldThrowAsync<Neo4jException>();
        late.Code.ShouldBe("Neo.ClientError.Statement.ArithmeticError");
        var map = (await elsewhere.GetMapAsync("acc-sample", default))!;
        (map.Version, map.Find("p-luis")!.X).ShouldBe((1L, Maps.Sample().Find("p-luis")!.X));
        (await here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default)).Version.ShouldBe(2);
    }

    private async Task<(Neo4jWire Wire, Neo4jStore Here, Neo4jStore Elsewhere)> TwoProcessesAsync()
    {
        await server.ResetAsync();
        var wire = new Neo4jWire();
        var here = Track(new Neo4jStore(server.Settings, wire));
        var elsewhere = Track(new Neo4jStore(server.Settings));
        await here.InitializeAsync(default);
        await here.CreateAccountAsync(Maps.Sample(), default); // held from its creation
        return (wire, here, elsewhere);
    }

    /// <summary>The requests one operation sent, transaction numbers as N.</summary>
    private static async Task<(T Result, List<string> Sent)> Counted<T>(Neo4jWire wire, Func<Task<T>> operation)
    {
        var before = wire.Sent.Count;
        var result = await operation();
        return (result, [.. wire.Sent.Skip(before).Select(s => TransactionNumber().Replace(s, "/transaction/N"))]);
    }

    /// <summary>The request that commits a change decided on the held map: the one carrying <see cref="Cypher.LockHeld"/>'s check.</summary>
    private static bool IsHeldCommit(string path, string? body) =>
        path.EndsWith("/commit", StringComparison.Ordinal) && body?.Contains("1 / CASE", StringComparison.Ordinal) == true;

    [GeneratedRegex(@"/transaction/\d+")]
    private static partial Regex TransactionNumber();

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();
}

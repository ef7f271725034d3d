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
    public async Task A_move_of_a_held_map_is_two_requests_the_open_with_a_probe_and_the_commit_with_the_lock()
    {
        var (wire, here, _) = await TwoProcessesAsync();

        var moved = await Counted(wire, () => here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default));

        moved.Sent.ShouldBe(["POST /db/data/transaction", "POST /db/data/transaction/N/commit"]);
        moved.Result.Version.ShouldBe(2);
        wire.Recorded.Last(r => r.Statement == Cypher.LockHeld).Parameters!["version"]!.GetValue<long>().ShouldBe(1);
    }

    [Fact]
    public async Task A_move_after_another_process_changed_the_map_reads_the_changes_under_the_lock_in_three_requests()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();
        await elsewhere.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 1, 2), default);

        var moved = await Counted(wire, () => here.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 7, 8), default));

        moved.Sent.ShouldBe(["POST /db/data/transaction", "POST /db/data/transaction/N", "POST /db/data/transaction/N/commit"]);
        var map = (await elsewhere.GetMapAsync("acc-sample", default))!;
        (map.Version, map.Find("p-maria")!.X, map.Find("p-luis")!.X).ShouldBe((3L, (double?)1, (double?)7));
        Maps.Json(moved.Result.Map).ShouldBe(Maps.Json(map));
    }

    [Fact]
    public async Task A_commit_that_finds_the_account_changed_since_the_probe_writes_nothing_and_decides_again_on_the_new_map()
    {
        var (wire, here, elsewhere) = await TwoProcessesAsync();
        var raced = false;
        // Between this process's probe and its lock, another process adds a person.
        wire.Before = async (_, path, body) =>
        {
            if (raced || !path.EndsWith("/commit", StringComparison.Ordinal) || body?.Contains("1 / CASE", StringComparison.Ordinal) != true) return;
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
        // Between the probe and the lock, another process deletes the person this one moves.
        wire.Before = async (_, path, body) =>
        {
            if (raced || !path.EndsWith("/commit", StringComparison.Ordinal) || body?.Contains("1 / CASE", StringComparison.Ordinal) != true) return;
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

    [GeneratedRegex(@"/transaction/\d+")]
    private static partial Regex TransactionNumber();

    private Neo4jStore Track(Neo4jStore store) => _stores.Track(store);

    public void Dispose() => _stores.Dispose();
}

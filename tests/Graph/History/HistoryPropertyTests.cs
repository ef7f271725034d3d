using CsCheck;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.History;

/// <summary>
/// Random sequences of edits on a real store (deletes, stale-version conflicts, undo and restore, imports with
/// and without the log): replaying the change log gives exactly today's map, the map as of every version is
/// the map the store returned when it saved that version, and the difference of two points is the brute-force
/// one. Each engine derives with a fresh store and as many sequences as it can afford.
/// </summary>
public abstract class HistoryPropertyTests
{
    protected abstract Task<IGraphStore> NewStoreAsync();

    protected abstract int Sequences { get; }

    protected static readonly Gen<Step> Steps = Gen.Select(Gen.Int[0, Step.Kinds - 1], Gen.Int[0, 99], Gen.Int[0, 99], Gen.Int[0, 99], (k, a, b, c) => new Step(k, a, b, c));

    [StoreFact]
    public async Task Replaying_the_log_gives_todays_map_and_every_version_is_the_map_saved_then() =>
        await Steps.List[5, 60].SampleAsync(async steps => await CheckAsync(steps), iter: Sequences, threads: 1,
            print: steps => string.Join(" ", steps));

    /// <summary>Long enough to pass a checkpoint (every 100 versions) and read across it.</summary>
    [StoreFact]
    public async Task A_long_history_reads_the_same_across_its_checkpoints() =>
        await CheckAsync([.. Enumerable.Range(0, 240).Select(i => new Step(i % 5 == 0 ? i % 14 : 3, i, i * 7 % 100, i * 13 % 100))]);

    private async Task CheckAsync(List<Step> steps)
    {
        var store = await NewStoreAsync();
        var log = (IHistoryStore)store;
        var account = "acc-" + Guid.NewGuid().ToString("n")[..10];
        var script = new EditScript(store, account);
        await script.StartAsync();
        foreach (var step in steps) await script.StepAsync(step);

        var now = (await store.GetMapAsync(account, default))!;
        var replayed = MapReplay.Of(account, null, await log.ChangesAsync(account, new ChangeQuery { Oldest = true }, default));
        Maps.Json(replayed).ShouldBe(Maps.Json(now), "replaying the whole log");
        var reader = new HistoryReader(store, log);
        foreach (var (version, saved) in script.Saved)
            Maps.Json(await reader.AsOfAsync(account, version, default)).ShouldBe(Maps.Json(saved), $"the map as of version {version}");

        var versions = script.Saved.Keys.Order().ToList();
        for (var i = 0; i < versions.Count; i += Math.Max(1, versions.Count / 6))
        {
            var (from, to) = (versions[i], versions[^(1 + i % Math.Max(1, versions.Count / 2))]);
            var compared = await reader.CompareAsync(account, from, to, default);
            BruteDiff.Of(compared.Delta, account).ShouldBe(BruteDiff.Of(script.Saved[Math.Min(from, to)], script.Saved[Math.Max(from, to)]), ignoreOrder: true, $"versions {from} and {to}");
        }
    }
}

public sealed class SqliteHistoryPropertyTests : HistoryPropertyTests, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override int Sequences => 25;

    protected override async Task<IGraphStore> NewStoreAsync() => await _dir.NewSqliteStoreAsync();

    public void Dispose() => _dir.Dispose();
}

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jHistoryPropertyTests(Neo4jTestServer server) : HistoryPropertyTests, IDisposable
{
    private readonly List<SalesOps.Graph.Store.Neo4j.Neo4jStore> _stores = [];
    private bool _reset;

    protected override int Sequences => 6;

    protected override async Task<IGraphStore> NewStoreAsync()
    {
        // One store per sequence, on one server emptied once: every sequence has its own account and ids.
        if (!_reset) await server.ResetAsync();
        _reset = true;
        var store = new SalesOps.Graph.Store.Neo4j.Neo4jStore(server.Settings);
        _stores.Add(store);
        await store.InitializeAsync(default);
        return store;
    }

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
    }
}

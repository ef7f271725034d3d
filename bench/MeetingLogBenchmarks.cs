using BenchmarkDotNet.Attributes;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Benchmarks;

/// <summary>
/// Logging a held meeting with the most participants a meeting may have (50), on generated accounts: the
/// rules decide every attendance and every relationship the meeting touches or creates on one map, inside
/// the account's write lock (#12: it used to copy the whole map per participant pair). The figure should
/// grow with the participants, not with the map.
/// </summary>
[SimpleJob(warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class MeetingLogBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private AccountMap _map = null!;
    private string[] _participants = [];

    [Params(500, 2_000, 20_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = AccountGenerator.Generate(People, ours: 20);
        var ours = _map.Nodes.Where(n => n.Kind == NodeKind.Counterpart).Take(10).Select(n => n.Id);
        var theirs = _map.Nodes.Where(n => n.Kind == NodeKind.Person).Take(Limits.ParticipantsPerMeeting - 10).Select(n => n.Id);
        _participants = [.. ours, .. theirs];
    }

    [Benchmark(Description = "log a held meeting, 50 participants, create missing relationships")]
    public int LogHeld() => Meetings.Log(_map, new NodeDraft { Kind = NodeKind.Meeting, Name = "Quarterly review", Date = Today, Held = true },
        _participants, createMissing: true, Today).Count;
}

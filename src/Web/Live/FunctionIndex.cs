using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Map;

namespace SalesOps.Web.Live;

/// <summary>
/// Who works in which function, per account, so a MapChanged message shows a person's functionId
/// as the map API does even when the commit only changed their title (the WORKS_IN edge is not in
/// such a commit). Loaded from the store the first time an account changes, then kept current from
/// the commits' WORKS_IN ops. Used by the forwarder's single reader only: no locking.
/// </summary>
public sealed partial class FunctionIndex(IMediator mediator, ILogger<FunctionIndex> log)
{
    private readonly Dictionary<string, Memberships> _accounts = new(StringComparer.Ordinal);

    /// <summary>The message for a commit, with functionIds as of right after it.</summary>
    public async ValueTask<MapChangedMessage> MessageAsync(Commit commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (!_accounts.TryGetValue(commit.AccountId, out var m))
            _accounts[commit.AccountId] = m = await LoadAsync(commit, ct);
        // A snapshot read after this commit already holds it; applying again is harmless but skipped.
        if (commit.Version > m.LoadedAt) m.Apply(commit);
        return MapChangedMessage.From(commit, m.FunctionOf);
    }

    public void Forget(string accountId) => _accounts.Remove(accountId);

    private async Task<Memberships> LoadAsync(Commit commit, CancellationToken ct)
    {
        var m = new Memberships();
        try
        {
            if (await mediator.Send(new GetMap(commit.AccountId), ct) is not { } map) return m;
            foreach (var e in map.Edges.Where(e => e.Type == EdgeType.WORKS_IN)) m.Put(e);
            m.LoadedAt = map.Version;
        }
        catch (GraphException ex)
        {
            // Without the snapshot, functionIds come from the commits' own WORKS_IN edges only.
            LogLoadFailed(log, ex, commit.AccountId);
        }
        return m;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read account {AccountId} for live messages; functionIds may be missing until its people change function")]
    private static partial void LogLoadFailed(ILogger log, Exception ex, string accountId);

    private sealed class Memberships
    {
        private readonly Dictionary<string, string> _personOfEdge = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string EdgeId, string FunctionId)> _worksIn = new(StringComparer.Ordinal);

        public long LoadedAt { get; set; }

        public string? FunctionOf(string personId) => _worksIn.TryGetValue(personId, out var w) ? w.FunctionId : null;

        public void Put(Edge e)
        {
            _personOfEdge[e.Id] = e.From;
            _worksIn[e.From] = (e.Id, e.To);
        }

        public void Apply(Commit commit)
        {
            foreach (var op in commit.Ops)
            {
                switch (op)
                {
                    case PutEdge { Edge.Type: EdgeType.WORKS_IN } p: Put(p.Edge); break;
                    case RemoveEdge r when _personOfEdge.Remove(r.EdgeId, out var person):
                        // Only if the person's current membership is this edge, not one put since.
                        if (_worksIn.TryGetValue(person, out var w) && w.EdgeId == r.EdgeId) _worksIn.Remove(person);
                        break;
                    case RemoveNode n: _worksIn.Remove(n.NodeId); break;
                }
            }
        }
    }
}

using Mediator;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// What one viewer of a map holds: the latest snapshot and its diagram, and an undo stack of the
/// viewer's own changes. Plain C#: the page renders it, tests drive it without a browser.
/// Commits (own or others') are applied in version order; a gap means "reload".
/// </summary>
public sealed class MapSession(IMediator mediator, AccountMap map)
{
    private readonly Stack<(string Label, Func<CancellationToken, Task> Undo)> _undo = new();

    public MapDiagram View { get; } = new(map);

    public AccountMap Map => View.Map;

    public string AccountId => Map.Account.Id;

    public string? UndoLabel => _undo.TryPeek(out var top) ? top.Label : null;

    /// <summary>Takes a commit from anyone. Returns false when versions were skipped and the caller must reload.</summary>
    public bool Receive(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.Version <= Map.Version) return true;            // already applied (our own echo)
        if (commit.Version != Map.Version + 1) return false;       // missed something
        View.Update(Map.Apply(commit));
        return true;
    }

    public void Reload(AccountMap fresh) => View.Update(fresh);

    public async Task<MapResult> AddNodeAsync(NodeForm form, double? x, double? y, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var r = await Run(new AddNode(AccountId, form.ToDraft(x, y)), ct);
        var id = r.Commit.Ops.OfType<PutNode>().First().Node.Id;
        Push($"add {form.Name}", c => Run(new DeleteNode(AccountId, id, null), c));
        return r;
    }

    public async Task<MapResult> UpdateNodeAsync(string nodeId, NodeForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var before = NodeForm.From(Map, NodeRules.Get(Map, nodeId));
        var r = await Run(new UpdateNode(AccountId, nodeId, form.ToPatch(form.BaseVersion)), ct);
        Push($"edit {before.Name}", c => Run(new UpdateNode(AccountId, nodeId, before.ToPatch(null)), c));
        return r;
    }

    public async Task MoveNodeAsync(string nodeId, double x, double y, CancellationToken ct)
    {
        var before = NodeRules.Get(Map, nodeId);
        await Run(new MoveNode(AccountId, nodeId, x, y), ct);
        if (before.X is { } ox && before.Y is { } oy)
            Push($"move {before.Name}", c => Run(new MoveNode(AccountId, nodeId, ox, oy), c));
    }

    /// <summary>Deletes the node with its edges; undo re-creates both with the same ids.</summary>
    public async Task<int> DeleteNodeAsync(string nodeId, long? baseVersion, CancellationToken ct)
    {
        var node = NodeRules.Get(Map, nodeId);
        var form = NodeForm.From(Map, node);
        form.FunctionId = null; // the WORKS_IN edge comes back with the others, under its own id
        var edges = Map.Edges.Where(e => e.From == nodeId || e.To == nodeId).ToList();
        var r = await Run(new DeleteNode(AccountId, nodeId, baseVersion), ct);
        Push($"delete {node.Name}", async c =>
        {
            await Run(new AddNode(AccountId, form.ToDraft(node.X, node.Y) with { Id = nodeId }), c);
            foreach (var e in edges) await Run(new ConnectNodes(AccountId, EdgeForm.Of(e).ToDraft(e.Id)), c);
        });
        return r.Commit.Count<RemoveEdge>();
    }

    public async Task<MapResult> ConnectAsync(EdgeForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var r = await Run(new ConnectNodes(AccountId, form.ToDraft()), ct);
        var id = r.Commit.Ops.OfType<PutEdge>().First().Edge.Id;
        Push($"connect {Name(form.From)} → {Name(form.To)}", c => Run(new DisconnectEdge(AccountId, id, null), c));
        return r;
    }

    public async Task<MapResult> UpdateEdgeAsync(string edgeId, EdgeForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var before = EdgeForm.Of(EdgeRules.Get(Map, edgeId));
        var r = await Run(new UpdateEdge(AccountId, edgeId, form.ToPatch(form.BaseVersion)), ct);
        Push("edit connection", c => Run(new UpdateEdge(AccountId, edgeId, before.ToPatch(null)), c));
        return r;
    }

    public async Task DisconnectAsync(string edgeId, long? baseVersion, CancellationToken ct)
    {
        var edge = EdgeRules.Get(Map, edgeId);
        await Run(new DisconnectEdge(AccountId, edgeId, baseVersion), ct);
        Push($"remove {Name(edge.From)} → {Name(edge.To)}", c => Run(new ConnectNodes(AccountId, EdgeForm.Of(edge).ToDraft(edgeId)), c));
    }

    /// <summary>Reverts this viewer's last change; false when there is nothing to undo.</summary>
    public async Task<bool> UndoAsync(CancellationToken ct)
    {
        if (!_undo.TryPop(out var top)) return false;
        await top.Undo(ct);
        return true;
    }

    public string Name(string nodeId) => Map.Find(nodeId)?.Name ?? nodeId;

    private async Task<MapResult> Run(ICommand<MapResult> command, CancellationToken ct)
    {
        var result = await mediator.Send(command, ct);
        if (!Receive(result.Commit)) View.Update(result.Map);
        return result;
    }

    private void Push(string label, Func<CancellationToken, Task> undo) => _undo.Push((label, undo));
}

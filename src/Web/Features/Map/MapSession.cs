using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// What one viewer of a map holds: the latest snapshot and its diagram, the side panel, filters,
/// notices and an undo stack of the viewer's own changes. Plain C#: the page renders it, tests
/// drive it without a browser. Every gesture that writes (a drop, a save, a delete, undo) and the
/// drag preview that others see go through here. Commits (own or others') are applied in version
/// order; a gap means "reload".
/// </summary>
public sealed partial class MapSession
{
    private readonly IMediator _mediator;
    private readonly ILiveBus _bus;
    private readonly IStringLocalizer<Text> _text;
    private readonly Stack<(string Label, Func<CancellationToken, Task> Undo)> _undo = new();

    public MapSession(IMediator mediator, AccountMap map, ILiveBus bus, IStringLocalizer<Text> text, string viewerId)
    {
        (_mediator, _bus, _text, ViewerId) = (mediator, bus, text, viewerId);
        View = new MapDiagram(map);
    }

    public MapDiagram View { get; }

    public AccountMap Map => View.Map;

    public string AccountId => Map.Account.Id;

    /// <summary>Who this session's drags are shown as to other viewers.</summary>
    public string ViewerId { get; }

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

    public async Task<MapResult> AddNodeAsync(NodeDraft draft, double? x, double? y, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var r = await Run(new AddNode(AccountId, draft with { X = x, Y = y }), ct);
        var id = r.Commit.Ops.OfType<PutNode>().First().Node.Id;
        Push($"add {draft.Name}", c => Run(new DeleteNode(AccountId, id, null), c));
        return r;
    }

    /// <summary>Saves the editor's fields (not the position, which drags own) over the version they were read at.</summary>
    public async Task<MapResult> UpdateNodeAsync(string nodeId, NodeDraft fields, long baseVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var before = NodeRules.Get(Map, nodeId);
        var function = Map.FunctionOf(nodeId);
        var r = await Run(new UpdateNode(AccountId, nodeId, new NodePatch(fields with { X = null, Y = null }) { BaseVersion = baseVersion }), ct);
        Push($"edit {before.Name}", c => Run(new RestoreNode(AccountId, before, function), c));
        return r;
    }

    /// <summary>Shows where this viewer is dragging a card to the others (not stored; the drop is).</summary>
    public Task DragAsync(string nodeId, double x, double y) =>
        _bus.PublishAsync(new NodeDragging(AccountId, ViewerId, nodeId, x, y), CancellationToken.None);

    /// <summary>Saves where a card was dropped; a refused save puts the card back where it was and says why.</summary>
    public async Task DropAsync(string nodeId, double x, double y, CancellationToken ct)
    {
        var before = NodeRules.Get(Map, nodeId);
        try
        {
            await Run(new MoveNode(AccountId, nodeId, x, y), ct);
        }
        catch (Exception)
        {
            // Whatever the failure, the card shows where the map has it, not where it was dropped.
            View.Update(Map);
            throw;
        }
        if (before.X is { } ox && before.Y is { } oy)
            Push($"move {before.Name}", c => Run(new MoveNode(AccountId, nodeId, ox, oy), c));
    }

    /// <summary>Deletes the node with its edges; undo re-creates both with the same ids.</summary>
    public async Task<int> DeleteNodeAsync(string nodeId, long? baseVersion, CancellationToken ct)
    {
        var node = NodeRules.Get(Map, nodeId);
        // The WORKS_IN edge comes back with the others, under its own id.
        var draft = NodeFields.Of<NodeDraft>(node) with { Kind = node.Kind, Id = nodeId };
        var edges = Map.Edges.Where(e => e.From == nodeId || e.To == nodeId).ToList();
        var r = await Run(new DeleteNode(AccountId, nodeId, baseVersion), ct);
        Push($"delete {node.Name}", async c =>
        {
            await Run(new AddNode(AccountId, draft), c);
            foreach (var e in edges) await Run(new ConnectNodes(AccountId, Draft(e)), c);
        });
        return r.Commit.Count<RemoveEdge>();
    }

    public async Task<MapResult> ConnectAsync(EdgeDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var r = await Run(new ConnectNodes(AccountId, draft), ct);
        var id = r.Commit.Ops.OfType<PutEdge>().First().Edge.Id;
        Push($"connect {Name(draft.From)} → {Name(draft.To)}", c => Run(new DisconnectEdge(AccountId, id, null), c));
        return r;
    }

    public async Task<MapResult> UpdateEdgeAsync(string edgeId, EdgeFields fields, long baseVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var before = EdgeRules.Get(Map, edgeId);
        var r = await Run(new UpdateEdge(AccountId, edgeId, new EdgePatch(fields) { BaseVersion = baseVersion }), ct);
        Push("edit connection", c => Run(new RestoreEdge(AccountId, before), c));
        return r;
    }

    public async Task DisconnectAsync(string edgeId, long? baseVersion, CancellationToken ct)
    {
        var edge = EdgeRules.Get(Map, edgeId);
        await Run(new DisconnectEdge(AccountId, edgeId, baseVersion), ct);
        Push($"remove {Name(edge.From)} → {Name(edge.To)}", c => Run(new ConnectNodes(AccountId, Draft(edge)), c));
    }

    /// <summary>Reverts this viewer's last change; false when there is nothing to undo.</summary>
    public async Task<bool> UndoAsync(CancellationToken ct)
    {
        if (!_undo.TryPop(out var top)) return false;
        await top.Undo(ct);
        return true;
    }

    public string Name(string? nodeId) => nodeId is null ? "" : Map.Find(nodeId)?.Name ?? nodeId;

    private static EdgeDraft Draft(Edge e) => EdgeFields.Of<EdgeDraft>(e) with { Type = e.Type, From = e.From, To = e.To, Id = e.Id };

    private async Task<MapResult> Run(ICommand<MapResult> command, CancellationToken ct)
    {
        var result = await _mediator.Send(command, ct);
        // Our own change: the store handed back the map after it, so there is nothing to re-apply.
        if (result.Version > Map.Version) View.Update(result.Map);
        return result;
    }

    private void Push(string label, Func<CancellationToken, Task> undo) => _undo.Push((label, undo));
}

using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.History;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// What one viewer of a map holds: the latest snapshot and its diagram, the side panel, filters,
/// notices and an undo stack of the viewer's own commits. Plain C#: the page renders it, tests
/// drive it without a browser. Every gesture that writes (a drop, a save, a delete, undo) and the
/// drag preview that others see go through here. Commits (own or others') are applied in version
/// order; a gap means "reload". Undo reverts one of this viewer's commits from the change log:
/// only what it changed, and only where nobody changed it since (<see cref="UndoChange"/>).
/// </summary>
public sealed partial class MapSession
{
    private readonly IMediator _mediator;
    private readonly ILiveBus _bus;
    private readonly IStringLocalizer<Text> _text;
    private readonly Stack<(string Label, long Version)> _undo = new();

    private readonly SharedMaps _shared;

    public MapSession(IMediator mediator, AccountMap map, ILiveBus bus, IStringLocalizer<Text> text, string viewerId, SharedMaps? shared = null)
    {
        (_mediator, _bus, _text, ViewerId, _shared) = (mediator, bus, text, viewerId, shared ?? new SharedMaps());
        View = new MapDiagram(_shared.Intern(map));
    }

    public MapDiagram View { get; }

    public AccountMap Map => View.Map;

    public string AccountId => Map.Account.Id;

    /// <summary>Who this session's drags are shown as to other viewers.</summary>
    public string ViewerId { get; }

    public string? UndoLabel => _undo.TryPeek(out var top) ? top.Label : null;

    /// <summary>This viewer's changes that can be undone, oldest first: kept by the page when it lets go of the session.</summary>
    public IReadOnlyList<(string Label, long Version)> Undoable => [.. _undo.Reverse()];

    /// <summary>Takes over the changes a released session of the same page could undo (oldest first).</summary>
    public void TakeUndoable(IEnumerable<(string Label, long Version)> oldestFirst)
    {
        foreach (var entry in oldestFirst) _undo.Push(entry);
    }

    /// <summary>Takes a commit from anyone. Returns false when versions were skipped and the caller must reload.</summary>
    public bool Receive(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var now = Now;
        if (commit.Version <= now.Version) return true;            // already applied (our own echo)
        if (commit.Version != now.Version + 1) return false;       // missed something
        Show(now.Apply(commit));
        return true;
    }

    public void Reload(AccountMap fresh) => Show(fresh);

    public async Task<MapResult> AddNodeAsync(NodeDraft draft, double? x, double? y, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var r = await Run(new AddNode(AccountId, draft with { X = x, Y = y }), ct);
        Push(_text["Map.UndoLabel.Add", draft.Name ?? ""], r);
        return r;
    }

    /// <summary>Saves the editor's fields (not the position, which drags own) over the version they were read at.</summary>
    public async Task<MapResult> UpdateNodeAsync(string nodeId, NodeDraft fields, long baseVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var before = NodeRules.Get(Map, nodeId);
        var r = await Run(new UpdateNode(AccountId, nodeId, new NodePatch(fields with { X = null, Y = null }) { BaseVersion = baseVersion }), ct);
        Push(_text["Map.UndoLabel.Edit", before.Name], r);
        return r;
    }

    /// <summary>Shows where this viewer is dragging a card to the others (not stored; the drop is).</summary>
    public Task DragAsync(string nodeId, double x, double y) =>
        _bus.PublishAsync(new NodeDragging(AccountId, ViewerId, nodeId, x, y), CancellationToken.None);

    /// <summary>Saves where a card was dropped; a refused save puts the card back where it was and says why.</summary>
    public async Task DropAsync(string nodeId, double x, double y, CancellationToken ct)
    {
        var before = NodeRules.Get(Map, nodeId);
        if (ReadOnly)
        {
            View.Update(Map); // the past is not moved
            return;
        }
        try
        {
            Push(_text["Map.UndoLabel.Move", before.Name], await Run(new MoveNode(AccountId, nodeId, x, y), ct));
        }
        catch (Exception)
        {
            // Whatever the failure, the card shows where the map has it, not where it was dropped.
            View.Update(Map);
            throw;
        }
    }

    /// <summary>Deletes the node with its edges; undo brings both back with the same ids (the edges whose other end is still there).</summary>
    public async Task<int> DeleteNodeAsync(string nodeId, long? baseVersion, CancellationToken ct)
    {
        var node = NodeRules.Get(Map, nodeId);
        var r = await Run(new DeleteNode(AccountId, nodeId, baseVersion), ct);
        Push(_text["Map.UndoLabel.Delete", node.Name], r);
        return r.Commit.Count<RemoveEdge>();
    }

    public async Task<MapResult> ConnectAsync(EdgeDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var r = await Run(new ConnectNodes(AccountId, draft), ct);
        Push(_text["Map.UndoLabel.Connect", Name(draft.From), Name(draft.To)], r);
        return r;
    }

    public async Task<MapResult> UpdateEdgeAsync(string edgeId, EdgeFields fields, long baseVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var r = await Run(new UpdateEdge(AccountId, edgeId, new EdgePatch(fields) { BaseVersion = baseVersion }), ct);
        Push(_text["Map.UndoLabel.EditEdge"], r);
        return r;
    }

    public async Task DisconnectAsync(string edgeId, long? baseVersion, CancellationToken ct)
    {
        var edge = EdgeRules.Get(Map, edgeId);
        var r = await Run(new DisconnectEdge(AccountId, edgeId, baseVersion), ct);
        Push(_text["Map.UndoLabel.Remove", Name(edge.From), Name(edge.To)], r);
    }

    /// <summary>
    /// Reverts this viewer's last commit where nobody changed things since; false when there is nothing to
    /// undo. What could not be undone (someone else changed it since) is said in the notice, which then
    /// offers that element's history.
    /// </summary>
    public async Task<bool> UndoAsync(CancellationToken ct)
    {
        if (!_undo.TryPop(out var top)) return false;
        var outcome = await _mediator.Send(new UndoChange(AccountId, top.Version), ct);
        if (outcome.Result is { } r && r.Version > Now.Version) Show(r.Map);
        Notice = new(outcome.Words, IsError: outcome.Plan.Skipped.Count > 0) { HistoryFor = outcome.Plan.Skipped.FirstOrDefault()?.ElementId };
        return true;
    }

    public string Name(string? nodeId) => nodeId is null ? "" : Map.Find(nodeId)?.Name ?? nodeId;

    private async Task<MapResult> Run(ICommand<MapResult> command, CancellationToken ct)
    {
        if (ReadOnly) throw GraphException.Invalid(_text["Error.Map.AsItWas"]);
        var result = await _mediator.Send(command, ct);
        // Our own change: the store handed back the map after it, so there is nothing to re-apply.
        if (result.Version > Map.Version) View.Update(_shared.Intern(result.Map));
        return result;
    }

    private void Push(string label, MapResult done) => _undo.Push((label, done.Version));
}

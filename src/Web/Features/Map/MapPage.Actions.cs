using Microsoft.AspNetCore.Components.Web;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

public sealed partial class MapPage
{
    private async Task SaveNodeAsync()
    {
        var s = _session!;
        await Save(async () =>
        {
            if (_editingId is null)
            {
                var (x, y) = ViewCentre();
                await s.AddNodeAsync(_nodeForm, x, y, default);
                Notify($"Added {_nodeForm.Name}.");
            }
            else
            {
                await s.UpdateNodeAsync(_editingId, _nodeForm, default);
                Notify($"Saved {_nodeForm.Name}.");
            }
        }, () => { if (_editingId is not null && s.Map.Find(_editingId) is { } now) _nodeForm = NodeForm.From(s.Map, now); });
    }

    private async Task SaveEdgeAsync()
    {
        var s = _session!;
        await Save(async () =>
        {
            if (_editingId is null)
            {
                await s.ConnectAsync(_edgeForm, default);
                Notify($"{s.Name(_edgeForm.From)} {EdgeRules.Verb(_edgeForm.Type)} {s.Name(_edgeForm.To)}.");
            }
            else
            {
                await s.UpdateEdgeAsync(_editingId, _edgeForm, default);
                Notify("Saved the connection.");
            }
        }, () => { if (_editingId is not null && s.Map.FindEdge(_editingId) is { } now) _edgeForm = EdgeForm.Of(now); });
    }

    /// <summary>Runs a save; on success closes the panel, on a rule error keeps the form and says why inline.</summary>
    private async Task Save(Func<Task> action, Action onConflict)
    {
        _busy = true;
        try
        {
            await action();
            ClosePanel();
            _session!.View.Diagram.UnselectAll();
        }
        catch (GraphException ex)
        {
            (_error, _errorField) = (ex.Message, ex.Field);
            if (ex.Error == GraphError.Conflict)
            {
                onConflict();
                _error += " The form now shows the current values.";
            }
        }
        finally { _busy = false; }
    }

    private void AskDelete()
    {
        var s = _session!;
        if (_panel == Panel.Edge && _editingId is { } edgeId && s.Map.FindEdge(edgeId) is { } e)
        {
            _deleteEdgeId = edgeId;
            _confirmText = $"Delete the connection {s.Name(e.From)} {EdgeRules.Verb(e.Type)} {s.Name(e.To)}?";
        }
        else if (_editingId is { } nodeId && s.Map.Find(nodeId) is { } n)
        {
            var count = s.Map.Edges.Count(x => x.From == nodeId || x.To == nodeId);
            _confirmText = $"Delete {n.Name}{(count > 0 ? $" and {count} connection{(count == 1 ? "" : "s")}" : "")}? You can undo it.";
        }
        else return;
        _panel = Panel.ConfirmDelete;
    }

    private async Task DeleteAsync()
    {
        var s = _session!;
        var id = _editingId!;
        await Try(async () =>
        {
            if (_deleteEdgeId is not null)
            {
                await s.DisconnectAsync(id, EdgeRules.Get(s.Map, id).Version, default);
                Notify("Deleted the connection. Undo brings it back.");
            }
            else
            {
                var name = s.Name(id);
                var removed = await s.DeleteNodeAsync(id, NodeRules.Get(s.Map, id).Version, default);
                Notify($"Deleted {name}{(removed > 0 ? $" and {removed} connection{(removed == 1 ? "" : "s")}" : "")}. Undo brings them back.");
            }
        });
        ClosePanel();
    }

    private async Task UndoAsync()
    {
        var label = _session!.UndoLabel;
        await Try(async () => { if (await _session.UndoAsync(default)) Notify($"Undone: {label}."); });
    }

    private async Task KeyAsync(string key, bool ctrl)
    {
        if (key == "Delete" && _session!.View.Diagram.GetSelectedModels().FirstOrDefault() is { } m)
        {
            if (m is MapNodeModel n) EditNode(n.Id); else if (m is MapLinkModel l) EditEdge(l.Id); else return;
            AskDelete();
        }
        else if (ctrl && key is "z" or "Z") await UndoAsync();
        else if (key == "Escape") { _session!.View.Diagram.UnselectAll(); ClosePanel(); }
        StateHasChanged();
    }

    private async Task FindKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key != "Enter" || string.IsNullOrWhiteSpace(_find) || _session is null) return;
        var hit = _session.Map.Nodes.Where(n => n.Kind != NodeKind.Function)
            .FirstOrDefault(n => n.Name.Contains(_find.Trim(), StringComparison.CurrentCultureIgnoreCase));
        if (hit is null) { Notify($"Nobody on this map matches “{_find}”.", error: true); return; }
        _session.View.CenterOn(hit.Id);
        EditNode(hit.Id);
        Notify($"Found {hit.Name}.");
        await Task.CompletedTask;
    }

    private void ApplyFilters()
    {
        var s = _session!;
        if (_stance is null && _function is null && _role is null) { s.View.Highlight(null); return; }
        var match = s.Map.Nodes.Where(n => n.Kind == NodeKind.Person
                && (_stance is null || (n.Stance ?? Stance.Unknown).ToString() == _stance)
                && (_function is null || s.Map.FunctionOf(n.Id) == _function)
                && (_role is null || n.Roles.Any(r => r.ToString() == _role)))
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        s.View.Highlight(match, s.Map.Edges.Where(e => match.Contains(e.From) && match.Contains(e.To)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
        Notify(match.Count == 0 ? "No one matches these filters." : $"{match.Count} {(match.Count == 1 ? "person matches" : "people match")} the filters.");
    }

    private void SwitchTab(Tab tab)
    {
        _tab = tab;
        _session?.View.Highlight(null);
    }

    /// <summary>Lights up a path (the rest dims) and brings all of it into view.</summary>
    private void Highlight((IReadOnlySet<string>? Nodes, IReadOnlySet<string>? Edges) what)
    {
        _session?.View.Highlight(what.Nodes, what.Edges);
        if (what.Nodes is { Count: > 0 } nodes) _session?.View.Fit(80, only: nodes);
    }

    /// <summary>A finding's people stand out, the rest dims, and the map centres on the first of them.</summary>
    private void FocusAsync(IReadOnlyList<string> nodeIds)
    {
        var s = _session!;
        var nodes = nodeIds.ToHashSet(StringComparer.Ordinal);
        // A function is not drawn as a card: its people stand for it.
        nodes.UnionWith(s.Map.Edges.Where(e => e.Type == EdgeType.WORKS_IN && nodes.Contains(e.To)).Select(e => e.From));
        s.View.Highlight(nodes, s.Map.Edges.Where(e => nodes.Contains(e.From) && nodes.Contains(e.To)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
        if (nodeIds.FirstOrDefault(id => s.View.NodeOf(id) is not null) is { } first) s.View.CenterOn(first);
    }

    private void ZoomToFit() => _session?.View.Fit();

    /// <summary>Where a new card goes: the middle of what the user sees, moved to the nearest free spot.</summary>
    private (double X, double Y) ViewCentre()
    {
        var d = _session!.View.Diagram;
        var (x, y) = d.Container is { } c ? ((c.Width / 2 - d.Pan.X) / d.Zoom - 100, (c.Height / 2 - d.Pan.Y) / d.Zoom - 45) : (0, 0);
        return MapLayout.FreeSpot(d.Nodes.Select(n => (n.Position.X, n.Position.Y)).ToList(), Math.Round(x), Math.Round(y));
    }

    private async Task Try(Func<Task> action)
    {
        try { await action(); }
        catch (GraphException ex) { Notify(ex.Message, error: true); }
        StateHasChanged();
    }

    private void Notify(string text, bool error = false) => (_notice, _noticeIsError) = (text, error);

    public void Dispose()
    {
        _subscription?.Dispose();
        _heartbeat?.Dispose();
        if (_viewer is not null) _ = Presence.AnnounceAsync(AccountId, _viewer, left: true);
    }
}

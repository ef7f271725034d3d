using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Web.Features.Map;

// The page's controls: each hands over to the session, then re-renders.
public sealed partial class MapPage
{
    private void StartAdd(NodeKind kind)
    {
        RemoveDrawnLink();
        _session!.StartAdd(kind);
        _focusAfterRender = "#node-name";
        ToAddress();
    }

    private async Task SaveAsync()
    {
        var (x, y) = ViewCentre();
        var edited = _session!.Panel.EditingId;
        await _session.SaveAsync(x, y, default);
        if (_session.Panel.Kind != PanelKind.None) return;
        // A drawn link becomes a real one (or goes) once its connection is saved; focus goes back where it was.
        RemoveDrawnLink();
        if (edited is not null) _focusAfterRender = Selector(edited);
        ToAddress();
    }

    private async Task DeleteAsync()
    {
        await _session!.DeleteAsync(default);
        RemoveDrawnLink();
        ToAddress();
    }

    private async Task UndoAsync()
    {
        // The session says what was undone and what was not (someone else changed it since), with the history to see.
        await Try(async () => await _session!.UndoAsync(default));
    }

    /// <summary>Ctrl+Z, Delete and Escape anywhere on the page but in a field (map.js).</summary>
    [JSInvokable]
    public Task OnShortcut(string shortcut) => InvokeAsync(async () =>
    {
        var s = _session;
        if (s is null) return;
        switch (shortcut)
        {
            case "undo" or "delete" when !CanEdit:
                return;
            case "undo":
                await UndoAsync();
                break;
            case "delete" when s.View.Diagram.GetSelectedModels().FirstOrDefault() is { } m:
                if (m is MapNodeModel n) s.EditNode(n.Id); else if (m is MapLinkModel l) s.EditEdge(l.Id); else return;
                s.AskDelete();
                _focusAfterRender = "#confirm-delete";
                break;
            case "escape":
                var open = s.Panel.EditingId;
                s.View.Diagram.UnselectAll();
                CloseFromPage();
                if (open is not null) _focusAfterRender = Selector(open);
                break;
        }
        StateHasChanged();
    });

    private void FindKey(KeyboardEventArgs e)
    {
        if (e.Key != "Enter" || _session?.Find(_find) != true) return;
        KeepDrawnLinkOnlyForItsEditor();
        ToAddress();
    }

    private void Cancel()
    {
        var open = _session!.Panel.EditingId;
        CloseFromPage();
        if (open is not null) _focusAfterRender = Selector(open);
    }

    private void CloseFromPage()
    {
        RemoveDrawnLink();
        _session?.ClosePanel();
        ToAddress();
    }

    /// <summary>A link drawn on the canvas lives as long as the new connection's editor does.</summary>
    private void KeepDrawnLinkOnlyForItsEditor()
    {
        if (_session?.Panel is not { Kind: PanelKind.Edge, IsNew: true }) RemoveDrawnLink();
    }

    private void RemoveDrawnLink()
    {
        if (_drawnLink is null) return;
        _session?.View.Diagram.Links.Remove(_drawnLink);
        _drawnLink = null;
    }

    private void SwitchTab(SideTab tab)
    {
        _session!.SwitchTab(tab);
        ToAddress();
    }

    private void ShowPaths((IReadOnlyList<ReachPath> Paths, int? Focus) shown)
    {
        // The picture menu shows the chosen path (the best one until another is chosen).
        _shownPath = shown.Paths.Count == 0 ? null : shown.Paths[Math.Min(shown.Focus ?? 0, shown.Paths.Count - 1)];
        _session?.ShowPaths([.. shown.Paths.Select(p => ((IReadOnlySet<string>)p.Nodes.ToHashSet(StringComparer.Ordinal), (IReadOnlySet<string>)p.Edges.ToHashSet(StringComparer.Ordinal)))], shown.Focus);
    }

    private void ReachAsked(ReachQuery query)
    {
        _reachQuery = query;
        ToAddress();
    }

    /// <summary>Leaving the page (a link, back) with a changed form asks first; closing the tab does too (the browser asks).</summary>
    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (_session?.Panel.Dirty != true || _js is null || IsThisPage(context.TargetLocation)) return;
        if (!await _js.InvokeAsync<bool>("confirmLeave", L["Map.Leave.Confirm"].Value)) context.PreventNavigation();
    }

    private bool IsThisPage(string target) =>
        Navigation.ToAbsoluteUri(target).AbsolutePath == Navigation.ToAbsoluteUri(Navigation.Uri).AbsolutePath;

    // The card itself (the diagram's wrapper carries the id too, but cannot take focus).
    private static string Selector(string id) => $".card[data-node-id='{id}'], .map-link[data-edge-id='{id}']";

    private void ZoomToFit() => _session?.View.Fit();

    private void Fold((string FunctionId, bool Fold) fold) => _session?.View.Fold(fold.FunctionId, fold.Fold);

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
        catch (GraphException ex) { _session!.Notice = new(ex.Message, IsError: true); }
        StateHasChanged();
    }
}

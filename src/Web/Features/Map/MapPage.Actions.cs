using Microsoft.AspNetCore.Components.Web;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

// The page's controls: each hands over to the session, then re-renders.
public sealed partial class MapPage
{
    private void StartAdd(NodeKind kind)
    {
        RemoveDrawnLink();
        _session!.StartAdd(kind);
    }

    private async Task SaveAsync()
    {
        var (x, y) = ViewCentre();
        await _session!.SaveAsync(x, y, default);
        // A drawn link becomes a real one (or goes) once its connection is saved.
        if (_session.Panel.Kind == PanelKind.None) RemoveDrawnLink();
    }

    private async Task DeleteAsync()
    {
        await _session!.DeleteAsync(default);
        RemoveDrawnLink();
    }

    private async Task UndoAsync()
    {
        var label = _session!.UndoLabel;
        await Try(async () => { if (await _session.UndoAsync(default)) _session.Notice = new($"Undone: {label}."); });
    }

    private async Task KeyAsync(string key, bool ctrl)
    {
        var s = _session!;
        if (key == "Delete" && s.View.Diagram.GetSelectedModels().FirstOrDefault() is { } m)
        {
            if (m is MapNodeModel n) s.EditNode(n.Id); else if (m is MapLinkModel l) s.EditEdge(l.Id); else return;
            s.AskDelete();
        }
        else if (ctrl && key is "z" or "Z") await UndoAsync();
        else if (key == "Escape") { s.View.Diagram.UnselectAll(); CloseFromPage(); }
        StateHasChanged();
    }

    private void FindKey(KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && _session?.Find(_find) == true) KeepDrawnLinkOnlyForItsEditor();
    }

    /// <summary>A link drawn on the canvas lives as long as the new connection's editor does.</summary>
    private void KeepDrawnLinkOnlyForItsEditor()
    {
        if (_session?.Panel is not { Kind: PanelKind.Edge, IsNew: true }) RemoveDrawnLink();
    }

    private void CloseFromPage()
    {
        RemoveDrawnLink();
        _session?.ClosePanel();
    }

    private void RemoveDrawnLink()
    {
        if (_drawnLink is null) return;
        _session?.View.Diagram.Links.Remove(_drawnLink);
        _drawnLink = null;
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
        catch (GraphException ex) { _session!.Notice = new(ex.Message, IsError: true); }
        StateHasChanged();
    }
}

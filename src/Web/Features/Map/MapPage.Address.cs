using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Reach;

namespace SalesOps.Web.Features.Map;

// What the side panel shows lives in the page's address: ?tab=reach&open=p-…&reach=…&sketch=… (a saved what-if, as saved)
public sealed partial class MapPage
{
    private ReachQuery? _reachQuery;
    private ReachPath? _shownPath;

    /// <summary>Restores the tab, the open card or line and the reach question from the address (a reload, a shared link).</summary>
    private void FromAddress()
    {
        var s = _session!;
        if (Enum.TryParse<SideTab>(TabInAddress, ignoreCase: true, out var tab)) s.SwitchTab(tab);
        _reachQuery = ReachAddress.Parse(ReachInAddress);
        if (OpenInAddress is not { } id) return;
        if (s.Map.Find(id) is not null) s.EditNode(id);
        else if (s.Map.FindEdge(id) is not null) s.EditEdge(id);
    }

    /// <summary>Writes the panel's state into the address without reloading (replacing, so Back leaves the map).</summary>
    private void ToAddress()
    {
        if (_session is not { } s || _js is null) return;
        var open = s.Panel.Kind is PanelKind.Node or PanelKind.Edge or PanelKind.PlanItem ? s.Panel.EditingId : null;
        var uri = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["tab"] = s.Tab == SideTab.Details ? null : s.Tab.ToString().ToLowerInvariant(),
            ["open"] = open,
            ["reach"] = s.Tab == SideTab.Reach && _reachQuery is { } q ? ReachAddress.Format(q) : null,
            ["sketch"] = s.Sketch is not null && !s.SketchChanged ? s.SketchName : null,
        });
        _ = _js.InvokeVoidAsync("replaceAddress", uri).AsTask();
    }
}

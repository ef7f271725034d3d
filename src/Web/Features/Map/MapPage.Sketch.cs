using Microsoft.AspNetCore.Components;
using SalesOps.Graph.Reach;

namespace SalesOps.Web.Features.Map;

// The page around the what-if layer: the banner's way out, a move tried from the Next moves tab, tab names.
public sealed partial class MapPage
{
    /// <summary>A saved what-if to open with the map: a link shared with the account team.</summary>
    [SupplyParameterFromQuery(Name = "sketch")] public string? SketchInAddress { get; set; }

    private void LeaveSketch()
    {
        _session!.LeaveSketch();
        ToAddress();
    }

    private void TryMove(NextMove move)
    {
        _session!.Assume(new SketchTalk(move.From, move.To, move.Strength));
        ToAddress();
    }

    private void SketchChanged() => ToAddress();

    /// <summary>A tab's name in the reader's language; a tab without words yet shows its own name.</summary>
    private string TabLabel(SideTab tab) => L[$"Map.Tab.{tab}"] is { ResourceNotFound: false } words ? words : tab.ToString();
}

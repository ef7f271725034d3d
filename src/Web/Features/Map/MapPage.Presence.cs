using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

// Who else is on the map: their chips in the header and their selections on the cards.
public sealed partial class MapPage
{
    private async Task AnnounceAsync()
    {
        await Presence.AnnounceAsync(AccountId, _viewer);
        ShowPresence();
    }

    /// <summary>Others' chips in the header and their selections on the cards.</summary>
    private void ShowPresence()
    {
        var others = Presence.Viewers(AccountId).Where(v => v.Id != _viewer.Id).ToList();
        // A heartbeat ("still here") changes only when they were last seen: nothing on the page to draw again.
        static (string, string, string, string?) Shown(Viewer v) => (v.Id, v.Name, v.Colour, v.SelectedId);
        if (others.Select(Shown).SequenceEqual(_others.Select(Shown))) return;
        _others = others;
        _session?.View.ShowSelections(_others.Where(v => v.SelectedId is not null)
            .GroupBy(v => v.SelectedId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string)>)[.. g.Select(v => (v.Name, v.Colour))]));
        _ = InvokeAsync(StateHasChanged);
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// What the page holds while nobody looks at it (#20). A browser that went away (its connection down
/// past <see cref="CircuitLifetime.Grace"/>) costs no map: the session, its diagram and the live
/// subscription are dropped, and rebuilt from the store when it comes back (an unsaved edit is kept
/// in the tab, see KeepDraftAsync, and opens again; what the viewer could undo stays undoable). A page in a hidden tab applies no live changes;
/// it remembers the latest and catches up when shown: that change in order, or one reload on a gap.
/// </summary>
public sealed partial class MapPage
{
    private IDisposable? _held;
    private bool _hidden;
    private MapChanged? _missed;
    // What the released session could undo, handed to the one rebuilt when the browser is back: a few labels and versions.
    private (string AccountId, IReadOnlyList<(string Label, long Version)> Entries)? _keptUndo;

    [Inject] private CircuitLifetime Lifetime { get; set; } = null!;

    protected override void OnInitialized() =>
        _held = Lifetime.Hold(() => InvokeAsync(Release), () => InvokeAsync(RestoreAsync));

    /// <summary>Called by map.js when the tab is hidden or shown again.</summary>
    [JSInvokable]
    public async Task OnVisibility(bool visible)
    {
        _hidden = !visible;
        if (!_hidden) await CatchUpAsync();
    }

    /// <summary>Shown and connected again: the latest change missed meanwhile, in order or by one reload on a gap.</summary>
    private async Task CatchUpAsync()
    {
        if (_session is null) return;
        if (_missed is { } latest)
        {
            _missed = null;
            await OnLiveAsync(latest);
        }
        ShowPresence();
    }

    /// <summary>
    /// Live events as they come while the page is seen; while hidden or while the browser is away, only
    /// the latest change is remembered (a disconnected circuit that kept rendering would fill Blazor's
    /// queue of unacknowledged batches, and then not even the release would render).
    /// </summary>
    private Task OnLiveWhenShownAsync(LiveEvent e)
    {
        if ((!_hidden && Lifetime.Connected) || e is AccountDeleted) return OnLiveAsync(e);
        // Every change carries the version it makes: the latest one tells the page what to catch up to.
        if (e is MapChanged change && (_missed is null || change.Version > _missed.Version)) _missed = change;
        return Task.CompletedTask;
    }

    /// <summary>The browser stayed away: nothing of the map is kept (the render tree goes with the session).</summary>
    private void Release()
    {
        if (_session is null) return;
        _subscription?.Dispose();
        _subscription = null;
        CircuitPresence.Leave(AccountId);
        _keptUndo = (_session.AccountId, _session.Undoable);
        (_session, _ready, _missed, _tabDraft, _drawnLink) = (null, false, null, null, null); // the tab's draft is written afresh on return
        _self?.Dispose();
        (_self, _js) = (null, null); // the browser's module went with its page; a new one is imported on the way back
        StateHasChanged();
    }

    /// <summary>
    /// The browser is back. Not released yet: catch up. Released: the map as it is now, from the store. The first render after it subscribes
    /// again, brings back an unsaved edit kept in the tab, and fits the view (OnAfterRenderAsync).
    /// </summary>
    private async Task RestoreAsync()
    {
        if (_session is not null)
        {
            if (!_hidden) await CatchUpAsync();
            return;
        }
        if (_access is null) return;
        await OnParametersSetAsync();
        if (_keptUndo is { } kept && _session?.AccountId == kept.AccountId) _session.TakeUndoable(kept.Entries);
        _keptUndo = null;
        StateHasChanged();
    }
}

namespace SalesOps.Web.Features.Map;

/// <summary>
/// An edit in progress is kept in the browser's tab until it is saved or closed, so a reload, a dropped
/// connection or a sign-in that expired brings it back instead of losing it (<see cref="TabDraft{T}"/>, in session storage).
/// </summary>
public sealed partial class MapPage
{
    private TabDraft<KeptDraft>? _tabDraft;

    private TabDraft<KeptDraft> Draft => _tabDraft ??= new(JS, "salesops-draft:" + AccountId);

    /// <summary>An edit this tab had not saved (before a reload, a dropped connection or a new sign-in) opens again.</summary>
    private async Task RestoreDraftAsync()
    {
        if (await Draft.TakeAsync() is not { } draft || !CanEdit) return;
        if (_session!.Restore(draft)) _focusAfterRender = draft.Kind == PanelKind.Edge ? "#edge-strength" : "#node-name";
        StateHasChanged();
    }

    /// <summary>Keeps the open form in the browser while it has unsaved changes, and forgets it once saved or closed.</summary>
    private async Task KeepDraftAsync()
    {
        if (_js is null || _session is null) return; // not interactive yet, or released
        await Draft.KeepAsync(_session.Keepable);
    }
}

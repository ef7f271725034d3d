using Microsoft.JSInterop;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// An edit in progress is kept in the browser's tab until it is saved or closed, so a reload, a dropped
/// connection or a sign-in that expired brings it back instead of losing it (map.js keeps it in session storage).
/// </summary>
public sealed partial class MapPage
{
    private string DraftKey => "salesops-draft:" + AccountId;

    /// <summary>An edit this tab had not saved (before a reload, a dropped connection or a new sign-in) opens again.</summary>
    private async Task RestoreDraftAsync()
    {
        if (await _js!.InvokeAsync<string?>("takeDraft", DraftKey) is not { Length: > 0 } json || !CanEdit) return;
        try
        {
            if (System.Text.Json.JsonSerializer.Deserialize<KeptDraft>(json, Contracts.Json.Options) is { } draft && _session!.Restore(draft))
                _focusAfterRender = draft.Kind == PanelKind.Edge ? "#edge-strength" : "#node-name";
        }
        catch (System.Text.Json.JsonException)
        {
            // Kept by another version of the page: nothing to bring back.
        }
        StateHasChanged();
    }

    /// <summary>Keeps the open form in the browser while it has unsaved changes, and forgets it once saved or closed.</summary>
    private async Task KeepDraftAsync()
    {
        if (_js is null || _session is null) return;
        var json = _session.Keepable is { } kept ? System.Text.Json.JsonSerializer.Serialize(kept, Contracts.Json.Options) : null;
        if (json == _keptJson) return;
        _keptJson = json;
        if (json is null) await _js.InvokeVoidAsync("dropDraft", DraftKey);
        else await _js.InvokeVoidAsync("keepDraft", DraftKey, json);
    }
}

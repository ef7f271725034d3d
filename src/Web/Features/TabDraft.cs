using System.Text.Json;
using Microsoft.JSInterop;

namespace SalesOps.Web.Features;

/// <summary>
/// A form's unsaved input kept in the browser tab (session storage) while it is being filled in, so that a reload, a
/// dropped connection or a sign-in that expired brings it back instead of losing it. Written only when it changed.
/// </summary>
public sealed class TabDraft<T>(IJSRuntime js, string key) where T : class
{
    private string? _kept;

    /// <summary>Keeps <paramref name="draft"/>, or forgets what was kept when it is null (saved, or nothing typed).</summary>
    public async Task KeepAsync(T? draft)
    {
        var json = draft is null ? null : JsonSerializer.Serialize(draft, Contracts.Json.Options);
        if (json == _kept) return;
        _kept = json;
        try
        {
            if (json is null) await js.InvokeVoidAsync("sessionStorage.removeItem", key);
            else await js.InvokeVoidAsync("sessionStorage.setItem", key, json);
        }
        catch (JSException)
        {
            // Storage full or turned off: the form still works, only nothing is kept.
        }
    }

    /// <summary>What this tab kept and had not saved, or null.</summary>
    public async Task<T?> TakeAsync()
    {
        try
        {
            _kept = await js.InvokeAsync<string?>("sessionStorage.getItem", key);
            return _kept is { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, Contracts.Json.Options) : null;
        }
        catch (Exception ex) when (ex is JSException or JsonException)
        {
            return null; // storage off, or kept by another version of the page: nothing to bring back
        }
    }
}

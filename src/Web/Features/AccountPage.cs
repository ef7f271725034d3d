using Microsoft.AspNetCore.Components;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features;

/// <summary>
/// A page about one account that reloads whenever anyone commits a change to it or its team changes
/// (someone who lost access sees so at once), and says when it
/// became interactive (<see cref="Interactive"/>, rendered as data-ready for tests and styles).
/// </summary>
public abstract class AccountPage : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Parameter] public string AccountId { get; set; } = "";

    [Inject] private MapFeed Feed { get; set; } = null!;

    protected bool Interactive { get; private set; }

    protected string Ready => Interactive ? "true" : "false";

    protected abstract Task LoadAsync();

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        // Queued on this circuit, not awaited: one slow browser never holds up the feed.
        _subscription = Feed.Subscribe(AccountId, e =>
        {
            if (e is MapChanged or AccessChanged) _ = InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); });
            return Task.CompletedTask;
        });
        Interactive = true;
        StateHasChanged();
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}

using Microsoft.AspNetCore.Components;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features;

/// <summary>
/// A page about one account that reloads whenever anyone commits a change to it or its team changes
/// (someone who lost access sees so at once), and says when it
/// became interactive (<see cref="Interactive"/>, rendered as data-ready for tests and styles).
/// A reload that fails is logged (the page keeps what it showed; the next change tries again).
/// </summary>
public abstract partial class AccountPage : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Parameter] public string AccountId { get; set; } = "";

    [Inject] private MapFeed Feed { get; set; } = null!;

    [Inject] private ILogger<AccountPage> Log { get; set; } = null!;

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
            if (e is MapChanged or AccessChanged) _ = InvokeAsync(ReloadAsync);
            return Task.CompletedTask;
        });
        Interactive = true;
        StateHasChanged();
    }

    private async Task ReloadAsync()
    {
        try
        {
            await LoadAsync();
            StateHasChanged();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogReloadFailed(Log, ex, GetType().Name, AccountId, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Page} of account {AccountId} could not reload after a live change: {Reason}")]
    private static partial void LogReloadFailed(ILogger log, Exception ex, string page, string accountId, string reason);

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}

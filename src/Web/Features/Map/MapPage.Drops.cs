using Microsoft.AspNetCore.Components;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

// A dropped card is saved while the page goes on; the save's outcome is still awaited and acted on:
// a refused or failed save puts the card back and says why, and anything unforeseen is logged too.
public sealed partial class MapPage
{
    [Inject] private ILogger<MapPage> Log { get; set; } = null!;

    private void OnNodeMoved(string id, double x, double y) => _ = InvokeAsync(() => SaveDropAsync(id, x, y));

    private async Task SaveDropAsync(string id, double x, double y)
    {
        if (_session is not { } s) return;
        try
        {
            await s.DropAsync(id, x, y, default);
        }
        catch (GraphException ex)
        {
            s.Notice = new(ex.Message, IsError: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not a GraphException: no store or rule said this, so the user gets a plain notice and the log the reason.
            LogDropFailed(Log, ex, AccountId, id, ex.Message);
            s.Notice = new(L["Map.Drop.Failed"], IsError: true);
        }
        StateHasChanged();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving where card {NodeId} of account {AccountId} was dropped failed: {Reason}")]
    private static partial void LogDropFailed(ILogger log, Exception ex, string accountId, string nodeId, string reason);
}

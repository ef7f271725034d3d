using SalesOps.Graph.Model;
using SalesOps.Web.Features.History;

namespace SalesOps.Web.Features.Map;

// The history tab's requests that change what the map shows: the past, a comparison, back to now; and visits.
public sealed partial class MapPage
{
    private string? _historyOf;

    /// <summary>The notice's "See the history": the history tab, filtered to that element.</summary>
    private void OpenHistory(string elementId)
    {
        _historyOf = elementId;
        SwitchTab(SideTab.History);
    }

    private async Task ShowPastAsync(AsOf at) => await Try(async () =>
    {
        var then = await Mediator.Send(new GetMapAsOf(AccountId, at));
        _session!.ShowPast(then, at.Until);
        _session.View.Fit();
    });

    private async Task CompareAsync((AsOf From, AsOf To) points) => await Try(async () =>
    {
        var compared = await Mediator.Send(new CompareMaps(AccountId, points.From, points.To));
        _session!.ShowComparison(compared, points.To.Until);
        _session.View.Fit();
    });

    private void BackToNow()
    {
        _session?.BackToNow();
        _session?.View.SetReadOnly(!CanEdit);
        _session?.View.Fit();
    }

    /// <summary>A restore was written (or could not be): say what came back and what did not.</summary>
    private void Restored(RevertOutcome outcome)
    {
        if (_session is null) return;
        if (outcome.Result is { } r) _session.Receive(r.Commit);
        _session.Notice = new(outcome.Words, IsError: outcome.Plan.Skipped.Count > 0) { HistoryFor = outcome.Plan.Skipped.FirstOrDefault()?.ElementId };
    }

    /// <summary>"Since your last visit" counts from the version seen when the map was opened, and again when it is left.</summary>
    private async Task RecordVisitAsync()
    {
        if (_session is null) return;
        try { await Mediator.Send(new RecordVisit(AccountId, _session.Now.Version)); }
        catch (GraphException) { /* a viewer without a user (a script) or a store hiccup: the visit is not essential */ }
        catch (ObjectDisposedException) { /* the circuit is gone: its services with it */ }
    }
}

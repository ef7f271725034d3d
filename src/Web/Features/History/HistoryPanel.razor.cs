using Mediator;
using Microsoft.AspNetCore.Components;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.History;

/// <summary>The history tab's state: filters, the page of changes shown, and the points typed in to look back or compare.</summary>
public sealed partial class HistoryPanel
{
    private List<HistoryEntry>? _entries;
    private IReadOnlyList<Author> _authors = [];
    private bool _more;
    private string? _error, _relationship, _user, _asOf, _from, _to;
    private DateOnly? _since, _until;
    private DateOnly _today;
    private long _shown = -1;
    private string? _person, _applied;

    [Parameter, EditorRequired] public AccountMap Map { get; set; } = null!;

    /// <summary>Someone or something to show the history of (a card's or a line's id), from the page.</summary>
    [Parameter] public string? Element { get; set; }

    [Parameter] public MapComparison? Comparison { get; set; }

    /// <summary>Whether restore buttons are offered (editors); a viewer reads the history only.</summary>
    [Parameter] public bool CanRestore { get; set; }

    [Parameter] public EventCallback<IReadOnlyList<string>> OnFocus { get; set; }

    [Parameter] public EventCallback<AsOf> OnShowPast { get; set; }

    [Parameter] public EventCallback<(AsOf From, AsOf To)> OnCompare { get; set; }

    [Parameter] public EventCallback<RevertOutcome> OnRestored { get; set; }

    [Inject] private IMediator Mediator { get; set; } = null!;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    private string? Person
    {
        get => _person;
        set => (_person, _relationship) = (value, null);
    }

    protected override async Task OnInitializedAsync()
    {
        _today = Clock.Today();
        try { _authors = await Mediator.Send(new ListHistoryAuthors(Map.Account.Id)); }
        catch (GraphException ex) { _error = ex.Message; }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (Element != _applied && Element is { } element)
        {
            _applied = element;
            if (Map.FindEdge(element) is { } edge) (_person, _relationship) = (edge.From, element);
            else (_person, _relationship) = (element, null);
            _shown = -1;
        }
        // Newer changes arrived (ours or others'): the first page shows them.
        if (Map.Version != _shown) await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _shown = Map.Version;
        _entries = null;
        await LoadAsync(null);
    }

    private Task OlderAsync() => LoadAsync(_entries?.LastOrDefault()?.Version);

    private async Task LoadAsync(long? before)
    {
        try
        {
            var filter = new HistoryFilter
            {
                ElementId = _relationship is { Length: > 0 } r ? r : _person is { Length: > 0 } p ? p : null,
                UserId = _user is { Length: > 0 } u ? u : null,
                Since = _since is { } s ? new DateTimeOffset(s.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                Until = _until is { } e ? new DateTimeOffset(e.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                Before = before,
            };
            var page = await Mediator.Send(new GetHistory(Map.Account.Id, filter));
            _entries = before is null ? [.. page.Entries] : [.. _entries ?? [], .. page.Entries];
            (_more, _error) = (page.More, null);
        }
        catch (GraphException ex) { (_entries, _error) = (_entries ?? [], ex.Message); }
    }

    private async Task RestoreAsync(long version, string elementId, string? field)
    {
        try { await OnRestored.InvokeAsync(await Mediator.Send(new RestoreChange(Map.Account.Id, version, elementId, field))); }
        catch (GraphException ex) { _error = ex.Message; }
    }

    private async Task ShowAsOfAsync()
    {
        try { await OnShowPast.InvokeAsync(AsOf.Parse(_asOf ?? "", "asOf", L)); }
        catch (GraphException ex) { _error = ex.Message; }
    }

    private async Task CompareAsync()
    {
        try { await OnCompare.InvokeAsync((AsOf.Parse(_from ?? "", "from", L), string.IsNullOrWhiteSpace(_to) ? AsOf.At(long.MaxValue) : AsOf.Parse(_to, "to", L))); }
        catch (GraphException ex) { _error = ex.Message; }
    }

    private string When(DateTimeOffset at) =>
        L["History.At", Formats.Date(DateOnly.FromDateTime(at.UtcDateTime), _today), at.UtcDateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)];
}

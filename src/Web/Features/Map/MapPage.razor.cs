using Blazor.Diagrams.Core.Models.Base;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SalesOps.Graph.Model;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// The map page: Blazor's lifecycle, the live subscription, presence, keyboard and focus around a
/// <see cref="MapSession"/>, which holds the state and does the work. What is here is what needs the
/// browser or the circuit. The side panel's tab, what is open in it and the reach question live in
/// the page's address, so a reload or a shared link shows the same.
/// </summary>
public sealed partial class MapPage : IAsyncDisposable
{
    private MapSession? _session;
    private IDisposable? _subscription;
    private BaseLinkModel? _drawnLink;
    private IJSObjectReference? _js;
    private DotNetObjectReference<MapPage>? _self;
    private string? _loadError, _find, _focusAfterRender;
    private bool _ready;
    private Viewer _viewer = null!;
    private Features.Access.AccountAccess? _access;
    private IReadOnlyList<Viewer> _others = [];

    [Parameter] public string AccountId { get; set; } = "";

    [SupplyParameterFromQuery(Name = "tab")] public string? TabInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "open")] public string? OpenInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "reach")] public string? ReachInAddress { get; set; }

    [Inject] private IMediator Mediator { get; set; } = null!;

    [Inject] private MapFeed Feed { get; set; } = null!;

    [Inject] private SharedMaps Shared { get; set; } = null!;

    [Inject] private ILiveBus Bus { get; set; } = null!;

    [Inject] private PresenceBoard Presence { get; set; } = null!;

    [Inject] private CircuitPresence CircuitPresence { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Inject] private Web.Access.CurrentUser Current { get; set; } = null!;

    /// <summary>Whether the caller may change this map (Editors, Owners, Admins); a viewer only explores it.</summary>
    private bool MayEdit => _access?.CanEdit == true;

    /// <summary>Whether the map shown can be changed now: the caller may, and it is today's map, not the past.</summary>
    private bool CanEdit => MayEdit && _session?.ReadOnly != true;

    protected override async Task OnParametersSetAsync()
    {
        if (_session?.AccountId == AccountId) return;
        try
        {
            var map = await Mediator.Send(new GetMap(AccountId));
            if (map is null) { _loadError = L["Map.NoAccount", AccountId]; return; }
            _access = await Mediator.Send(new Features.Access.GetAccountAccess(AccountId));
            _viewer = Presence.NewViewer((await Current.GetAsync()).Name);
            _session = new MapSession(Mediator, map, Bus, L, _viewer.Id, Shared);
            _session.View.SetReadOnly(!CanEdit);
            _session.View.NodeMoved += OnNodeMoved;
            _session.View.NodeDragging += (id, x, y) => _ = _session.DragAsync(id, x, y);
            _session.View.LinkDrawn += (from, to, link) => _ = InvokeAsync(() => StartConnect(from, to, link));
            _session.View.LinkDroppedOnNothing += () => _ = InvokeAsync(() => { _session.Notice = new(L["Map.Link.DroppedOnNothing"], IsError: true); StateHasChanged(); });
            _session.View.Activated += id => _focusAfterRender = "#node-name, #edge-strength, .side-panel .editor a, .side-panel .editor button";
            _session.View.Diagram.SelectionChanged += model => _ = InvokeAsync(OnSelection);
            _session.View.DetailChanged += () => _ = InvokeAsync(StateHasChanged);
            FromAddress();
            // A shared link to a saved what-if opens it; one that is gone says so in the notice.
            if (SketchInAddress is { Length: > 0 } sketch) await Try(() => _session.OpenSketchAsync(sketch, default));
        }
        catch (GraphException ex) { _loadError = ex.Message; }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_session is null) return;
        if (_subscription is null)
        {
            // Queued on this circuit in arrival order; not awaited, so one slow browser never holds up the feed.
            _subscription = Feed.Subscribe(AccountId, e => { _ = InvokeAsync(() => OnLiveWhenShownAsync(e)); return Task.CompletedTask; });
            CircuitPresence.Join(AccountId, () => _viewer);
            // Absolute: a relative module path would resolve against blazor.web.js, not the page.
            _js = await JS.InvokeAsync<IJSObjectReference>("import", Navigation.ToAbsoluteUri(Assets["map.js"]).ToString());
            _self = DotNetObjectReference.Create(this);
            await _js.InvokeVoidAsync("listen", _self);
            await _js.InvokeVoidAsync("followView", _session.View.Gestures);
            await RecordVisitAsync();
            await RestoreDraftAsync();
            await FitWhenMeasuredAsync();
        }
        await KeepDraftAsync();
        if (_focusAfterRender is { } selector && _js is not null)
        {
            _focusAfterRender = null;
            await _js.InvokeAsync<bool>("focus", selector);
        }
    }

    /// <summary>
    /// The first view shows the whole map: the canvas and the cards are measured in the browser
    /// after the first render, so wait (briefly) for their sizes before fitting.
    /// </summary>
    private async Task FitWhenMeasuredAsync()
    {
        var d = _session!.View.Diagram;
        for (var i = 0; i < 40 && (d.Container is null || d.Nodes.Any(n => n.Visible && n.Size is null)); i++) await Task.Delay(50);
        _session.View.Fit();
        _ready = true;
        StateHasChanged();
    }

    private async Task OnLiveAsync(LiveEvent e)
    {
        if (_session is null) return;
        switch (e)
        {
            case AccountDeleted:
                _session.Notice = new(L["Map.AccountDeleted"], IsError: true);
                break;
            case NodeDragging d when d.ViewerId != _viewer.Id:
                _session.View.ShowDragging(d.NodeId, d.X, d.Y);
                break;
            case Live.Presence:
                ShowPresence();
                return;
            case MapChanged change:
                if (!_session.Receive(change.ToCommit()) && await Mediator.Send(new GetMap(AccountId)) is { } fresh) _session.Reload(fresh);
                if (_session.Panel is { Kind: not PanelKind.None, EditingId: { } id } && _session.Map.Find(id) is null && _session.Map.FindEdge(id) is null)
                {
                    _session.Notice = new(L["Map.EditingDeleted"], IsError: true);
                    CloseFromPage();
                }
                break;
        }
        StateHasChanged();
    }

    private void OnSelection()
    {
        var s = _session;
        if (s is null) return;
        var selected = s.View.Diagram.GetSelectedModels().ToList();
        if (selected is [FunctionBoxModel box])
        {
            // A function's box opens rather than stays selected: its people appear in its place.
            s.View.Diagram.UnselectAll();
            s.View.Open(box.FunctionId);
            return;
        }
        s.View.FadeAround(selected is [MapNodeModel picked] ? picked.Id : null);
        var selectedId = selected.FirstOrDefault() switch { MapNodeModel sn => sn.Id, MapLinkModel sl => sl.Id, _ => null };
        if (s.ReadOnly) return; // the past opens no editors
        if (selectedId != _viewer.SelectedId) { _viewer = _viewer with { SelectedId = selectedId }; _ = AnnounceAsync(); }
        // A new element's form, a changed form or a confirmation is not replaced by a click on the map.
        if (s.Panel.Kind == PanelKind.ConfirmDelete || (s.Panel.Kind != PanelKind.None && (s.Panel.IsNew || s.Panel.Dirty))) return;
        if (selected is [MapNodeModel n]) s.EditNode(n.Id);
        else if (selected is [MapLinkModel l]) s.EditEdge(l.Id);
        else if (selected.Count == 0) CloseFromPage();
        KeepDrawnLinkOnlyForItsEditor();
        ToAddress();
        StateHasChanged();
    }

    /// <summary>
    /// The caller's place on the team changed while the map was open: a new role takes effect at once;
    /// without access the map is closed here too (the scope around the page says why).
    /// </summary>
    private void OnAccessChanged(Features.Access.AccountAccess? access)
    {
        var before = _access;
        _access = access;
        if (access is null)
        {
            _subscription?.Dispose();
            CircuitPresence.Leave(AccountId);
            _session = null;
            return;
        }
        _session?.View.SetReadOnly(!CanEdit);
        if (_session is not null && before?.Role != access.Role) _session.Notice = new(L["Map.AccessChanged", L["AccountRole." + access.Role]]);
    }

    private void StartConnect(string from, string to, BaseLinkModel link)
    {
        RemoveDrawnLink();
        if (_session!.StartConnect(from, to))
        {
            _drawnLink = link;
            _focusAfterRender = "#edge-type";
        }
        else _session.View.Diagram.Links.Remove(link);
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        _held?.Dispose();
        _subscription?.Dispose();
        await RecordVisitAsync();
        CircuitPresence.Leave(AccountId);
        if (_js is not null)
        {
            try
            {
                await _js.InvokeVoidAsync("stop");
                await _js.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone already; nothing to stop there.
            }
        }
        _self?.Dispose();
    }
}

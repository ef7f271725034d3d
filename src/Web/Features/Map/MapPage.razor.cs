using Blazor.Diagrams.Core.Models.Base;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using SalesOps.Graph.Model;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

public sealed partial class MapPage
{
    private enum Panel { None, Node, Edge, ConfirmDelete }

    private enum Tab { Details, Reach, Risks, Position }

    private MapSession? _session;
    private IDisposable? _subscription;
    private Panel _panel;
    private Tab _tab;
    private NodeForm _nodeForm = new();
    private EdgeForm _edgeForm = new();
    private IReadOnlyList<EdgeType> _edgeTypes = [];
    private BaseLinkModel? _drawnLink;
    private string? _editingId, _deleteEdgeId, _loadError, _error, _errorField, _notice, _confirmText, _find, _stance, _function, _role;
    private bool _busy, _noticeIsError, _ready;
    private Viewer _viewer = null!;
    private string _viewerName = "";
    private IReadOnlyList<Viewer> _others = [];
    private Timer? _heartbeat;

    [Parameter] public string AccountId { get; set; } = "";

    [Inject] private IMediator Mediator { get; set; } = null!;

    [Inject] private MapFeed Feed { get; set; } = null!;

    [Inject] private ILiveBus Bus { get; set; } = null!;

    [Inject] private PresenceBoard Presence { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        if (_session?.AccountId == AccountId) return;
        try
        {
            var map = await Mediator.Send(new GetMap(AccountId));
            if (map is null) { _loadError = $"There is no account '{AccountId}'. It may have been deleted."; return; }
            _session = new MapSession(Mediator, map);
            _viewer = Presence.NewViewer("Guest " + Random.Shared.Next(100, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
            _viewerName = _viewer.Name;
            _session.View.NodeMoved += (id, x, y) => _ = InvokeAsync(() => Try(() => _session.MoveNodeAsync(id, x, y, default)));
            _session.View.NodeDragging += (id, x, y) => _ = Bus.PublishAsync(new NodeDragging(AccountId, _viewer.Id, id, x, y), default);
            _session.View.LinkDrawn += (from, to, link) => _ = InvokeAsync(() => StartConnect(from, to, link));
            _session.View.Diagram.SelectionChanged += model => _ = InvokeAsync(OnSelection);
            _session.View.Diagram.KeyDown += e => _ = InvokeAsync(() => KeyAsync(e.Key, e.CtrlKey));
        }
        catch (GraphException ex) { _loadError = ex.Message; }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_session is null || _subscription is not null) return;
        // Queued on this circuit in arrival order; not awaited, so one slow browser never holds up the feed.
        _subscription = Feed.Subscribe(AccountId, e => { _ = InvokeAsync(() => OnLiveAsync(e)); return Task.CompletedTask; });
        _heartbeat = new Timer(_ => _ = InvokeAsync(AnnounceAsync), null, PresenceBoard.Heartbeat, PresenceBoard.Heartbeat);
        await AnnounceAsync();
        await FitWhenMeasuredAsync();
    }

    /// <summary>
    /// The first view shows the whole map: the canvas and the cards are measured in the browser
    /// after the first render, so wait (briefly) for their sizes before fitting.
    /// </summary>
    private async Task FitWhenMeasuredAsync()
    {
        var d = _session!.View.Diagram;
        for (var i = 0; i < 40 && (d.Container is null || d.Nodes.Any(n => n.Size is null)); i++) await Task.Delay(50);
        _session.View.Fit(minZoom: 0.6);
        _ready = true;
        StateHasChanged();
    }

    private async Task OnLiveAsync(LiveEvent e)
    {
        if (_session is null) return;
        if (e is AccountGone) { Notify("This account was deleted by someone else.", error: true); StateHasChanged(); return; }
        if (e is NodeDragging d && d.ViewerId != _viewer.Id) _session.View.ShowDragging(d.NodeId, d.X, d.Y);
        if (e is PresenceChanged) ShowPresence();
        if (e is not Committed { Commit: var commit }) return;
        if (!_session.Receive(commit) && await Mediator.Send(new GetMap(AccountId)) is { } fresh) _session.Reload(fresh);
        if (_editingId is not null && _session.Map.Find(_editingId) is null && _session.Map.FindEdge(_editingId) is null && _panel != Panel.None)
        {
            Notify("What you were editing was deleted by someone else; your changes to it were not saved.", error: true);
            ClosePanel();
        }
        StateHasChanged();
    }

    private void OnSelection()
    {
        var first = _session?.View.Diagram.GetSelectedModels().FirstOrDefault();
        var selectedId = first switch { MapNodeModel sn => sn.Id, MapLinkModel sl => sl.Id, _ => null };
        if (selectedId != _viewer.SelectedId) { _viewer = _viewer with { SelectedId = selectedId }; _ = AnnounceAsync(); }
        if (_session is null || _panel == Panel.ConfirmDelete || (_panel != Panel.None && _editingId is null)) return;
        var selected = _session.View.Diagram.GetSelectedModels().ToList();
        if (selected is [MapNodeModel n]) EditNode(n.Id);
        else if (selected is [MapLinkModel l]) EditEdge(l.Id);
        else if (selected.Count == 0) ClosePanel();
        StateHasChanged();
    }

    private async Task AnnounceAsync()
    {
        await Presence.AnnounceAsync(AccountId, _viewer);
        ShowPresence();
    }

    /// <summary>Others' chips in the header and their selections on the cards.</summary>
    private void ShowPresence()
    {
        _others = [.. Presence.Viewers(AccountId).Where(v => v.Id != _viewer.Id)];
        _session?.View.ShowSelections(_others.Where(v => v.SelectedId is not null)
            .GroupBy(v => v.SelectedId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string)>)[.. g.Select(v => (v.Name, v.Colour))]));
        StateHasChanged();
    }

    private async Task RenameAsync()
    {
        var name = string.IsNullOrWhiteSpace(_viewerName) ? _viewer.Name : _viewerName.Trim()[..Math.Min(40, _viewerName.Trim().Length)];
        (_viewer, _viewerName) = (_viewer with { Name = name }, name);
        await AnnounceAsync();
    }

    private void StartAdd(NodeKind kind)
    {
        _session?.View.Diagram.UnselectAll();
        _nodeForm = new NodeForm { Kind = kind, Level = kind == NodeKind.Function ? null : Level.Manager };
        Open(Panel.Node, null);
    }

    private void EditNode(string id)
    {
        _nodeForm = NodeForm.From(_session!.Map, NodeRules.Get(_session.Map, id));
        Open(Panel.Node, id);
    }

    private void EditEdge(string id)
    {
        _edgeForm = EdgeForm.Of(EdgeRules.Get(_session!.Map, id));
        Open(Panel.Edge, id);
    }

    private void StartConnect(string from, string to, BaseLinkModel link)
    {
        var (f, t) = (_session!.Map.Find(from)!, _session.Map.Find(to)!);
        if (f.Kind == NodeKind.Person && t.Kind == NodeKind.Counterpart) (f, t) = (t, f);
        _edgeTypes = (f.Kind, t.Kind) switch
        {
            (NodeKind.Counterpart, NodeKind.Person) => [EdgeType.TALKS_WITH],
            (NodeKind.Person, NodeKind.Person) => [EdgeType.INFLUENCES, EdgeType.REPORTS_TO],
            _ => [],
        };
        if (_edgeTypes.Count == 0)
        {
            _session.View.Diagram.Links.Remove(link);
            Notify($"{f.Name} and {t.Name} are both ours: connections join our people to theirs, or their people to each other.", error: true);
            return;
        }
        _drawnLink = link;
        _edgeForm = new EdgeForm { Type = _edgeTypes[0], From = f.Id, To = t.Id };
        Open(Panel.Edge, null);
        StateHasChanged();
    }

    private void Open(Panel panel, string? editingId)
    {
        RemoveDrawnLinkUnless(panel == Panel.Edge && editingId is null);
        (_panel, _editingId, _error, _errorField) = (panel, editingId, null, null);
    }

    private void ClosePanel()
    {
        RemoveDrawnLinkUnless(false);
        (_panel, _editingId, _error, _errorField, _deleteEdgeId) = (Panel.None, null, null, null, null);
    }

    private void RemoveDrawnLinkUnless(bool keep)
    {
        if (keep || _drawnLink is null) return;
        _session?.View.Diagram.Links.Remove(_drawnLink);
        _drawnLink = null;
    }
}

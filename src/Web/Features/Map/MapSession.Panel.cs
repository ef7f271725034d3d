using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Web.Features.Map;

public enum PanelKind { None, Node, Edge, ConfirmDelete, PlanItem }

public enum SideTab { Details, Reach, NextMoves, Risks, Position, History }

/// <summary>
/// The side panel: which editor is open on what (<see cref="EditingId"/> null while adding), the form
/// it edits as a draft of the model, the version the form was read at, and what the last save said.
/// </summary>
public sealed record PanelState
{
    public static readonly PanelState Closed = new();

    public PanelKind Kind { get; init; }
    public string? EditingId { get; init; }
    public NodeDraft Node { get; init; } = new();
    public EdgeDraft Edge { get; init; } = new();
    /// <summary>The types the edge editor offers for a new connection.</summary>
    public IReadOnlyList<EdgeType> EdgeTypes { get; init; } = [];
    public long BaseVersion { get; init; }
    public string? Error { get; init; }
    public string? ErrorField { get; init; }
    public string? ConfirmText { get; init; }
    /// <summary>Whether the delete being confirmed is of the edge being edited (else of the node).</summary>
    public bool DeletingEdge { get; init; }
    public bool Busy { get; init; }
    /// <summary>The form was changed since it was opened: leaving would lose that.</summary>
    public bool Dirty { get; init; }

    public bool IsNew => EditingId is null;
}

/// <summary>
/// Which people stand out on the map; the rest dims. <see cref="NobodyOfOurs"/>: only the people nobody of ours talks
/// with yet (planned relationships aside), the customer's people we do not know.
/// </summary>
public sealed record MapFilters(Stance? Stance = null, string? FunctionId = null, BuyingRole? Role = null, bool NobodyOfOurs = false)
{
    /// <summary>How many filters are set (the menu's button counts them).</summary>
    public int Count => (Stance is null ? 0 : 1) + (FunctionId is null ? 0 : 1) + (Role is null ? 0 : 1) + (NobodyOfOurs ? 1 : 0);

    public bool IsEmpty => Count == 0;

    /// <summary>The people who match every filter: what the map (and a picture of it) lights up.</summary>
    public HashSet<string> Matches(AccountMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var known = NobodyOfOurs ? ContactMatrix.TalkedTo(map) : null;
        return map.Nodes.Where(n => n.Kind == NodeKind.Person
                && (Stance is null || (n.Stance ?? Graph.Model.Stance.Unknown) == Stance)
                && (FunctionId is null || map.FunctionOf(n.Id) == FunctionId)
                && (Role is not { } role || n.Has(role))
                && known?.Contains(n.Id) != true)
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>The one line the page shows about what just happened; <see cref="HistoryFor"/> offers that element's history.</summary>
public sealed record Notice(string Text, bool IsError = false)
{
    public string? HistoryFor { get; init; }
}

public sealed partial class MapSession
{
    public PanelState Panel { get; set; } = PanelState.Closed;

    public SideTab Tab { get; private set; }

    public MapFilters Filters { get; private set; } = new();

    public Notice? Notice { get; set; }

    public void StartAdd(NodeKind kind)
    {
        View.Diagram.UnselectAll();
        Panel = new PanelState { Kind = PanelKind.Node, Node = new NodeDraft { Kind = kind, Level = kind == NodeKind.Function ? null : Level.Manager } };
    }

    /// <summary>Opens a card: the editor for a person, one of ours or a function; a summary for a plan item (edited on its own page).</summary>
    public void EditNode(string id)
    {
        var n = NodeRules.Get(Map, id);
        var kind = MapNodeModel.IsPlanItem(n) ? PanelKind.PlanItem : PanelKind.Node;
        Panel = new PanelState { Kind = kind, EditingId = id, Node = FormOf(n), BaseVersion = n.Version };
    }

    /// <summary>The user changed the open form.</summary>
    public void Edit(NodeDraft form) => Panel = Panel with { Node = form, Dirty = true };

    public void Edit(EdgeDraft form) => Panel = Panel with { Edge = form, Dirty = true };

    public void EditEdge(string id)
    {
        if (ExplainWhatIf(id)) return;
        var e = EdgeRules.Get(Map, id);
        Panel = new PanelState { Kind = PanelKind.Edge, EditingId = id, Edge = Draft(e), BaseVersion = e.Version };
    }

    /// <summary>
    /// A link drawn from one card to another: opens the connection editor with the types the model
    /// allows between the two kinds, read in whichever direction has some. False (with a notice)
    /// when no connection can join them.
    /// </summary>
    public bool StartConnect(string from, string to)
    {
        var (f, t) = (NodeRules.Get(Map, from), NodeRules.Get(Map, to));
        if (EdgeRules.TypesJoining(f.Kind, t.Kind).Count == 0 && EdgeRules.TypesJoining(t.Kind, f.Kind).Count > 0) (f, t) = (t, f);
        var types = EdgeRules.TypesJoining(f.Kind, t.Kind);
        if (types.Count == 0)
        {
            Notice = new(_text[f.Kind == t.Kind && f.Kind == NodeKind.Counterpart ? "Map.Connect.BothOurs" : "Map.Connect.Impossible", f.Name, t.Name], IsError: true);
            return false;
        }
        Panel = new PanelState { Kind = PanelKind.Edge, EdgeTypes = types, Edge = new EdgeDraft { Type = types[0], From = f.Id, To = t.Id } };
        return true;
    }

    public void ClosePanel() => Panel = PanelState.Closed;

    /// <summary>Asks before deleting what the panel shows: the connection, or the card with its connections.</summary>
    public void AskDelete()
    {
        if (Panel is { Kind: PanelKind.Edge, EditingId: { } edgeId } && Map.FindEdge(edgeId) is { } e)
            Panel = Panel with { Kind = PanelKind.ConfirmDelete, DeletingEdge = true, ConfirmText = _text["Map.Delete.Edge.Confirm", _text["Edge.Sentence", Name(e.From), _text.Word(e.Type), Name(e.To)]] };
        else if (Panel.EditingId is { } nodeId && Map.Find(nodeId) is { } n)
        {
            var count = Map.Edges.Count(x => x.From == nodeId || x.To == nodeId);
            var ask = count switch { 0 => _text["Map.Delete.Node.Confirm", n.Name], 1 => _text["Map.Delete.Node.Confirm.One", n.Name], _ => _text["Map.Delete.Node.Confirm.Many", n.Name, count] };
            Panel = Panel with { Kind = PanelKind.ConfirmDelete, DeletingEdge = false, ConfirmText = ask };
        }
    }

    /// <summary>Saves the open editor. On success the panel closes; a refusal stays in the panel, in the rules' words.</summary>
    public async Task SaveAsync(double x, double y, CancellationToken ct)
    {
        var p = Panel;
        Panel = p with { Busy = true };
        try
        {
            Notice = p.Kind == PanelKind.Edge ? await SaveEdgeAsync(p, ct) : await SaveNodeAsync(p, x, y, ct);
            Panel = PanelState.Closed;
            View.Diagram.UnselectAll();
        }
        catch (GraphException ex)
        {
            Panel = p with { Error = ex.Message, ErrorField = ex.Field };
            if (ex.Error == GraphError.Conflict && p.EditingId is { } id)
            {
                // Someone else changed it: show their values, to be reviewed and saved again.
                if (p.Kind == PanelKind.Node && Map.Find(id) is { } n) Panel = Panel with { Node = FormOf(n), BaseVersion = n.Version };
                if (p.Kind == PanelKind.Edge && Map.FindEdge(id) is { } e) Panel = Panel with { Edge = Draft(e), BaseVersion = e.Version };
                Panel = Panel with { Error = ex.Message + " " + _text["Map.Conflict.CurrentValues"] };
            }
        }
    }

    public async Task DeleteAsync(CancellationToken ct)
    {
        var p = Panel;
        if (p.EditingId is not { } id) return;
        try
        {
            if (p.DeletingEdge)
            {
                await DisconnectAsync(id, EdgeRules.Get(Map, id).Version, ct);
                Notice = new(_text["Map.Deleted.Edge"]);
            }
            else
            {
                var name = Name(id);
                var removed = await DeleteNodeAsync(id, NodeRules.Get(Map, id).Version, ct);
                Notice = new(removed switch { 0 => _text["Map.Deleted.Node", name], 1 => _text["Map.Deleted.Node.One", name], _ => _text["Map.Deleted.Node.Many", name, removed] });
            }
        }
        catch (GraphException ex) { Notice = new(ex.Message, IsError: true); }
        ClosePanel();
    }

    private async Task<Notice> SaveNodeAsync(PanelState p, double x, double y, CancellationToken ct)
    {
        if (p.EditingId is null)
        {
            await AddNodeAsync(p.Node, x, y, ct);
            return new(_text["Map.Added", p.Node.Name ?? ""]);
        }
        await UpdateNodeAsync(p.EditingId, p.Node, p.BaseVersion, ct);
        return new(_text["Map.Saved", p.Node.Name ?? ""]);
    }

    private async Task<Notice> SaveEdgeAsync(PanelState p, CancellationToken ct)
    {
        if (p.EditingId is null)
        {
            await ConnectAsync(p.Edge, ct);
            return new(_text["Map.Connected", _text["Edge.Sentence", Name(p.Edge.From), _text.Word(p.Edge.Type), Name(p.Edge.To)]]);
        }
        await UpdateEdgeAsync(p.EditingId, p.Edge, p.BaseVersion, ct);
        return new(_text["Map.Saved.Edge"]);
    }

    private static EdgeDraft Draft(Edge e) => EdgeFields.Of<EdgeDraft>(e) with { Type = e.Type, From = e.From, To = e.To, Id = e.Id };

    private NodeDraft FormOf(Node n) => NodeFields.Of<NodeDraft>(n, Map.FunctionOf(n.Id)) with { Kind = n.Kind, Id = n.Id };
}

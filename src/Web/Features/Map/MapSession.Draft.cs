using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>An unsaved form of the side panel, as the browser keeps it between page loads.</summary>
public sealed record KeptDraft
{
    public PanelKind Kind { get; init; }
    public string? EditingId { get; init; }
    public long BaseVersion { get; init; }
    public NodeDraft? Node { get; init; }
    public EdgeDraft? Edge { get; init; }
    public IReadOnlyList<EdgeType>? EdgeTypes { get; init; }
}

public sealed partial class MapSession
{
    /// <summary>The open form when it has unsaved changes (null otherwise): what the page keeps in the browser.</summary>
    public KeptDraft? Keepable => Panel switch
    {
        { Dirty: true, Kind: PanelKind.Node } p => new KeptDraft { Kind = p.Kind, EditingId = p.EditingId, BaseVersion = p.BaseVersion, Node = p.Node },
        { Dirty: true, Kind: PanelKind.Edge } p => new KeptDraft { Kind = p.Kind, EditingId = p.EditingId, BaseVersion = p.BaseVersion, Edge = p.Edge, EdgeTypes = p.EdgeTypes },
        _ => null,
    };

    /// <summary>
    /// Opens a kept form again, unsaved, as it was. False when what it edited (or joined) is gone:
    /// then nothing opens and the notice says so.
    /// </summary>
    public bool Restore(KeptDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var there = draft switch
        {
            { Kind: PanelKind.Node, Node: not null, EditingId: var id } => id is null || Map.Find(id) is not null,
            { Kind: PanelKind.Edge, Edge: { } e, EditingId: var id } => id is null ? e.From is { } f && e.To is { } t && Map.Find(f) is not null && Map.Find(t) is not null : Map.FindEdge(id) is not null,
            _ => false,
        };
        if (!there)
        {
            Notice = new(_text["Map.Draft.Gone"], IsError: true);
            return false;
        }
        Panel = new PanelState
        {
            Kind = draft.Kind, EditingId = draft.EditingId, BaseVersion = draft.BaseVersion, Dirty = true,
            Node = draft.Node ?? new(), Edge = draft.Edge ?? new(), EdgeTypes = draft.EdgeTypes ?? [],
        };
        Notice = new(_text["Map.Draft.Restored"]);
        return true;
    }
}

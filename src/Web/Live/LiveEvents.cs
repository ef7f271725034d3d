using System.Text.Json.Serialization;
using SalesOps.Graph.Model;
using SalesOps.Web.Contracts;

namespace SalesOps.Web.Live;

/// <summary>
/// What travels between viewers of a map: committed changes, and the ephemeral things that are
/// never stored (a card being dragged, who is looking and what they selected). Each fact has one
/// name from the writer through the bus to the hub: the hub sends these records as they are, under
/// their own names (<see cref="HubNames"/>); the bus adds which one it is (<see cref="RedisBus.Wire"/>).
/// </summary>
public abstract record LiveEvent([property: JsonPropertyOrder(-1)] string AccountId);

/// <summary>
/// The account's map is now at <paramref name="Version"/> because of <paramref name="Change"/>. Nodes,
/// edges and the account are the map API's own shapes, so a client merges a change into a map it
/// loaded from GET /api/accounts/{id}/map without a second model.
/// </summary>
public sealed record MapChanged(string AccountId, long Version, MapChange Change) : LiveEvent(AccountId)
{
    /// <summary>The event for a commit, with people's functions as they are in the map after it.</summary>
    public static MapChanged Of(MapResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (commit, map) = (result.Commit, result.Map);
        var ops = commit.Ops.Select(op => op switch
        {
            PutNode n => new PutNodeChange(NodeDto.From(n.Node, map.FunctionOf(n.Node.Id))),
            PutEdge e => new PutEdgeChange(EdgeDto.Of(e.Edge)),
            RemoveNode n => new RemoveNodeChange(n.NodeId),
            RemoveEdge e => new RemoveEdgeChange(e.EdgeId),
            PutAccount a => (ChangeOp)new PutAccountChange(AccountDto.From(a.Account)),
            _ => throw new NotSupportedException($"No live change for the op {op.GetType().Name}."),
        }).ToList();
        return new MapChanged(commit.AccountId, commit.Version, new MapChange(Summarise(commit.Ops), ops));
    }

    /// <summary>The commit as the model holds it, for a viewer that applies it to its own snapshot.</summary>
    public Commit ToCommit() => new(AccountId, Version, [.. Change.Ops.Select(op => op switch
    {
        PutNodeChange n => new PutNode(n.Node.ToNode()),
        PutEdgeChange e => new PutEdge(e.Edge.ToEdge()),
        RemoveNodeChange n => new RemoveNode(n.Id),
        RemoveEdgeChange e => new RemoveEdge(e.Id),
        PutAccountChange a => (MapOp)new PutAccount(a.Account.ToAccount()),
        _ => throw new NotSupportedException($"No model op for the change {op.GetType().Name}."),
    })]);

    /// <summary>"node put", "node removed, 2 edges removed": what happened, for logs and toasts.</summary>
    public static string Summarise(IEnumerable<MapOp> ops) => string.Join(", ", ops
        .GroupBy(op => op switch
        {
            PutNode => "node put",
            RemoveNode => "node removed",
            PutEdge => "edge put",
            RemoveEdge => "edge removed",
            _ => "account put",
        })
        .Select(g => g.Count() == 1 ? g.Key : $"{g.Count()} {g.Key.Replace(" ", "s ", StringComparison.Ordinal)}"));
}

public sealed record MapChange(string Summary, IReadOnlyList<ChangeOp> Ops);

/// <summary>One step of a change; "op" names it, as in the store's own ops.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(PutNodeChange), "putNode")]
[JsonDerivedType(typeof(RemoveNodeChange), "removeNode")]
[JsonDerivedType(typeof(PutEdgeChange), "putEdge")]
[JsonDerivedType(typeof(RemoveEdgeChange), "removeEdge")]
[JsonDerivedType(typeof(PutAccountChange), "putAccount")]
public abstract record ChangeOp;

public sealed record PutNodeChange(NodeDto Node) : ChangeOp;

public sealed record RemoveNodeChange(string Id) : ChangeOp;

public sealed record PutEdgeChange(EdgeDto Edge) : ChangeOp;

public sealed record RemoveEdgeChange(string Id) : ChangeOp;

public sealed record PutAccountChange(AccountDto Account) : ChangeOp;

/// <summary>The account and its map are gone: viewers leave the page.</summary>
public sealed record AccountDeleted(string AccountId) : LiveEvent(AccountId);

/// <summary>
/// Someone's access to the account changed (added to its team, role changed, removed, disabled): every
/// instance forgets what it knew of them, their open pages check again, and their hub connections
/// leave the account's group when they may no longer see it.
/// </summary>
public sealed record AccessChanged(string AccountId, string UserId) : LiveEvent(AccountId);

/// <summary>A viewer is dragging a card (throttled, not stored; the drop arrives as MapChanged).</summary>
public sealed record NodeDragging(string AccountId, string ViewerId, string NodeId, double X, double Y) : LiveEvent(AccountId);

/// <summary>A viewer joined, changed selection, is still there (heartbeat) or left.</summary>
public sealed record Presence(string AccountId, Viewer Viewer, bool Left) : LiveEvent(AccountId);

/// <summary>Someone looking at a map: a display name and colour, and what they have selected.</summary>
public sealed record Viewer(string Id, string Name, string Colour, string? SelectedId, DateTimeOffset Seen);

/// <summary>The hub's message names, for servers and clients alike: each event's own name.</summary>
public static class HubNames
{
    public const string MapChanged = nameof(Live.MapChanged);
    public const string AccountDeleted = nameof(Live.AccountDeleted);
    public const string NodeDragging = nameof(Live.NodeDragging);
    public const string Presence = nameof(Live.Presence);
    /// <summary>Sent to a connection whose user may no longer see the account: it has left the account's group.</summary>
    public const string AccessRevoked = "AccessRevoked";
}

using System.Text.Json.Serialization;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Api;

namespace SalesOps.Web.Live;

// What hub clients receive. Nodes, edges and the account are the map API's own DTOs, so a client
// merges a change into a map it loaded from GET /api/accounts/{id}/map without a second model.

/// <summary>"MapChanged": the account's map is now at <paramref name="Version"/> because of <paramref name="Change"/>.</summary>
public sealed record MapChangedMessage(string AccountId, long Version, MapChange Change)
{
    /// <summary>
    /// Builds the message for a commit. <paramref name="functionOf"/> answers a person's function
    /// after the commit (the commit alone only says so when its WORKS_IN edge changed).
    /// </summary>
    public static MapChangedMessage From(Commit commit, Func<string, string?> functionOf)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(functionOf);
        var ops = commit.Ops.Select(op => op switch
        {
            PutNode n => new PutNodeChange(NodeDto.From(n.Node, functionOf(n.Node.Id))),
            PutEdge e => new PutEdgeChange(EdgeDto.Of(e.Edge)),
            RemoveNode n => new RemoveNodeChange(n.NodeId),
            RemoveEdge e => new RemoveEdgeChange(e.EdgeId),
            PutAccount a => (ChangeOp)new PutAccountChange(AccountDto.From(a.Account)),
            _ => throw new NotSupportedException($"No hub message for the op {op.GetType().Name}."),
        }).ToList();
        return new MapChangedMessage(commit.AccountId, commit.Version, new MapChange(Summarise(commit.Ops), ops));
    }

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

/// <summary>"AccountDeleted": the account and its map are gone; leave the page.</summary>
public sealed record AccountDeletedMessage(string AccountId);

/// <summary>"NodeDragging": someone is dragging a card (not stored; the drop arrives as MapChanged).</summary>
public sealed record NodeDraggingMessage(string AccountId, string ViewerId, string NodeId, double X, double Y);

/// <summary>"Presence": a viewer joined, moved their selection, is still there, or left.</summary>
public sealed record PresenceMessage(string AccountId, Viewer Viewer, bool Left);

/// <summary>The hub's method and message names, for servers and clients alike.</summary>
public static class HubNames
{
    public const string MapChanged = "MapChanged";
    public const string AccountDeleted = "AccountDeleted";
    public const string NodeDragging = "NodeDragging";
    public const string Presence = "Presence";
}

using System.Text.Json.Serialization;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Live;

/// <summary>
/// What travels between viewers of a map: committed changes, and the ephemeral things that are
/// never stored (a card being dragged, who is looking and what they selected). Serialisable so a
/// bus can carry them between app instances.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event")]
[JsonDerivedType(typeof(Committed), "committed")]
[JsonDerivedType(typeof(AccountGone), "accountGone")]
[JsonDerivedType(typeof(NodeDragging), "nodeDragging")]
[JsonDerivedType(typeof(PresenceChanged), "presence")]
public abstract record LiveEvent(string AccountId);

/// <summary>A change was committed to the account's map (the account's own fields included).</summary>
public sealed record Committed(Commit Commit) : LiveEvent(Commit.AccountId);

/// <summary>The account was deleted: viewers leave its map.</summary>
public sealed record AccountGone(string AccountId) : LiveEvent(AccountId);

/// <summary>A viewer is dragging a card (throttled, not stored; the drag end is a commit).</summary>
public sealed record NodeDragging(string AccountId, string ViewerId, string NodeId, double X, double Y) : LiveEvent(AccountId);

/// <summary>A viewer joined, changed selection, is still there (heartbeat) or left.</summary>
public sealed record PresenceChanged(string AccountId, Viewer Viewer, bool Left) : LiveEvent(AccountId);

/// <summary>Someone looking at a map: a display name and colour until sign-in exists.</summary>
public sealed record Viewer(string Id, string Name, string Colour, string? SelectedId, DateTimeOffset Seen);

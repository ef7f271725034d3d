using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

public enum Reverted { Removed, BroughtBack, FieldsRestored }

/// <summary>Why part of a commit was not put back.</summary>
public enum SkipWhy
{
    /// <summary>Someone changed the field (or the element) after the commit: theirs stays.</summary>
    ChangedSince,
    /// <summary>The element is no longer on the map.</summary>
    Gone,
    /// <summary>Something was connected to a node the commit added: removing it would take that along.</summary>
    ConnectedSince,
    /// <summary>A node or edge of that id is on the map again.</summary>
    AlreadyThere,
    /// <summary>A relationship's other end is no longer on the map.</summary>
    EndGone,
    /// <summary>Today's map refuses it (a second manager, a cycle, a second function): the rule's words in Detail.</summary>
    Refused,
}

public sealed record RevertDone(string ElementId, Reverted What, IReadOnlyList<string> Fields);

public sealed record RevertSkip(string ElementId, SkipWhy Why, string? Field = null, object? Now = null, string? Detail = null)
{
    /// <summary>The version that last changed the element (ChangedSince), and who made it, once looked up.</summary>
    public long? SinceVersion { get; init; }
    public string? SinceBy { get; init; }
}

/// <summary>What reverting (part of) a commit does to today's map, and what it leaves, with the names to tell it.</summary>
public sealed record RevertPlan(long Version, IReadOnlyList<MapOp> Ops, IReadOnlyList<RevertDone> Done, IReadOnlyList<RevertSkip> Skipped, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The relationships the plan mentions, by id, to tell them by their ends.</summary>
    public IReadOnlyDictionary<string, Edge> Relationships { get; init; } = new Dictionary<string, Edge>(StringComparer.Ordinal);

    public bool Nothing => Ops.Count == 0;

    public string Name(string? id) => id is null ? "" : Names.GetValueOrDefault(id) ?? id;
}

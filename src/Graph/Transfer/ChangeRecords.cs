using System.Text.Json.Serialization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Transfer;

/// <summary>
/// One commit of an account's change log in the export document (formatVersion 2): its version, when and
/// by whom, what kind, and its ops with the elements in their document shape (no version stamps). The
/// elements as they were before each commit are not written: an import recomputes them by replaying.
/// </summary>
public sealed record ChangeRecord
{
    [JsonRequired]
    public long Version { get; init; }

    [JsonRequired]
    public DateTimeOffset At { get; init; }

    [JsonRequired]
    public AuthorRecord By { get; init; } = null!;

    public ChangeKind Kind { get; init; }

    /// <summary>The version an undo or a restore answers.</summary>
    public long? Of { get; init; }

    [JsonRequired]
    public IReadOnlyList<OpRecord> Ops { get; init; } = [];

    public static ChangeRecord From(Commit c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var by = c.By ?? Author.Machine;
        return new()
        {
            Version = c.Version, At = c.At, By = new AuthorRecord { UserId = by.UserId, Name = by.Name }, Kind = by.Kind, Of = by.Of,
            Ops = [.. c.Ops.Select(OpRecord.Of)],
        };
    }
}

public sealed record AuthorRecord
{
    public string? UserId { get; init; }

    [JsonRequired]
    public string Name { get; init; } = "";
}

/// <summary>An op of a commit; "op" names it as in the live feed.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(PutAccountRecord), "putAccount")]
[JsonDerivedType(typeof(PutNodeRecord), "putNode")]
[JsonDerivedType(typeof(RemoveNodeRecord), "removeNode")]
[JsonDerivedType(typeof(PutEdgeRecord), "putEdge")]
[JsonDerivedType(typeof(RemoveEdgeRecord), "removeEdge")]
public abstract record OpRecord
{
    public static OpRecord Of(MapOp op) => op switch
    {
        PutAccount a => new PutAccountRecord { Account = AccountRecord.Of(a.Account) },
        PutNode n => new PutNodeRecord { Node = NodeRecord.Of(n.Node) },
        RemoveNode n => new RemoveNodeRecord { Id = n.NodeId },
        PutEdge e => new PutEdgeRecord { Edge = EdgeRecord.Of(e.Edge) },
        RemoveEdge e => new RemoveEdgeRecord { Id = e.EdgeId },
        _ => throw new NotSupportedException($"No document shape for the op {op?.GetType().Name}."),
    };
}

public sealed record PutAccountRecord : OpRecord
{
    [JsonRequired]
    public AccountRecord Account { get; init; } = null!;
}

public sealed record PutNodeRecord : OpRecord
{
    [JsonRequired]
    public NodeRecord Node { get; init; } = null!;
}

public sealed record RemoveNodeRecord : OpRecord
{
    [JsonRequired]
    public string Id { get; init; } = "";
}

public sealed record PutEdgeRecord : OpRecord
{
    [JsonRequired]
    public EdgeRecord Edge { get; init; } = null!;
}

public sealed record RemoveEdgeRecord : OpRecord
{
    [JsonRequired]
    public string Id { get; init; } = "";
}

using System.Text.Json.Serialization;

namespace SalesOps.Graph.Model;

/// <summary>
/// The primitive writes a store knows. Rules decide them against a snapshot; the store applies
/// them in one transaction and stamps every written element with the new account version.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(PutAccount), "putAccount")]
[JsonDerivedType(typeof(PutNode), "putNode")]
[JsonDerivedType(typeof(RemoveNode), "removeNode")]
[JsonDerivedType(typeof(PutEdge), "putEdge")]
[JsonDerivedType(typeof(RemoveEdge), "removeEdge")]
public abstract record MapOp;

public sealed record PutAccount(Account Account) : MapOp;

public sealed record PutNode(Node Node) : MapOp;

public sealed record RemoveNode(string NodeId) : MapOp;

public sealed record PutEdge(Edge Edge) : MapOp;

public sealed record RemoveEdge(string EdgeId) : MapOp;

/// <summary>A committed change and the map right after it, as the store wrote it.</summary>
public sealed record MapResult(Commit Commit, AccountMap Map)
{
    public long Version => Commit.Version;
}

/// <summary>What a committed change did: the new version and the ops as written (stamped).</summary>
public sealed record Commit(string AccountId, long Version, IReadOnlyList<MapOp> Ops)
{
    public int Count<T>() where T : MapOp => Ops.OfType<T>().Count();

    public static IReadOnlyList<MapOp> Stamp(IReadOnlyList<MapOp> ops, long version) =>
        [.. ops.Select(op => op switch
        {
            PutAccount a => new PutAccount(a.Account with { Version = version }),
            PutNode n => new PutNode(n.Node with { Version = version }),
            PutEdge e => new PutEdge(e.Edge with { Version = version }),
            _ => op,
        })];
}

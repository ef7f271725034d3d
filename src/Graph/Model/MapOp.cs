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

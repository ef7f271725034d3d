using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// Replacing an account (an import with replace, a training reset) is one BEGIN IMMEDIATE transaction:
/// the old account goes (its map, team and documents by the foreign keys) and the new one is written at
/// version 1. A failure or a crash before the commit leaves the old account as it was.
/// </summary>
public sealed partial class SqliteStore
{
    public Task<MapResult> ReplaceAccountAsync(AccountMap map, CancellationToken ct) => GuardAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(map);
        var id = map.Account.Id;
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        await using (var delete = c.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM accounts WHERE id = $id";
            delete.Parameters.AddWithValue("$id", id);
            await delete.ExecuteNonQueryAsync(ct);
        }
        IReadOnlyList<MapOp> ops = [new PutAccount(map.Account), .. map.Nodes.Select(n => new PutNode(n)), .. map.Edges.Select(e => new PutEdge(e))];
        var commit = new Commit(id, 1, Commit.Stamp(ops, 1));
        await WriteAsync(c, tx, id, commit.Ops, ct);
        await tx.CommitAsync(ct);
        return new MapResult(commit, AccountMap.Empty(id).Apply(commit));
    });
}

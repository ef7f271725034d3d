using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>
/// Replacing an account (an import with replace, a training reset) is one BEGIN IMMEDIATE transaction:
/// the old account goes (its map, team, documents, change log and checkpoints by the foreign keys), as a
/// delete takes it, and the new one is written as a create writes it — at version 1 with its first commit
/// in the log, or with an imported log (<see cref="IHistoryStore.ReplaceWithHistoryAsync"/>). A failure or a
/// crash before the commit leaves the old account as it was, log and all.
/// </summary>
public sealed partial class SqliteStore
{
    /// <param name="log">An imported history, or null: then the new account's log is its creating commit by <paramref name="by"/>.</param>
    private async Task<MapResult> ReplaceCoreAsync(AccountMap map, IReadOnlyList<Commit>? log, Author by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(by);
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
        MapResult result;
        if (log is null) result = await WriteCreatedAsync(c, tx, map, by, ct);
        else
        {
            await WriteWithHistoryAsync(c, tx, map, log, ct);
            result = new MapResult(Commit.Whole(map, map.Version, Author.Machine, default, stamp: false), map);
        }
        await tx.CommitAsync(ct);
        return result;
    }
}

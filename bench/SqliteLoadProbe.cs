using System.Globalization;
using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;

namespace SalesOps.Benchmarks;

/// <summary>
/// Not the store: a yardstick. It writes the same rows into the same schema (created by the real store) in one
/// transaction through ADO.NET, with one prepared command per table whose parameters are reused and bound by
/// name, and no change log. The store binds a new account's rows by position instead (<c>SqliteStatement</c>).
/// Positions, plan details and the account's history are left out (empty for nearly all rows).
/// </summary>
internal static class SqliteLoadProbe
{
    public static async Task WriteAsync(string path, AccountMap map)
    {
        await using var c = new SqliteConnection($"Data Source={path};Foreign Keys=True");
        await c.OpenAsync();
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
        await using (var account = c.CreateCommand())
        {
            account.Transaction = tx;
            account.CommandText = "INSERT INTO accounts (id, name, position, version) VALUES ($id, $name, $position, 1)";
            account.Parameters.AddWithValue("$id", map.Account.Id);
            account.Parameters.AddWithValue("$name", map.Account.Name);
            account.Parameters.AddWithValue("$position", map.Account.Position.ToString());
            await account.ExecuteNonQueryAsync();
        }
        await using var node = Prepared(c, tx, "INSERT INTO nodes (account_id, id, kind, name, title, level, roles, stance, influence, involvement, team_role, email, phone, concerns, version) " +
            "VALUES ($a, $id, $kind, $name, $title, $level, $roles, $stance, $influence, $involvement, $teamRole, $email, $phone, $concerns, 1)",
            "$a", "$id", "$kind", "$name", "$title", "$level", "$roles", "$stance", "$influence", "$involvement", "$teamRole", "$email", "$phone", "$concerns");
        foreach (var n in map.Nodes)
        {
            Set(node, map.Account.Id, n.Id, n.Kind.ToString(), n.Name, n.Title, n.Level?.ToString(), string.Join(',', n.Roles), n.Stance?.ToString(),
                n.Influence?.ToString(), n.Involvement?.ToString(), n.TeamRole?.ToString(), n.Email, n.Phone, n.Concerns);
            await node.ExecuteNonQueryAsync();
        }
        await using var edge = Prepared(c, tx, "INSERT INTO edges (account_id, id, type, from_id, to_id, strength, dotted, note, status, cadence_days, last_contact, goal, version) " +
            "VALUES ($a, $id, $type, $from, $to, $strength, $dotted, $note, $status, $cadence, $last, $goal, 1)",
            "$a", "$id", "$type", "$from", "$to", "$strength", "$dotted", "$note", "$status", "$cadence", "$last", "$goal");
        foreach (var e in map.Edges)
        {
            Set(edge, map.Account.Id, e.Id, e.Type.ToString(), e.From, e.To, e.Strength, e.Dotted, e.Note, e.Status?.ToString(), e.CadenceDays,
                e.LastContact?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Goal);
            await edge.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private static SqliteCommand Prepared(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var name in names) cmd.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        cmd.Prepare();
        return cmd;
    }

    private static void Set(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}

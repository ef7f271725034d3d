using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Sqlite;

/// <summary>Documents kept with an account (migration 4), deleted with it by the foreign key.</summary>
public sealed partial class SqliteStore : IDocumentStore
{
    private const string DocumentColumns = "account_id, kind, name, json, saved_by, saved_at";

    public Task<IReadOnlyList<AccountDocument>> DocumentsAsync(string accountId, string kind, CancellationToken ct) =>
        QueryAsync($"SELECT {DocumentColumns} FROM account_documents WHERE account_id = $account AND kind = $kind ORDER BY name",
            ReadDocument, ct, ("$account", accountId), ("$kind", kind));

    public async Task<AccountDocument?> DocumentAsync(string accountId, string kind, string name, CancellationToken ct) =>
        (await QueryAsync($"SELECT {DocumentColumns} FROM account_documents WHERE account_id = $account AND kind = $kind AND name = $name",
            ReadDocument, ct, ("$account", accountId), ("$kind", kind), ("$name", name))).SingleOrDefault();

    private async Task SaveDocumentCoreAsync(AccountDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var c = await OpenAsync(ct);
        await using var tx = c.BeginTransaction(deferred: false);
        await RequireAsync(c, tx, "SELECT 1 FROM accounts WHERE id = $id", document.AccountId, Errors.Say("Account.NotFound", document.AccountId), ct);
        await using var cmd = Command(c, tx, $"""
            INSERT INTO account_documents ({DocumentColumns}) VALUES ($account, $kind, $name, $json, $by, $at)
            ON CONFLICT (account_id, kind, name) DO UPDATE SET json = excluded.json, saved_by = excluded.saved_by, saved_at = excluded.saved_at
            """);
        cmd.Parameters.AddWithValue("$account", document.AccountId);
        cmd.Parameters.AddWithValue("$kind", document.Kind);
        cmd.Parameters.AddWithValue("$name", document.Name);
        cmd.Parameters.AddWithValue("$json", document.Json);
        cmd.Parameters.AddWithValue("$by", (object?)document.SavedBy ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$at", StoredAccess.Time(document.SavedAt));
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<bool> DeleteDocumentCoreAsync(string accountId, string kind, string name, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var cmd = Command(c, null, "DELETE FROM account_documents WHERE account_id = $account AND kind = $kind AND name = $name");
        cmd.Parameters.AddWithValue("$account", accountId);
        cmd.Parameters.AddWithValue("$kind", kind);
        cmd.Parameters.AddWithValue("$name", name);
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    private static AccountDocument ReadDocument(SqliteRow r) => new()
    {
        AccountId = r.Text("account_id")!, Kind = r.Text("kind")!, Name = r.Text("name")!, Json = r.Text("json")!,
        SavedBy = r.Text("saved_by"), SavedAt = StoredAccess.ParseTime(r.Text("saved_at")!),
    };
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>Documents kept with an account: (:Account)-[:HAS_DOCUMENT]->(:AccountDocument), deleted with the account.</summary>
public sealed partial class Neo4jStore : IDocumentStore
{
    public async Task<IReadOnlyList<AccountDocument>> DocumentsAsync(string accountId, string kind, CancellationToken ct) =>
        [.. (await AccessAsync(AccessCypher.Documents, ct, ("account", accountId), ("kind", kind))).Select(ReadDocument)];

    public async Task<AccountDocument?> DocumentAsync(string accountId, string kind, string name, CancellationToken ct) =>
        (await AccessAsync(AccessCypher.Document, ct, ("account", accountId), ("kind", kind), ("name", name))).Select(ReadDocument).SingleOrDefault();

    public async Task SaveDocumentAsync(AccountDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["accountId"] = document.AccountId, ["kind"] = document.Kind, ["name"] = document.Name, ["json"] = document.Json,
            ["savedBy"] = document.SavedBy, ["savedAt"] = StoredAccess.Time(document.SavedAt),
        };
        var rows = await AccessAsync(AccessCypher.SaveDocument, ct, ("account", document.AccountId), ("kind", document.Kind), ("name", document.Name), ("props", props));
        if (!Saved(rows)) throw GraphException.NotFound(Errors.Say("Account.NotFound", document.AccountId));
    }

    public async Task<bool> DeleteDocumentAsync(string accountId, string kind, string name, CancellationToken ct) =>
        Neo4jRows.Long((await AccessAsync(AccessCypher.DeleteDocument, ct, ("account", accountId), ("kind", kind), ("name", name)))[0], "deleted") > 0;

    private static AccountDocument ReadDocument(IReadOnlyDictionary<string, object?> row)
    {
        var d = Neo4jRows.Map(row, "document");
        return new AccountDocument
        {
            AccountId = (string)d["accountId"]!, Kind = (string)d["kind"]!, Name = (string)d["name"]!, Json = (string)d["json"]!,
            SavedBy = d.GetValueOrDefault("savedBy") as string, SavedAt = StoredAccess.ParseTime((string)d["savedAt"]!),
        };
    }
}

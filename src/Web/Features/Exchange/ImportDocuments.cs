using System.Text.Json;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Contracts;

namespace SalesOps.Web.Features.Exchange;

/// <summary>
/// What is needed to undo an account's last contacts import: its commit as written, and the elements it
/// touched as they were before it (the rest of the map plays no part in <see cref="ImportUndo"/>).
/// </summary>
public sealed record ImportRecord
{
    public required long Version { get; init; }
    public required DateTimeOffset At { get; init; }
    public string? By { get; init; }
    public string? FileName { get; init; }
    public int NewPeople { get; init; }
    public int UpdatedPeople { get; init; }
    public required IReadOnlyList<MapOp> Ops { get; init; }
    public required Account AccountBefore { get; init; }
    public IReadOnlyList<Node> NodesBefore { get; init; } = [];
    public IReadOnlyList<Edge> EdgesBefore { get; init; } = [];

    public Commit Commit(string accountId) => new(accountId, Version, Ops);

    public AccountMap Before() => new(AccountBefore, NodesBefore, EdgesBefore);

    /// <summary>The record of a commit written on <paramref name="before"/>: the touched elements that existed then.</summary>
    public static ImportRecord Of(AccountMap before, Commit commit, DateTimeOffset at, string? by, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(commit);
        var nodeIds = commit.Ops.Select(op => op switch { PutNode p => p.Node.Id, RemoveNode r => r.NodeId, _ => null }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var edgeIds = commit.Ops.Select(op => op switch { PutEdge p => p.Edge.Id, RemoveEdge r => r.EdgeId, _ => null }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var people = commit.Ops.OfType<PutNode>().Where(p => p.Node.Kind == NodeKind.Person).ToList();
        return new ImportRecord
        {
            Version = commit.Version, At = at, By = by, FileName = fileName, Ops = commit.Ops, AccountBefore = before.Account,
            NodesBefore = [.. before.Nodes.Where(n => nodeIds.Contains(n.Id))],
            EdgesBefore = [.. before.Edges.Where(e => edgeIds.Contains(e.Id))],
            NewPeople = people.Count(p => before.Find(p.Node.Id) is null),
            UpdatedPeople = people.Count(p => before.Find(p.Node.Id) is not null),
        };
    }
}

/// <summary>
/// The documents a contacts import keeps with an account (IDocumentStore): the columns mapped by hand
/// (kind "csv-mapping"), remembered so the next file from the same CRM maps itself, and the record of
/// the last import (kind "csv-import") so it can be undone from the page, the API or the command line.
/// </summary>
public static class ImportDocuments
{
    public const string MappingKind = "csv-mapping", RecordKind = "csv-import", Contacts = "contacts", Last = "last";

    private sealed record StoredMapping(IReadOnlyDictionary<string, ContactField> Fields);

    public static async Task<ColumnMapping> MappingAsync(IDocumentStore documents, string accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (await documents.DocumentAsync(accountId, MappingKind, Contacts, ct) is not { } doc) return ColumnMapping.None;
        var stored = JsonSerializer.Deserialize<StoredMapping>(doc.Json, Json.Options);
        return stored is null ? ColumnMapping.None : new ColumnMapping { Fields = stored.Fields };
    }

    public static Task SaveMappingAsync(IDocumentStore documents, string accountId, ColumnMapping mapping, string? by, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(mapping);
        return documents.SaveDocumentAsync(new AccountDocument
        {
            AccountId = accountId, Kind = MappingKind, Name = Contacts, SavedBy = by, SavedAt = at,
            Json = JsonSerializer.Serialize(new StoredMapping(mapping.Fields), Json.Options),
        }, ct);
    }

    /// <summary>
    /// The user's choices laid over the remembered ones. Headers compare as the import compares them
    /// (case, accents and spaces aside), so a choice replaces the remembered one for the same column.
    /// </summary>
    public static ColumnMapping Merge(ColumnMapping remembered, ColumnMapping? chosen)
    {
        ArgumentNullException.ThrowIfNull(remembered);
        if (chosen is null || chosen.Fields.Count == 0) return remembered;
        var keys = chosen.Fields.Keys.Select(HeaderAliases.Key).ToHashSet(StringComparer.Ordinal);
        var kept = remembered.Fields.Where(f => !keys.Contains(HeaderAliases.Key(f.Key))).Select(f => (f.Key, f.Value));
        return ColumnMapping.Of([.. kept, .. chosen.Fields.Select(f => (f.Key, f.Value))]);
    }

    public static async Task<ImportRecord?> LastAsync(IDocumentStore documents, string accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return await documents.DocumentAsync(accountId, RecordKind, Last, ct) is { } doc ? JsonSerializer.Deserialize<ImportRecord>(doc.Json, Json.Options) : null;
    }

    public static Task SaveLastAsync(IDocumentStore documents, string accountId, ImportRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(record);
        return documents.SaveDocumentAsync(new AccountDocument
        {
            AccountId = accountId, Kind = RecordKind, Name = Last, SavedBy = record.By, SavedAt = record.At,
            Json = JsonSerializer.Serialize(record, Json.Options),
        }, ct);
    }

    public static Task<bool> ForgetLastAsync(IDocumentStore documents, string accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.DeleteDocumentAsync(accountId, RecordKind, Last, ct);
    }
}

using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Exchange;

/// <summary>
/// What importing a contacts file would do, writing nothing. <paramref name="Mapping"/> holds the
/// caller's choices for this file; they are laid over the ones remembered for the account.
/// </summary>
public sealed record PreviewContactImport(string AccountId, byte[] File, ColumnMapping? Mapping = null, ImportOptions? Options = null)
    : IQuery<ImportPreview>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>
/// Imports a contacts file as one commit, exactly as previewed at <paramref name="BaseVersion"/> (null:
/// as the map is now). A file with errors, or one that changes nothing, writes nothing.
/// </summary>
public sealed record ImportContacts(string AccountId, byte[] File, ColumnMapping? Mapping = null, ImportOptions? Options = null,
    long? BaseVersion = null, string? FileName = null) : ICommand<ImportOutcome>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>Undoes the account's last contacts import as one more commit.</summary>
public sealed record UndoContactImport(string AccountId) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>The account's last contacts import that can still be undone, or null.</summary>
public sealed record GetLastContactImport(string AccountId) : IQuery<ImportRecord?>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>The preview the import was decided on, and what was written (null: nothing, see the preview's errors).</summary>
public sealed record ImportOutcome(ImportPreview Preview, ImportRecord? Imported);

public sealed class ContactImportHandlers(IGraphStore store, IDocumentStore documents, MapWriter writer, CurrentUser currentUser,
    TimeProvider clock, ILogger<ContactImportHandlers> log, IStringLocalizer<Text> text) :
    IQueryHandler<PreviewContactImport, ImportPreview>,
    ICommandHandler<ImportContacts, ImportOutcome>,
    ICommandHandler<UndoContactImport, MapResult>,
    IQueryHandler<GetLastContactImport, ImportRecord?>
{
    public async ValueTask<ImportPreview> Handle(PreviewContactImport q, CancellationToken ct)
    {
        var map = (await store.GetMapAsync(q.AccountId, ct)).OrNotFound(q.AccountId);
        var mapping = ImportDocuments.Merge(await ImportDocuments.MappingAsync(documents, q.AccountId, ct), q.Mapping);
        return ContactImport.Preview(map, q.File, mapping, q.Options);
    }

    public async ValueTask<ImportOutcome> Handle(ImportContacts c, CancellationToken ct)
    {
        var map = (await store.GetMapAsync(c.AccountId, ct)).OrNotFound(c.AccountId);
        if (c.BaseVersion is { } seen && seen != map.Version)
            throw GraphException.Conflict(text["Error.Contacts.Stale", map.Account.Name, map.Version, seen]);
        var mapping = ImportDocuments.Merge(await ImportDocuments.MappingAsync(documents, c.AccountId, ct), c.Mapping);
        var preview = ContactImport.Preview(map, c.File, mapping, c.Options);
        if (!preview.CanCommit) return new ImportOutcome(preview, null);

        AccountMap? before = null;
        var result = await writer.WriteAsync(c.AccountId, current =>
        {
            before = current;
            // Without a version seen, "as the map is now" means now, under the lock: a write since the read above is no conflict.
            return ContactImport.Decide(current, c.File, mapping, c.Options, c.BaseVersion ?? current.Version);
        }, ct);

        var by = (await currentUser.GetAsync()).UserId;
        var record = ImportRecord.Of(before!, result.Commit, clock.GetUtcNow(), by, c.FileName);
        try
        {
            await ImportDocuments.SaveLastAsync(documents, c.AccountId, record, ct);
            if (c.Mapping is { Fields.Count: > 0 }) await ImportDocuments.SaveMappingAsync(documents, c.AccountId, mapping, by, record.At, ct);
        }
        catch (GraphException ex)
        {
            // The import is committed; only its undo record or the remembered columns are missing.
            log.LogError(ex, "Imported contacts into {Account} (version {Version}) but could not keep the undo record or mapping", c.AccountId, result.Version);
        }
        return new ImportOutcome(preview, record);
    }

    public async ValueTask<MapResult> Handle(UndoContactImport c, CancellationToken ct)
    {
        var record = await ImportDocuments.LastAsync(documents, c.AccountId, ct)
            ?? throw GraphException.NotFound(text["Error.Contacts.NoUndo"]);
        var result = await writer.WriteAsync(c.AccountId, current => ImportUndo.Ops(record.Before(), record.Commit(c.AccountId), current), ct);
        await ImportDocuments.ForgetLastAsync(documents, c.AccountId, ct);
        return result;
    }

    public async ValueTask<ImportRecord?> Handle(GetLastContactImport q, CancellationToken ct) =>
        await ImportDocuments.LastAsync(documents, q.AccountId, ct);
}

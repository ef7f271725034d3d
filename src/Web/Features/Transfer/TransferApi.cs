using System.Text;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Transfer;

/// <summary>One account or all of them as the export document (accountId null: all).</summary>
public sealed record ExportAccounts(string? AccountId) : IQuery<ExportDocument>, IDoor
{
    public Need Need => AccountId is null ? Need.AtLeast(AppRole.Admin) : Need.Own(AccountId);
}

/// <summary>One account or all of them as a plain Cypher script for a Neo4j of one's own.</summary>
public sealed record ExportCypher(string? AccountId) : IQuery<string>, IDoor
{
    public Need Need => AccountId is null ? Need.AtLeast(AppRole.Admin) : Need.Own(AccountId);
}

/// <summary>Writes a document's accounts; an existing account id is a Conflict unless Replace.</summary>
public sealed record ImportAccounts(ExportDocument Document, bool Replace) : ICommand<ImportResult>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Admin);
}

public sealed class TransferHandlers(IGraphStore store, ILiveBus bus, TimeProvider clock, CurrentUser current) :
    IQueryHandler<ExportAccounts, ExportDocument>,
    IQueryHandler<ExportCypher, string>,
    ICommandHandler<ImportAccounts, ImportResult>
{
    public async ValueTask<ExportDocument> Handle(ExportAccounts q, CancellationToken ct) =>
        await Exporter.ExportAsync(store, q.AccountId, ct);

    public async ValueTask<string> Handle(ExportCypher q, CancellationToken ct) =>
        await Exporter.ExportCypherAsync(store, q.AccountId, ct);

    public async ValueTask<ImportResult> Handle(ImportAccounts c, CancellationToken ct)
    {
        // Accounts without a change log in the document start one with the importer as the author.
        var result = await Importer.ImportAsync(store, c.Document, c.Replace, clock.Today(), (await current.GetAsync()).Author(), clock.GetUtcNow(), ct);
        // Open maps of a replaced account show a map that no longer exists: tell them, as a delete does.
        foreach (var id in result.Replaced) await bus.PublishAsync(new AccountDeleted(id), CancellationToken.None);
        return result;
    }
}

/// <summary>What POST /api/import answers: the ids written, and which of them replaced an account.</summary>
public sealed record ImportedDto(IReadOnlyList<string> Imported, IReadOnlyList<string> Replaced);

public static class TransferApi
{
    public static void MapTransferApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Transfer");

        api.MapGet("/export", async (string? account, IMediator m, CancellationToken ct) =>
            TypedResults.File(TransferJson.Write(await m.Send(new ExportAccounts(Blank(account)), ct)), "application/json", FileName(account, "json")))
            .WithSummary("Every account (or ?account=id) as a salesops.export document, formatVersion 2: the maps and their change logs.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);

        api.MapGet("/export/cypher", async (string? account, IMediator m, CancellationToken ct) =>
            TypedResults.File(Encoding.UTF8.GetBytes(await m.Send(new ExportCypher(Blank(account)), ct)), "text/plain; charset=utf-8", FileName(account, "cypher")))
            .WithSummary("Every account (or ?account=id) as a Cypher script: one CREATE per account and node, one MATCH … CREATE per relationship.")
            .Produces(200, contentType: "text/plain").ProducesProblem(404);

        api.MapPost("/import", async (HttpRequest request, bool? replace, IMediator m, CancellationToken ct) =>
        {
            // The server's own body limit (30 MB) would cut a document off with a bare 413; ours names the limit.
            if (request.ContentLength > Limits.ImportDocumentBytes) throw Limits.DocumentTooLarge();
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
                body.MaxRequestBodySize = Limits.ImportDocumentBytes * 2; // a margin: our count stops the read first
            var document = await TransferJson.ReadAsync(request.Body, ct);
            var result = await m.Send(new ImportAccounts(document, replace ?? false), ct);
            return TypedResults.Ok(new ImportedDto(result.Imported, result.Replaced));
        })
            .WithSummary("Imports a salesops.export document; ?replace=true overwrites accounts with the same id.")
            .Accepts<ExportDocument>("application/json").ProducesProblem(400).ProducesProblem(409).ProducesProblem(413);
    }

    private static string? Blank(string? account) => string.IsNullOrWhiteSpace(account) ? null : account.Trim();

    /// <summary>Reached only after the account was found, so the id is one of ours: plain characters.</summary>
    private static string FileName(string? account, string extension) =>
        Blank(account) is { } id ? $"salesops-{id}.{extension}" : $"salesops-export.{extension}";
}

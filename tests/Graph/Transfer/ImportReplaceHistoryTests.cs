using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Transfer;

/// <summary>An import with replace of a document that brings its change log: the imported history stands in place of the stored one.</summary>
public sealed class ImportReplaceHistoryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Replacing_with_a_document_that_brings_its_log_keeps_the_imported_versions_and_authors_and_drops_the_stored_log()
    {
        var source = await _dir.NewSqliteStoreAsync("source.db");
        await source.CreateAccountAsync(Maps.Sample(), new Author("u-ana", "Ana Ruiz"), default);
        await source.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-luis", 5, 5), new Author("u-jordi", "Jordi Puig"), default);
        await source.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 6, 6), new Author("u-jordi", "Jordi Puig"), default);
        var exported = await TransferData.ExportAsync(source);
        var target = await _dir.NewSqliteStoreAsync("target.db");
        await target.CreateAccountAsync(Maps.Sample(), default);
        await target.ChangeAsync("acc-sample", m => NodeRules.Move(m, "c-ana", 1, 1), default);

        var result = await TransferData.ImportAsync(target, exported, replace: true);

        result.Replaced.ShouldBe(["acc-sample"]);
        var log = await target.ChangesAsync("acc-sample", new ChangeQuery { Oldest = true }, default);
        log.Select(c => (c.Version, c.By!.Name, c.Kind)).ShouldBe(
            [(1, "Ana Ruiz", ChangeKind.Create), (2, "Jordi Puig", ChangeKind.Edit), (3, "Jordi Puig", ChangeKind.Edit)]);
        var map = (await target.GetMapAsync("acc-sample", default))!;
        Maps.Json(map).ShouldBe(Maps.Json((await source.GetMapAsync("acc-sample", default))!));
        Maps.Json(MapReplay.Of("acc-sample", null, log)).ShouldBe(Maps.Json(map));
    }

    public void Dispose() => _dir.Dispose();
}

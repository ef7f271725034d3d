using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

// Documents kept with an account (IDocumentStore), on every store.
public abstract partial class AccessContract
{
    private static AccountDocument Doc(string accountId, string name, string json, string kind = "sketch") =>
        new() { AccountId = accountId, Kind = kind, Name = name, Json = json, SavedBy = "u-maria", SavedAt = Now };

    [StoreFact]
    public async Task Documents_are_kept_per_account_and_kind_replaced_by_name_and_deleted()
    {
        var (maps, _) = await StoresAsync();
        var docs = maps.ShouldBeAssignableTo<IDocumentStore>()!;
        await maps.CreateAccountAsync(Maps.Sample(), default);
        await maps.CreateAccountAsync(new AccountMap(new Account { Id = "acc-b", Name = "Bare AG" }, [], []), default);

        await docs.SaveDocumentAsync(Doc("acc-sample", "What if Luis turned", """{"stances":[]}"""), default);
        await docs.SaveDocumentAsync(Doc("acc-sample", "A first idea", "{}"), default);
        await docs.SaveDocumentAsync(Doc("acc-sample", "Columns", """{"Dept":"department"}""", kind: "csv-mapping"), default);
        await docs.SaveDocumentAsync(Doc("acc-b", "A first idea", """{"other":true}"""), default);
        await docs.SaveDocumentAsync(Doc("acc-sample", "A first idea", """{"talks":[1]}""") with { SavedBy = null }, default);

        var sketches = await docs.DocumentsAsync("acc-sample", "sketch", default);
        sketches.Select(d => d.Name).ShouldBe(["A first idea", "What if Luis turned"]);
        sketches[0].ShouldSatisfyAllConditions(d => d.Json.ShouldBe("""{"talks":[1]}"""), d => d.SavedBy.ShouldBeNull(), d => d.SavedAt.ShouldBe(Now));
        (await docs.DocumentAsync("acc-sample", "csv-mapping", "Columns", default))!.Json.ShouldBe("""{"Dept":"department"}""");
        (await docs.DocumentAsync("acc-b", "sketch", "A first idea", default))!.Json.ShouldBe("""{"other":true}""");
        (await docs.DeleteDocumentAsync("acc-sample", "sketch", "What if Luis turned", default)).ShouldBeTrue();
        (await docs.DeleteDocumentAsync("acc-sample", "sketch", "What if Luis turned", default)).ShouldBeFalse();
        (await docs.DocumentsAsync("acc-sample", "sketch", default)).Count.ShouldBe(1);
    }

    [StoreFact]
    public async Task An_accounts_documents_go_with_it_and_a_missing_account_keeps_none()
    {
        var (maps, _) = await StoresAsync();
        var docs = (IDocumentStore)maps;
        await maps.CreateAccountAsync(Maps.Sample(), default);
        await docs.SaveDocumentAsync(Doc("acc-sample", "Idea", "{}"), default);

        await maps.DeleteAccountAsync("acc-sample", default);
        await maps.CreateAccountAsync(Maps.Sample(), default);

        (await docs.DocumentsAsync("acc-sample", "sketch", default)).ShouldBeEmpty();
        (await Should.ThrowAsync<GraphException>(() => docs.SaveDocumentAsync(Doc("acc-none", "Idea", "{}"), default))).Error.ShouldBe(GraphError.NotFound);
    }
}

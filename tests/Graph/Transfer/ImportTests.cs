using System.Text;
using System.Text.Json.Nodes;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Transfer;

/// <summary>Import into a real SQLite file: a broken document is refused with the reason and writes nothing.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private async Task<IGraphStore> NewStoreAsync() => await _dir.NewSqliteStoreAsync();

    /// <summary>Two accounts (the sample and a renamed copy), as JSON to break in one place.</summary>
    private static JsonNode Document() =>
        JsonNode.Parse(TransferJson.Write(ExportDocument.Of([Maps.Sample(), TransferData.Renamed(Maps.Sample("acc-second"), "-2")])))!;

    private static async Task<GraphException> RefusedAsync(IGraphStore store, JsonNode document, bool replace = false) =>
        await Should.ThrowAsync<GraphException>(() => TransferData.ImportAsync(store, Encoding.UTF8.GetBytes(document.ToJsonString()), replace));

    [Theory]
    [InlineData("formatVersion", "3", "formatVersion 3 is not supported: this version of SalesOps reads formatVersion 1 and 2.")]
    [InlineData("format", "\"something.else\"", "This is not a SalesOps export: \"format\" must be \"salesops.export\" (got \"something.else\").")]
    public async Task A_document_of_another_format_or_version_is_refused(string field, string value, string message)
    {
        var store = await NewStoreAsync();
        var document = Document();
        document[field] = JsonNode.Parse(value);

        var error = await RefusedAsync(store, document);

        (error.Error, error.Message, error.Field).ShouldBe((GraphError.Invalid, message, field));
        (await store.ListAccountsAsync(default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_edge_to_a_missing_node_is_refused_naming_account_and_edge_and_nothing_is_written()
    {
        var store = await NewStoreAsync();
        var document = Document();
        document["accounts"]![1]!["edges"]![1]!["to"] = "p-ghost";

        var error = await RefusedAsync(store, document);

        error.Error.ShouldBe(GraphError.Invalid);
        error.Message.ShouldBe("Account 'acc-second-2', edge 'e-reports-2' (REPORTS_TO p-luis-2 → p-ghost): There is no node 'p-ghost' in the account 'Vidal Packaging S.A.'.");
        error.Field.ShouldBe("accounts[1].edges[1].to");
        (await store.ListAccountsAsync(default)).ShouldBeEmpty(); // the valid first account was not written either
    }

    [Fact]
    public async Task A_self_loop_is_refused()
    {
        var store = await NewStoreAsync();
        var document = Document();
        document["accounts"]![0]!["edges"]![2]!["to"] = "p-luis";

        var error = await RefusedAsync(store, document);

        error.Message.ShouldBe("Account 'acc-sample', edge 'e-influences' (INFLUENCES p-luis → p-luis): An edge cannot join 'Luis Gómez' to itself.");
        (await store.ListAccountsAsync(default)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, "edges", 2, "to", "\"p-maria-2\"", "the node 'p-maria-2' belongs to the account 'acc-second-2'; an edge joins two nodes of its own account.")]
    [InlineData(0, "nodes", 3, "roles", "[\"Signer\"]", "'roles' applies to a Person only, not to a Counterpart.")]
    [InlineData(0, "edges", 0, "strength", "2", "WORKS_IN has no strength.")]
    [InlineData(1, "nodes", 1, "id", "\"p-luis-2\"", "Account 'acc-second-2': the node id 'p-luis-2' appears twice.")]
    [InlineData(1, "nodes", 1, "id", "\"p-maria\"", "The node id 'p-maria' appears in the account 'acc-sample' and in the account 'acc-second-2'")]
    [InlineData(1, "nodes", 1, "stance", "\"Enthusiast\"", "The JSON value could not be converted to Stance")]
    [InlineData(1, "nodes", 1, "nickname", "\"Mari\"", "'nickname' is not a field of a node. (at $.accounts[1].nodes[1].nickname)")]
    [InlineData(1, "nodes", 1, "name", "null", "(at $.accounts[1].nodes[1].name)")]
    [InlineData(1, "nodes", 1, "email", "\"not-an-address\"", "'not-an-address' is not an email address.")]
    public async Task Data_the_rules_refuse_is_refused_with_the_reason(int account, string list, int index, string field, string value, string reason)
    {
        var store = await NewStoreAsync();
        var document = Document();
        document["accounts"]![account]![list]![index]![field] = JsonNode.Parse(value);

        var error = await RefusedAsync(store, document);

        error.Error.ShouldBe(GraphError.Invalid);
        error.Message.ShouldContain(reason);
        (await store.ListAccountsAsync(default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reporting_cycle_and_a_second_solid_manager_are_refused()
    {
        var store = await NewStoreAsync();
        var cycle = Document();
        cycle["accounts"]![0]!["edges"]!.AsArray().Add(JsonNode.Parse("""{ "id": "e-up", "type": "REPORTS_TO", "from": "p-maria", "to": "p-luis", "dotted": true }"""));
        var second = Document();
        second["accounts"]![0]!["nodes"]!.AsArray().Add(JsonNode.Parse("""{ "id": "p-boss", "kind": "Person", "name": "Boss" }"""));
        second["accounts"]![0]!["edges"]!.AsArray().Add(JsonNode.Parse("""{ "id": "e-boss", "type": "REPORTS_TO", "from": "p-luis", "to": "p-boss" }"""));

        (await RefusedAsync(store, cycle)).Message.ShouldContain("'María Vidal' cannot report to 'Luis Gómez'");
        (await RefusedAsync(store, second)).Message.ShouldContain("'Luis Gómez' already reports to 'María Vidal'");
        (await store.ListAccountsAsync(default)).ShouldBeEmpty();
    }

    /// <summary>The plan sample (a meeting, a concern answered by an argument, a history), as JSON to break in one place.</summary>
    private static JsonNode PlanDocument() => JsonNode.Parse(TransferJson.Write(ExportDocument.Of([Maps.SamplePlan()])))!;

    [Fact]
    public async Task An_account_plan_is_imported_field_for_field_with_its_history()
    {
        var store = await NewStoreAsync();

        await TransferData.ImportAsync(store, TransferJson.Write(ExportDocument.Of([Maps.SamplePlan()])));

        var map = (await store.GetMapAsync("acc-plan", default))!;
        var sample = Maps.SamplePlan();
        Maps.Json(map).ShouldBe(Maps.Json(new AccountMap(
            sample.Account with { Version = 1 }, [.. sample.Nodes.Select(n => n with { Version = 1 })], [.. sample.Edges.Select(e => e with { Version = 1 })])));
    }

    [Theory]
    [InlineData("nodes", 3, "date", "null", "A meeting needs a date.", "accounts[0].nodes[3].date")]
    [InlineData("nodes", 3, "documents", """[{ "title": "Agenda", "url": "ftp://example.com/a" }]""", "must be an http(s) address", "accounts[0].nodes[3].documents")]
    [InlineData("nodes", 4, "method", "\"Video\"", "'method' applies to a Meeting only", "accounts[0].nodes[4].method")]
    [InlineData("nodes", 5, "held", "true", "'held' applies to a Meeting only", "accounts[0].nodes[5].held")]
    [InlineData("edges", 0, "to", "\"k-downtime\"", "ATTENDED goes from a Person or Counterpart to a Meeting", "accounts[0].edges[0].type")]
    [InlineData("edges", 2, "strength", "3", "RAISED has no strength.", "accounts[0].edges[2].strength")]
    [InlineData("edges", 3, "from", "\"p-eva\"", "ANSWERS goes from an Argument to a Concern", "accounts[0].edges[3].type")]
    [InlineData("edges", 4, "result", "\"Convinced\"", "'result' applies to", "accounts[0].edges[4].result")]
    public async Task Plan_data_the_rules_refuse_is_refused(string list, int index, string field, string value, string reason, string path)
    {
        var store = await NewStoreAsync();
        var document = PlanDocument();
        document["accounts"]![0]![list]![index]![field] = JsonNode.Parse(value);

        var error = await RefusedAsync(store, document);

        (error.Error, error.Field).ShouldBe((GraphError.Invalid, path));
        error.Message.ShouldContain(reason);
        (await store.ListAccountsAsync(default)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1, "date", "\"2025-03-01\"", "one entry per day", "accounts[0].account.history[1].date")]
    [InlineData(1, "date", "\"2024-12-31\"", "oldest first", "accounts[0].account.history[1].date")]
    [InlineData(1, "shareOfWallet", "101", "The share of wallet (%) must be between 0 and 100 (got 101).", "accounts[0].account.history[1].shareOfWallet")]
    [InlineData(0, "position", "\"Favourite\"", "could not be converted to SupplierPosition", null)]
    [InlineData(0, "date", "\"2025-02-30\"", "could not be converted", null)]
    [InlineData(0, "note", "\"x\"", "'note' is not a field of a position history entry", null)]
    public async Task A_history_out_of_order_or_out_of_range_is_refused(int entry, string field, string value, string reason, string? path)
    {
        var store = await NewStoreAsync();
        var document = PlanDocument();
        document["accounts"]![0]!["account"]!["history"]![entry]![field] = JsonNode.Parse(value);

        var error = await RefusedAsync(store, document);

        error.Error.ShouldBe(GraphError.Invalid);
        error.Message.ShouldContain(reason);
        if (path is not null) error.Field.ShouldBe(path);
        (await store.ListAccountsAsync(default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Text_that_is_not_JSON_is_refused()
    {
        var store = await NewStoreAsync();

        var error = await Should.ThrowAsync<GraphException>(() => TransferData.ImportAsync(store, "{ \"format\": "u8.ToArray()));

        error.Message.ShouldStartWith("The document is not valid JSON:");
    }

    [Fact]
    public async Task An_existing_account_is_a_conflict_and_nothing_is_written_unless_replace()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(Maps.Sample(), default);
        await store.ChangeAsync("acc-sample", m => NodeRules.Move(m, "p-maria", 1, 2), default);
        var document = Document();
        document["accounts"]![0]!["account"]!["name"] = "Vidal Packaging (imported)";

        var error = await RefusedAsync(store, document);

        error.Error.ShouldBe(GraphError.Conflict);
        error.Message.ShouldBe("The store already has the account 'acc-sample'. Nothing was imported; import with replace to overwrite it.");
        (await store.ListAccountsAsync(default)).Select(s => (s.Account.Name, s.Account.Version)).ShouldBe([("Vidal Packaging S.A.", 2L)]);

        var result = await TransferData.ImportAsync(store, Encoding.UTF8.GetBytes(document.ToJsonString()), replace: true);

        result.Imported.ShouldBe(["acc-sample", "acc-second-2"]);
        result.Replaced.ShouldBe(["acc-sample"]);
        var replaced = (await store.GetMapAsync("acc-sample", default))!;
        (replaced.Account.Name, replaced.Version, replaced.Find("p-maria")!.X).ShouldBe(("Vidal Packaging (imported)", 1L, 10.5));
        (await store.GetMapAsync("acc-second-2", default)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_node_id_used_by_another_stored_account_is_a_conflict_before_anything_is_written()
    {
        var store = await NewStoreAsync();
        await store.CreateAccountAsync(TransferData.Renamed(Maps.Sample("acc-stored"), "-2"), default);
        var document = Document(); // its second account uses the same node ids under another account id

        var error = await RefusedAsync(store, document, replace: true);

        error.Error.ShouldBe(GraphError.Conflict);
        error.Message.ShouldBe("Account 'acc-second-2': the node id 'f-purchasing-2' is already used by the stored account 'acc-stored-2'; ids are unique across accounts. Nothing was imported.");
        (await store.ListAccountsAsync(default)).Select(s => s.Account.Id).ShouldBe(["acc-stored-2"]);
    }

    [Fact]
    public async Task A_write_that_fails_midway_is_undone_and_the_replaced_account_comes_back()
    {
        var sqlite = await NewStoreAsync();
        await sqlite.CreateAccountAsync(Maps.Sample(), default);
        var before = Maps.Json((await sqlite.GetMapAsync("acc-sample", default))!);
        var store = new FailingStore(sqlite, failOn: "acc-second-2");

        var error = await RefusedAsync(store, Document(), replace: true);

        error.Error.ShouldBe(GraphError.Unavailable);
        error.Message.ShouldBe("Writing the account 'acc-second-2' failed: The disk is full. Nothing was imported; the replaced accounts were put back.");
        (await sqlite.ListAccountsAsync(default)).Select(s => s.Account.Id).ShouldBe(["acc-sample"]);
        Maps.Json((await sqlite.GetMapAsync("acc-sample", default))!).ShouldBe(before);
    }

    [Fact]
    public async Task A_write_that_fails_midway_says_so_in_the_readers_language()
    {
        var sqlite = await NewStoreAsync();
        await sqlite.CreateAccountAsync(Maps.Sample(), default);
        var store = new FailingStore(sqlite, failOn: "acc-second-2");
        using var _ = Words.In("es");

        var error = await RefusedAsync(store, Document(), replace: true);

        error.Message.ShouldBe("No se ha podido escribir la cuenta «acc-second-2»: The disk is full. No se ha importado nada; las cuentas reemplazadas se han restaurado.");
    }

    [Theory]
    [InlineData(false, "en", "Writing the account 'acc-second-2' failed: The disk is full. Undoing the import failed too: imported 'acc-sample' remain. Check the store.")]
    [InlineData(true, "en", "Writing the account 'acc-second-2' failed: The disk is full. Undoing the import failed too: replaced 'acc-sample' are the imported ones still. Check the store.")]
    [InlineData(false, "es", "No se ha podido escribir la cuenta «acc-second-2»: The disk is full. Tampoco se ha podido deshacer la importación: siguen las cuentas importadas «acc-sample». Revisa el almacén de datos.")]
    [InlineData(true, "de", "Der Account „acc-second-2“ konnte nicht geschrieben werden: The disk is full. Auch das Rückgängigmachen des Imports ist fehlgeschlagen: die ersetzten Accounts „acc-sample“ sind noch die importierten. Prüfen Sie den Datenspeicher.")]
    public async Task An_undo_that_fails_too_says_which_accounts_are_left_as_imported(bool stored, string language, string message)
    {
        var sqlite = await NewStoreAsync();
        if (stored) await sqlite.CreateAccountAsync(Maps.Sample(), default);
        // The disk stays full: once the write fails, deleting or putting back what was written fails as well.
        var store = new FailingStore(sqlite, failOn: "acc-second-2", staysBroken: true);
        using var _ = Words.In(language);

        var error = await RefusedAsync(store, Document(), replace: true);

        error.Message.ShouldBe(message);
        (await sqlite.ListAccountsAsync(default)).Select(s => s.Account.Id).ShouldBe(["acc-sample"]);
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// A real store whose CreateAccountAsync fails for one account, as a full disk or a lost server would; with
    /// <paramref name="staysBroken"/>, every delete and replace after that failure fails too.
    /// </summary>
    private sealed class FailingStore(IGraphStore inner, string failOn, bool staysBroken = false) : IGraphStore
    {
        private bool _broken;

        public string Name => inner.Name;
        public Task InitializeAsync(CancellationToken ct) => inner.InitializeAsync(ct);
        public Task<IReadOnlyList<AccountSummary>> ListAccountsAsync(CancellationToken ct) => inner.ListAccountsAsync(ct);
        public Task<AccountMap?> GetMapAsync(string accountId, CancellationToken ct) => inner.GetMapAsync(accountId, ct);
        public Task<MapResult> ChangeAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> decide, Author by, CancellationToken ct) => inner.ChangeAsync(accountId, decide, by, ct);
        public Task<bool> DeleteAccountAsync(string accountId, CancellationToken ct) => _broken ? throw Full() : inner.DeleteAccountAsync(accountId, ct);
        public Task<MapResult> ReplaceAccountAsync(AccountMap map, Author by, CancellationToken ct) => _broken ? throw Full() : inner.ReplaceAccountAsync(map, by, ct);
        public Task<string> CheckHealthAsync(CancellationToken ct) => inner.CheckHealthAsync(ct);

        public Task<MapResult> CreateAccountAsync(AccountMap map, Author by, CancellationToken ct)
        {
            if (map.Account.Id != failOn) return inner.CreateAccountAsync(map, by, ct);
            _broken = staysBroken;
            throw Full();
        }

        private static GraphException Full() => new(GraphError.Unavailable, "The disk is full.");
    }
}

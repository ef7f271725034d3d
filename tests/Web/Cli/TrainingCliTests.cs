using SalesOps.Graph.Store.Sqlite;
using SalesOps.Graph.Transfer;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Cli;

/// <summary>generate and training through the app's real entry point, into a real SQLite file or an export document.</summary>
public sealed class TrainingCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Data => Path.Combine(_dir.Path, "data");

    private Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => CliProcess.RunAsync(_dir.Path, Data, args);

    private async Task<IReadOnlyList<string>> StoredAsync()
    {
        var store = new SqliteStore(Path.Combine(Data, "salesops.db"));
        await store.InitializeAsync(default);
        return [.. (await store.ListAccountsAsync(default)).Select(s => s.Account.Id).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_training_set_goes_into_the_store_with_its_keys_and_a_reset_puts_it_back()
    {
        var set = new[] { "training", "generate", "--scenario", "detractor,gatekeeper", "--locale", "es", "--seed", "42", "--date", "2026-03-02", "--copies", "2" };

        var first = await RunAsync([.. set, "--key", "key.txt"]);
        var again = await RunAsync(set);
        var reset = await RunAsync("training", "reset");

        (first.Code, first.Out).ShouldBe((0, ""), first.Err); // on a failure, what the command said
        first.Err.ShouldStartWith("Generated the training set: 4 accounts, es, buying-center, seed 42, dated 2026-03-02 into the store. Answer keys to ");
        (await StoredAsync()).ShouldBe(["trn-detractor-es-bc-s42-d20260302-c1", "trn-detractor-es-bc-s42-d20260302-c2", "trn-gatekeeper-es-bc-s42-d20260302-c1", "trn-gatekeeper-es-bc-s42-d20260302-c2"]);
        var key = await File.ReadAllTextAsync(Path.Combine(_dir.Path, "key.txt"));
        key.ShouldContain("Lesson: ");
        key.ShouldContain("a detractor, influences");
        key.ShouldContain("Best way in: Strength ");
        again.Code.ShouldBe(1);
        again.Err.ShouldStartWith("salesops training generate: The store already has 'trn-detractor-es-bc-s42-d20260302-c1'");
        (reset.Code, reset.Err).ShouldBe((0, "Reset 4 training accounts.\n"));
    }

    [Fact]
    public async Task With_out_the_set_is_an_export_document_byte_identical_to_the_library_and_the_store_stays_empty()
    {
        var run = await RunAsync("training", "generate", "--scenario", "skeptic-path", "--locale", "de", "--size", "mid", "--date", "2026-03-02", "--out", "set.json");

        (run.Code, run.Out).ShouldBe((0, ""), run.Err);
        var expected = TransferJson.Write(ExportDocument.Of(TrainingSets.Generate(new TrainingSet
        {
            Scenarios = [Scenario.StrongPathThroughSkeptic], Locale = "de", Size = AccountSize.Mid, ReferenceDate = new DateOnly(2026, 3, 2),
        }, Words.Text).Select(a => a.Map)));
        (await File.ReadAllBytesAsync(Path.Combine(_dir.Path, "set.json"))).ShouldBe(expected);
        (await StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Generate_writes_plain_accounts_and_import_reads_them_back()
    {
        var generate = await RunAsync("generate", "--size", "large", "--locale", "en", "--seed", "5", "--date", "2026-03-02", "--out", "large.json");
        var import = await RunAsync("import", "large.json");

        (generate.Code, generate.Err).ShouldBe((0, $"Generated 1 account (500 people, dated 2026-03-02) to {Path.Combine(_dir.Path, "large.json")}.\n"));
        (import.Code, import.Err).ShouldBe((0, "Imported 1 account: gen-en-l500-s5-d20260302-n1.\n"));
        (await StoredAsync()).ShouldBe(["gen-en-l500-s5-d20260302-n1"]);
    }

    [Fact]
    public async Task Reset_and_delete_with_a_set_touch_only_that_sets_accounts()
    {
        await RunAsync("training", "generate", "--scenario", "detractor", "--locale", "es", "--seed", "42", "--date", "2026-03-02");
        await RunAsync("training", "generate", "--scenario", "detractor", "--locale", "de", "--seed", "42", "--date", "2026-03-02");

        var reset = await RunAsync("training", "reset", "--set", "de-bc-s42-d20260302");
        var delete = await RunAsync("training", "delete", "--set", "es-bc-s42-d20260302");
        var unknown = await RunAsync("training", "delete", "--set", "es-bc-s42-d20260302");
        var missing = await RunAsync("training", "delete");

        (reset.Code, reset.Err).ShouldBe((0, "Reset 1 training account.\n"));
        (delete.Code, delete.Err).ShouldBe((0, "Deleted 1 training account of es-bc-s42-d20260302.\n"));
        (unknown.Code, missing.Code).ShouldBe((1, 2));
        unknown.Err.ShouldBe("salesops training delete: There is no training set 'es-bc-s42-d20260302'.\n");
        (await StoredAsync()).ShouldBe(["trn-detractor-de-bc-s42-d20260302-c1"]);
    }

    [Fact]
    public async Task Help_lists_the_verbs_and_wrong_usage_exits_2_with_the_reason()
    {
        var help = await RunAsync("--help");
        var scenarios = await RunAsync("training", "scenarios");
        var unknown = await RunAsync("training", "generate", "--scenario", "nope");
        var size = await RunAsync("generate", "--size", "huge");
        var date = await RunAsync("generate", "--date", "02/03/2026");
        var noVerb = await RunAsync("training");

        help.Code.ShouldBe(0);
        foreach (var verb in new[] { "export", "export-cypher", "import", "generate", "training", "completion" }) help.Out.ShouldContain($"  {verb}");
        scenarios.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(Scenarios.All.Count);
        (unknown.Code, size.Code, date.Code, noVerb.Code).ShouldBe((2, 2, 2, 2));
        unknown.Err.ShouldStartWith("salesops training generate: 'nope' is not a scenario; use outside-purchasing, detractor,");
        size.Err.ShouldStartWith("salesops generate: ");
        size.Err.ShouldContain("huge");
        date.Err.ShouldStartWith("salesops generate: '02/03/2026' is not a date; write it yyyy-MM-dd.");
        noVerb.Err.ShouldContain("usage: salesops training <command> [options]");
        (await StoredAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Completion_suggests_verbs_and_values()
    {
        var verbs = await RunAsync("[suggest:3]", "tra");
        var sizes = await RunAsync("[suggest:16]", "generate --size ");

        verbs.Out.ShouldBe("training\n");
        sizes.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["buying-center", "extra-large", "large", "mid", "stress"], ignoreOrder: true);
    }

    public void Dispose() => _dir.Dispose();
}

using System.Text;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Transfer;

/// <summary>
/// The export, import and export-cypher verbs through the app's real entry point: the built
/// SalesOps.Web.dll run with `dotnet` as a child process, its SQLite file in a temp folder.
/// </summary>
public sealed class TransferCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Folder(string name) => Path.Combine(_dir.Path, name);

    private static async Task<IGraphStore> StoreAsync(string folder)
    {
        var store = new SqliteStore(Path.Combine(folder, "salesops.db"));
        await store.InitializeAsync(default);
        return store;
    }

    private Task<(int Code, string Out, string Err)> RunAsync(string data, params string[] args) => CliProcess.RunAsync(_dir.Path, data, args);

    [Fact]
    public async Task Export_and_import_move_every_account_and_a_second_import_needs_replace()
    {
        var source = await StoreAsync(Folder("source"));
        await TransferData.FillAsync(source);
        var expected = Encoding.UTF8.GetString(await TransferData.ExportAsync(source));
        var file = Path.Combine(_dir.Path, "backup.json");

        var export = await RunAsync(Folder("source"), "export", "--out", "backup.json");
        var import = await RunAsync(Folder("target"), "import", file);
        var again = await RunAsync(Folder("target"), "import", file);
        var replace = await RunAsync(Folder("target"), "import", file, "--replace");

        export.ShouldBe((0, "", $"Exported 6 accounts to {file}.\n"));
        (await File.ReadAllTextAsync(file)).ShouldBe(expected);
        (import.Code, import.Out).ShouldBe((0, ""));
        import.Err.ShouldStartWith("Imported 6 accounts: ");
        again.Code.ShouldBe(1);
        again.Err.ShouldStartWith("salesops import: The store already has the accounts ");
        again.Err.ShouldContain("Nothing was imported; import with replace to overwrite them.");
        (replace.Code, replace.Err).ShouldBe((0, import.Err.Replace("Imported 6 accounts:", "Imported 6 accounts (6 replaced):", StringComparison.Ordinal)));
        Encoding.UTF8.GetString(await TransferData.ExportAsync(await StoreAsync(Folder("target")))).ShouldBe(expected);
    }

    [Fact]
    public async Task One_account_or_its_Cypher_script_goes_to_stdout()
    {
        var source = await StoreAsync(Folder("source"));
        var id = await TransferData.FillAsync(source);

        var json = await RunAsync(Folder("source"), "export", "--account", id);
        var cypher = await RunAsync(Folder("source"), "export-cypher", $"--account={id}");

        (json.Code, json.Err).ShouldBe((0, "Exported 1 account.\n"));
        json.Out.ShouldBe(Encoding.UTF8.GetString(await TransferData.ExportAsync(source, id)));
        cypher.Code.ShouldBe(0);
        cypher.Out.ShouldStartWith("// SalesOps accounts as Cypher (Neo4j 3.x to 5.x): 1 account\n");
        cypher.Out.ShouldContain("name: 'Zoë O\\'Connor-Łukasiewicz 👩‍💼'");
    }

    [Fact]
    public async Task Wrong_usage_exits_2_and_refusals_exit_1_with_the_reason_on_stderr()
    {
        var data = Folder("empty");
        await File.WriteAllTextAsync(Path.Combine(_dir.Path, "v3.json"), """{ "format": "salesops.export", "formatVersion": 3, "accounts": [] }""");

        var unknown = await RunAsync(data, "export", "--bogus");
        var noFile = await RunAsync(data, "import");
        var missing = await RunAsync(data, "import", "missing.json");
        var version = await RunAsync(data, "import", "v3.json");
        var account = await RunAsync(data, "export", "--account", "acc-nowhere");

        (unknown.Code, noFile.Code, missing.Code, version.Code, account.Code).ShouldBe((2, 2, 1, 1, 1));
        unknown.Err.ShouldStartWith("salesops export: unknown option '--bogus'.\nusage: ");
        noFile.Err.ShouldStartWith("salesops import: which file?");
        missing.Err.ShouldStartWith("salesops import: Could not find file");
        version.Err.ShouldBe("salesops import: formatVersion 3 is not supported: this version of SalesOps reads formatVersion 1 and 2.\n");
        account.Err.ShouldBe("salesops export: There is no account 'acc-nowhere'.\n");
        (await (await StoreAsync(data)).ListAccountsAsync(default)).ShouldBeEmpty(); // and no demo data was seeded
    }

    public void Dispose() => _dir.Dispose();
}

using System.Text;
using MiniExcelLibs;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Graph.Exchange;
using SalesOps.Tests.Support;
using SkiaSharp;

namespace SalesOps.Tests.Web.Exchange;

/// <summary>import-csv, undo-import, export-sheet, export-picture and export-invite through the app's real entry point, on a real SQLite file.</summary>
public sealed class ExchangeCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Data => Path.Combine(_dir.Path, "data");

    private string In(string name) => Path.Combine(_dir.Path, name);

    private Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => CliProcess.RunAsync(_dir.Path, Data, args);

    private async Task<SqliteStore> VidalAsync()
    {
        Directory.CreateDirectory(Data);
        var store = new SqliteStore(Path.Combine(Data, "salesops.db"));
        await store.InitializeAsync(default);
        await store.CreateAccountAsync(ExchangeData.Vidal(), default);
        return store;
    }

    [Fact]
    public async Task A_dry_run_shows_every_row_and_writes_nothing_the_import_writes_one_commit_and_undo_takes_it_back()
    {
        var store = await VidalAsync();
        await File.WriteAllBytesAsync(In("contacts.csv"), ExchangeApiData.Fixture("salesforce-contacts-and-accounts.csv"));
        var before = (await store.GetMapAsync("acc-vidal", default))!;

        var dry = await RunAsync("import-csv", "acc-vidal", "contacts.csv", "--dry-run");
        var unchanged = (await store.GetMapAsync("acc-vidal", default))!.Version;
        var imported = await RunAsync("import-csv", "acc-vidal", "contacts.csv");
        var after = (await store.GetMapAsync("acc-vidal", default))!;
        var again = await RunAsync("import-csv", "acc-vidal", "contacts.csv");
        var undone = await RunAsync("undo-import", "acc-vidal");
        var back = (await store.GetMapAsync("acc-vidal", default))!;

        dry.Code.ShouldBe(0, dry.Err);
        dry.Out.ShouldContain("Read as utf-8, separated by ',', header in row 1.");
        dry.Out.ShouldContain("update of María Vidal (matched by email)");
        dry.Err.Trim().ShouldBe("Would import into acc-vidal: 4 new, 1 updated, 0 unchanged, 6 skipped. Dry run: nothing was written.");
        unchanged.ShouldBe(before.Version);
        (imported.Code, imported.Err.Trim()).ShouldBe((0, $"Imported into acc-vidal (version {before.Version + 1}): 4 new, 1 updated, 0 unchanged, 6 skipped. Undo with: undo-import acc-vidal"));
        ExchangeData.People(after).ShouldBe(ExchangeData.People(ExchangeData.Import(before, ExchangeApiData.Fixture("salesforce-contacts-and-accounts.csv"))));
        (again.Code, again.Err.Trim()).ShouldBe((0, "Nothing to import into acc-vidal: 0 new, 0 updated, 5 unchanged, 6 skipped."));
        (undone.Code, undone.Err.Trim()).ShouldBe((0, $"Undid the last import of acc-vidal (now version {before.Version + 2})."));
        ExchangeData.People(back).ShouldBe(ExchangeData.People(before));
    }

    [Fact]
    public async Task A_file_with_errors_is_refused_with_exit_code_1_naming_the_row_and_a_column_can_be_mapped_by_hand()
    {
        var store = await VidalAsync();
        await File.WriteAllTextAsync(In("bad.csv"), "Name,Email\nLuis Gómez,not-an-address\n", Encoding.UTF8);
        await File.WriteAllTextAsync(In("odd.csv"), "Persona,Correo interno\nLuis Gómez,luis@vidal.example\n", Encoding.UTF8);

        var bad = await RunAsync("import-csv", "acc-vidal", "bad.csv");
        var odd = await RunAsync("import-csv", "acc-vidal", "odd.csv", "--dry-run", "--json", "--mapping", "Persona=FullName", "--mapping", "Correo interno=Email");
        var wrong = await RunAsync("import-csv", "acc-vidal", "odd.csv", "--mapping", "Persona=Boss");

        bad.Code.ShouldBe(1);
        bad.Out.ShouldContain("Row 2, column 'Email': 'not-an-address' is not an e-mail address.");
        bad.Err.ShouldStartWith("salesops import-csv: The file has errors; nothing was imported. (1: Row 2, column 'Email'");
        odd.Code.ShouldBe(0, odd.Err);
        var preview = System.Text.Json.Nodes.JsonNode.Parse(odd.Out)!;
        preview["columns"]!.AsArray().Select(c => (string)c!["field"]!).ShouldBe(["FullName", "Email"]);
        ((string)preview["rows"]![0]!["action"]!).ShouldBe("New");
        (wrong.Code, wrong.Err.Trim()).ShouldBe((1, "salesops import-csv: 'Persona=Boss' is not a column mapping; write Header=Field with a field of " +
            "Ignore, FullName, FirstName, LastName, Title, Department, Email, Phone, Mobile, ReportsToName, ReportsToEmail, ReportsToId, LinkedIn, SourceId, Company."));
        (await store.GetMapAsync("acc-vidal", default))!.Version.ShouldBe(1);
    }

    [Fact]
    public async Task Sheets_and_pictures_are_written_to_files()
    {
        await VidalAsync();

        var workbook = await RunAsync("export-sheet", "acc-vidal", "--format", "xlsx", "--what", "all", "--out", "vidal.xlsx");
        var csv = await RunAsync("export-sheet", "acc-vidal", "--format", "csv", "--what", "people", "--separator", "semicolon");
        var png = await RunAsync("export-picture", "acc-vidal", "--format", "png", "--size", "a4", "--out", "vidal.png");
        var svg = await RunAsync("export-picture", "acc-vidal", "--out", "vidal.svg");
        var allAsCsv = await RunAsync("export-sheet", "acc-vidal", "--format", "csv", "--what", "all");

        workbook.Code.ShouldBe(0, workbook.Err);
        workbook.Err.ShouldStartWith("Wrote XLSX (");
        using (var stream = File.OpenRead(In("vidal.xlsx"))) MiniExcel.GetSheetNames(stream).ShouldBe(["People", "Relationships", "Contact matrix"]);
        csv.Out.TrimStart('\uFEFF').ShouldStartWith("Name;Title;Function;Level;Stance");
        csv.Out.ShouldContain("María Vidal;CFO;");
        png.Code.ShouldBe(0, png.Err);
        using (var bitmap = SKBitmap.Decode(In("vidal.png"))) (bitmap.Width, bitmap.Height).ShouldBe((1754, 1240));
        (await File.ReadAllTextAsync(In("vidal.svg"))).ShouldContain(">María Vidal</text>");
        (allAsCsv.Code, allAsCsv.Err.Trim()).ShouldBe((1, "salesops export-sheet: A CSV file holds one table: people, relationships or matrix (a workbook holds all three)."));
    }

    public void Dispose() => _dir.Dispose();
}

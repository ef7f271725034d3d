using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using static SalesOps.Tests.Graph.Exchange.ExchangeData;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>People, relationships and the contact matrix go out as CSV (Excel's separator, accents kept) and as one workbook.</summary>
public class SheetExportTests
{
    private static AccountMap Sample()
    {
        var map = Maps.Sample();
        var luis = map.Find("p-luis")!;
        return map with { Nodes = [.. map.Nodes.Select(n => n.Id == "p-luis" ? luis with { Title = "=HYPERLINK(\"http://x\")" } : n)] };
    }

    private static string[][] ReadCsv(byte[] bytes)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(Encoding.UTF8.GetString(bytes));
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            rows.Add(cells);
        }
        return [.. rows];
    }

    [Fact]
    public void People_go_out_as_a_CSV_that_Spanish_Excel_opens_with_accents_and_no_formulas()
    {
        using var file = new MemoryStream();

        SheetFiles.WriteCsv(MapSheets.People(Sample(), Words.Text), file, SheetFiles.SeparatorFor(CultureInfo.GetCultureInfo("es-ES")));

        var bytes = file.ToArray();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var rows = ReadCsv(bytes[3..]);
        Encoding.UTF8.GetString(bytes).ShouldContain("Name;Title;Function;");
        rows[0][..4].ShouldBe(["Name", "Title", "Function", "Level"]);
        rows.Skip(1).Select(r => r[0]).ShouldBe(["Luis Gómez", "María Vidal"]);
        rows[1][1].ShouldBe("'=HYPERLINK(\"http://x\")", "a cell that starts like a formula is defused");
        rows[1][9].ShouldBe("+34 600 000 000", "a phone number is no formula");
        rows[1][7].ShouldBe("María Vidal");
        rows[1][11].ShouldBe("1", "one of ours talks with Luis");
    }

    [Fact]
    public void Excel_separators_follow_the_culture()
    {
        SheetFiles.SeparatorFor(CultureInfo.GetCultureInfo("de-DE")).ShouldBe(';');
        SheetFiles.SeparatorFor(CultureInfo.GetCultureInfo("en-US")).ShouldBe(',');
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_table_with_typed_cells()
    {
        using var file = new MemoryStream();

        SheetFiles.WriteXlsx(MapSheets.All(Maps.Sample(), Words.Text), file);

        file.Position = 0;
        MiniExcel.GetSheetNames(file).ShouldBe(["People", "Relationships", "Contact matrix"]);
        var relationships = file.Query(useHeaderRow: true, sheetName: "Relationships").Cast<IDictionary<string, object?>>().ToList();
        var talk = relationships.Single(r => (string?)r["Relationship"] == "talks with");
        (talk["From"], talk["To"], talk["From side"], Convert.ToInt32(talk["Strength"], CultureInfo.InvariantCulture)).ShouldBe(("Ana Ruiz", "Luis Gómez", "ours", 4));
        talk["Last contact"].ShouldBe(new DateTime(2026, 11, 2));
        relationships.Select(r => (string?)r["Relationship"]).ShouldBe(["reports to", "influences", "talks with"], ignoreOrder: true);
    }

    [Fact]
    public void The_contact_matrix_has_ours_down_and_theirs_across()
    {
        var matrix = MapSheets.Matrix(Maps.Sample(), Words.Text);

        matrix.Headers.ShouldBe(["Ours", "Luis Gómez (Purchasing)", "María Vidal"]);
        matrix.Rows.Single().ShouldBe(new object?[] { "Ana Ruiz", "4/5 · 2026-11-02", null });
    }

    [Fact]
    public void An_imported_file_comes_back_out_with_its_reporting_lines()
    {
        var map = Import(Vidal(), Fixture("salesforce-contacts-and-accounts.csv"));

        var people = MapSheets.People(map, Words.Text).Rows.ToDictionary(r => (string)r[0]!, r => r);

        people["Núria Ferrer"][2].ShouldBe("Quality");
        people["Núria Ferrer"][7].ShouldBe("Jordi Puig");
    }
}

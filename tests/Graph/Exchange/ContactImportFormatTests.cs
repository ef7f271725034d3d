using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using static SalesOps.Tests.Graph.Exchange.ExchangeData;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>Each CRM's export and each way Excel saves a CSV imports to the expected map, and importing it again changes nothing.</summary>
public class ContactImportFormatTests
{
    private static readonly string[] VidalFromSalesforce =
    [
        "Carmen Soler | Senior Buyer, Packaging Materials | Purchasing | Luis Gómez",
        "Jordi Puig | Head of Engineering | Engineering | María Vidal",
        "Luis Gómez | Head of Procurement | Purchasing | María Vidal",
        "María Vidal | Chief Financial Officer | Finance | -",
        "Núria Ferrer | Quality Manager | Quality | Jordi Puig",
    ];

    [Theory]
    [InlineData("salesforce-contacts-and-accounts.csv")]
    [InlineData("salesforce-dataloader-contact.csv")]
    public void A_Salesforce_export_builds_the_reporting_tree_and_functions(string file)
    {
        var map = Import(Vidal(), Fixture(file));

        People(map).ShouldBe(VidalFromSalesforce);
        Functions(map).ShouldBe(["Engineering", "Finance", "Purchasing", "Quality"]);
        map.Find("p-maria")!.Stance.ShouldBe(Stance.Skeptic, "an update keeps what the file does not speak of");
        map.OfKind(NodeKind.Person).Single(p => p.Name == "Luis Gómez").Phone.ShouldBe("+34 933 000 120");
    }

    [Fact]
    public void The_Salesforce_report_footer_and_a_quoted_line_break_are_read_as_such()
    {
        var preview = Preview(Vidal(), Fixture("salesforce-contacts-and-accounts.csv"));

        preview.Errors.ShouldBeEmpty();
        preview.Rows.Count(r => r.Action != RowAction.Skipped).ShouldBe(5);
        preview.Rows.Where(r => r.Action == RowAction.Skipped).Select(r => r.Skip!.Kind).Distinct()
            .ShouldBe([IssueKind.EmptyRow, IssueKind.ReportFooter]);
        // María's street has a line break, so Luis starts on line 4 while he is the spreadsheet's row 3.
        var luis = preview.Rows.Single(r => r.Name == "Luis Gómez");
        (luis.Row, luis.Line).ShouldBe((3, 4));
        var maria = preview.Rows.Single(r => r.Name == "María Vidal");
        (maria.Action, maria.PersonId, maria.MatchedBy).ShouldBe((RowAction.Update, "p-maria", MatchKind.Email));
        maria.Changes.Select(c => (c.Field, c.Before, c.After)).ShouldBe(
            [(ContactField.Title, "CFO", "Chief Financial Officer"), (ContactField.Phone, null, "+34 933 000 100"), (ContactField.Department, null, "Finance")]);
    }

    [Fact]
    public void A_HubSpot_export_maps_job_function_to_functions()
    {
        var map = Import(Vidal(), Fixture("hubspot-contacts.csv"));

        People(map).ShouldBe(
        [
            "Laia Roca | IT Manager | IT | -",
            "María Vidal | CFO | Finance | -",
            "Pau Serra | Director, Operations | Operations | -",
        ]);
    }

    [Fact]
    public void A_Dynamics_export_skips_its_hidden_columns_and_reads_the_manager_by_name()
    {
        var preview = Preview(Vidal(), Fixture("dynamics365-active-contacts.csv"));
        var map = Import(Vidal(), Fixture("dynamics365-active-contacts.csv"));

        preview.Encoding.ShouldBe("utf-8");
        preview.Columns.Where(c => c.Header.StartsWith("(Do Not Modify)", StringComparison.Ordinal)).Select(c => c.Field)
            .ShouldBe([ContactField.SourceId, ContactField.Ignore, ContactField.Ignore]);
        People(map).ShouldBe(
        [
            "Eva Martí | Logistics Manager | Logistics | Marc Vidal",
            "Marc Vidal | Managing Director | Executive Management | -",
            "María Vidal | CFO | Finance | -",
        ]);
    }

    [Fact]
    public void A_Sales_Navigator_list_brings_the_profile_addresses()
    {
        var preview = Preview(Vidal(), Fixture("salesnavigator-lead-list.csv"));
        var map = Import(Vidal(), Fixture("salesnavigator-lead-list.csv"));

        People(map).ShouldBe(["María Vidal | CFO | - | -", "Marta Pons | Procurement Specialist | - | -", "Oriol Casals | Head of Sustainability | - | -"]);
        preview.Rows.Select(r => r.LinkedIn).ShouldBe(["https://www.linkedin.com/in/oriol-casals-vp", "https://linkedin.com/in/marta-pons-compras"]);
        map.OfKind(NodeKind.Person).Single(p => p.Name == "Marta Pons").LinkedIn.ShouldBe("https://linkedin.com/in/marta-pons-compras");
        preview.Columns.Single(c => c.Header == "Sales Navigator URL").Source.ShouldBe(ColumnSource.Unrecognised);
    }

    [Fact]
    public void A_Spanish_Excel_CSV_with_semicolons_in_Windows_1252_keeps_its_accents()
    {
        var bytes = Fixture("excel-es-semicolon-windows1252.csv");
        var preview = Preview(Vidal(), bytes);
        var map = Import(Vidal(), bytes);

        (preview.Encoding, preview.Separator).ShouldBe(("windows-1252", ';'));
        People(map).ShouldBe(
        [
            "Begoña Ibáñez | Técnica de Calidad | Calidad | Íñigo Muñoz",
            "Íñigo Muñoz | Jefe de Compras; zona norte | Compras | María Vidal",
            "María Vidal | Directora Financiera | Finanzas | -",
        ]);
    }

    [Fact]
    public void A_German_Excel_Unicode_text_file_reads_as_UTF_16_with_tabs()
    {
        var bytes = Fixture("excel-de-unicode-text.txt");
        var preview = Preview(Vidal(), bytes);
        var map = Import(Vidal(), bytes);

        (preview.Encoding, preview.Separator).ShouldBe(("utf-16", '\t'));
        People(map).ShouldBe(
        [
            "Jürgen Weiß | Leiter Qualitätssicherung | Qualitätssicherung | María Vidal",
            "María Vidal | Finanzvorständin | Finanzen | -",
            "Sören Groß | Einkäufer | Einkauf | Jürgen Weiß",
        ]);
    }

    [Theory]
    [InlineData("salesforce-contacts-and-accounts.csv")]
    [InlineData("salesforce-dataloader-contact.csv")]
    [InlineData("hubspot-contacts.csv")]
    [InlineData("dynamics365-active-contacts.csv")]
    [InlineData("salesnavigator-lead-list.csv")]
    [InlineData("excel-es-semicolon-windows1252.csv")]
    [InlineData("excel-de-unicode-text.txt")]
    public void Importing_the_same_file_again_changes_nothing(string file)
    {
        var once = Import(Vidal(), Fixture(file));

        var again = Preview(once, Fixture(file));

        again.Errors.ShouldBeEmpty();
        again.Ops.ShouldBeEmpty();
        again.Rows.Where(r => r.Action != RowAction.Skipped).ShouldAllBe(r => r.Action == RowAction.Unchanged);
    }

    [Fact]
    public void The_fixtures_are_in_the_encodings_their_names_say()
    {
        var strictUtf8 = new System.Text.UTF8Encoding(false, true);
        Should.Throw<System.Text.DecoderFallbackException>(() => strictUtf8.GetString(Fixture("excel-es-semicolon-windows1252.csv")));
        Fixture("excel-de-unicode-text.txt").Take(2).ShouldBe(new byte[] { 0xFF, 0xFE });
        Fixture("dynamics365-active-contacts.csv").Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Fixture("hubspot-contacts.csv")[0].ShouldBe((byte)'R', "UTF-8 without a mark");
    }
}

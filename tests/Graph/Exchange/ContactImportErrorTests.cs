using System.Text;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using static SalesOps.Tests.Graph.Exchange.ExchangeData;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>Bad files are named in the preview with the row and column at fault, and nothing is written.</summary>
public class ContactImportErrorTests
{
    private const string Header = "First Name,Last Name,Title,Email,Reports To\n";

    private static ImportIssue OnlyError(ImportPreview preview)
    {
        preview.Ops.ShouldBeEmpty("nothing is written while the file has errors");
        preview.CanCommit.ShouldBeFalse();
        return preview.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_UTF_8_file_once_read_as_Windows_1252_is_named_as_garbled_at_its_cell()
    {
        // Opened as Windows-1252 and saved again as UTF-8: "María" is stored as "MarÃ­a".
        var garbled = Utf8(Windows1252.GetString(Utf8(Header + "María,Gómez,CFO,maria@x.example,\n")));

        var preview = Preview(Vidal(), garbled);

        preview.Ops.ShouldBeEmpty();
        preview.Errors.Select(e => (e.Kind, e.Row, e.Column, e.Values[0])).ShouldBe(
            [(IssueKind.Misencoded, 2, "First Name", "MarÃ­a"), (IssueKind.Misencoded, 2, "Last Name", "GÃ³mez")]);
        preview.Errors[0].Message.ShouldStartWith("Row 2, column 'First Name': 'MarÃ­a' looks garbled");
    }

    [Fact]
    public void A_file_read_in_the_wrong_encoding_names_the_line()
    {
        var latin = Windows1252.GetBytes(Header + "Ana,Pérez,Buyer,ana@x.example,\n");

        var error = OnlyError(Preview(Vidal(), latin, options: new ImportOptions { Encoding = "utf-8" }));

        (error.Kind, error.Line, error.Values[0]).ShouldBe((IssueKind.InvalidBytes, 2, "utf-8"));
    }

    [Fact]
    public void A_workbook_or_a_binary_file_is_not_taken_for_a_CSV()
    {
        OnlyError(Preview(Vidal(), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])).Kind.ShouldBe(IssueKind.Spreadsheet);
        OnlyError(Preview(Vidal(), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x41])).Kind.ShouldBe(IssueKind.NotText);
        OnlyError(Preview(Vidal(), [])).Kind.ShouldBe(IssueKind.EmptyFile);
    }

    [Fact]
    public void A_file_over_the_limits_is_refused_before_it_is_read()
    {
        var rows = Utf8(Header + string.Concat(Enumerable.Range(0, 30).Select(i => $"A{i},B,C,a{i}@x.example,\n")));

        OnlyError(Preview(Vidal(), rows, options: new ImportOptions { MaxRows = 20 })).Kind.ShouldBe(IssueKind.TooLarge);
        OnlyError(ContactImport.Preview(Vidal(), new MemoryStream(rows), null, new ImportOptions { MaxBytes = 100 })).Kind.ShouldBe(IssueKind.FileTooBig);
    }

    [Fact]
    public void A_file_without_a_recognisable_header_lists_what_it_found()
    {
        var error = OnlyError(Preview(Vidal(), Utf8("Persona;Ciudad\nAna Pérez;Madrid\n")));

        error.Kind.ShouldBe(IssueKind.NoHeader);
        error.Message.ShouldContain("'Persona', 'Ciudad'");
    }

    [Fact]
    public void A_header_without_a_name_column_says_so()
    {
        OnlyError(Preview(Vidal(), Utf8("Email,Title\nana@x.example,Buyer\n"))).Kind.ShouldBe(IssueKind.NoNameColumn);
    }

    [Fact]
    public void A_reporting_cycle_in_the_file_is_named_on_every_row_of_it()
    {
        var file = Utf8(Header + "Ana,Pérez,Buyer,ana@x.example,Bea Gil\nBea,Gil,Head,bea@x.example,Ana Pérez\n");

        var preview = Preview(Vidal(), file);

        preview.Ops.ShouldBeEmpty();
        preview.Errors.Select(e => (e.Kind, e.Row)).ShouldBe([(IssueKind.ReportingCycle, 2), (IssueKind.ReportingCycle, 3)]);
        preview.Errors[0].Message.ShouldBe("Row 2: the reporting lines go round in a circle: Ana Pérez → Bea Gil → Ana Pérez.");
    }

    [Fact]
    public void A_cycle_closed_through_a_line_already_on_the_map_is_found_too()
    {
        var map = Import(Vidal(), Utf8(Header + "Luis,Gómez,Head of Procurement,luis@x.example,María Vidal\n"));

        var error = OnlyError(Preview(map, Utf8(Header + "María,Vidal,CFO,maria.vidal@vidal-packaging.example,Luis Gómez\n")));

        (error.Kind, error.Row).ShouldBe((IssueKind.ReportingCycle, 2));
    }

    [Fact]
    public void A_manager_neither_in_the_file_nor_on_the_map_is_named_with_row_and_column()
    {
        var error = OnlyError(Preview(Vidal(), Utf8(Header + "Ana,Pérez,Buyer,ana@x.example,Pedro Nadie\n")));

        (error.Kind, error.Row, error.Column, error.Values[0]).ShouldBe((IssueKind.ManagerNotFound, 2, "Reports To", "Pedro Nadie"));
        error.Message.ShouldBe("Row 2, column 'Reports To': reports to 'Pedro Nadie', who is neither in the file nor on the map.");
    }

    [Fact]
    public void A_repeated_e_mail_is_an_error_on_the_later_row_naming_the_first()
    {
        var error = OnlyError(Preview(Vidal(), Utf8(Header + "Ana,Pérez,Buyer,ana@x.example,\nBea,Gil,Head,bea@x.example,\nAna,P.,Buyer,ANA@x.example,\n")));

        (error.Kind, error.Row, error.Values[1]).ShouldBe((IssueKind.DuplicateEmail, 4, "2"));
    }

    [Fact]
    public void Bad_cells_are_all_named_at_once()
    {
        var preview = Preview(Vidal(), Utf8(Header + $"Ana,Pérez,{new string('x', 121)},not-an-address,\n"));

        preview.Errors.Select(e => (e.Kind, e.Column)).ShouldBe([(IssueKind.TooLong, "Title"), (IssueKind.InvalidEmail, "Email")]);
        preview.Rows.Single().Errors.Count.ShouldBe(2);
    }

    [Fact]
    public void A_name_shared_by_two_people_on_the_map_asks_for_the_e_mail()
    {
        var map = Import(Vidal(), Utf8(Header + "Ana,Pérez,Buyer,ana1@x.example,\nAna,Pérez,Engineer,ana2@x.example,\n"));

        var error = OnlyError(Preview(map, Utf8(Header + "Ana,Pérez,Senior Buyer,,\n")));

        (error.Kind, error.Values[1]).ShouldBe((IssueKind.AmbiguousName, "2"));
    }

    [Fact]
    public void Our_own_people_and_other_companies_are_skipped_with_the_reason()
    {
        var file = Utf8("Name,Email,Account Name\nAna Ruiz,ana.ruiz@salesops.example,Vidal Packaging\nPau Serra,pau@x.example,Vidal Packaging\nTom Kay,tom@y.example,Kay Logistics Ltd\n");

        var preview = Preview(Vidal(), file);

        preview.Errors.ShouldBeEmpty();
        preview.Rows.Select(r => (r.Action, r.Skip?.Kind)).ShouldBe(
            [(RowAction.Skipped, IssueKind.OneOfOurs), (RowAction.New, (IssueKind?)null), (RowAction.Skipped, IssueKind.OtherCompany)]);
        preview.Rows[2].Skip!.Message.ShouldBe("Works at 'Kay Logistics Ltd', not at 'Vidal Packaging S.A.'.");
    }

    [Fact]
    public void A_file_of_other_companies_only_is_refused_rather_than_guessed_at()
    {
        var error = OnlyError(Preview(Vidal(), Utf8("Name,Company\nTom Kay,Kay Logistics\nEd Roe,Roe Freight\n")));

        error.Kind.ShouldBe(IssueKind.MixedCompanies);
    }

    [Fact]
    public void Two_columns_for_one_field_must_be_told_apart()
    {
        var error = OnlyError(Preview(Vidal(), Utf8("Name,Email,E-Mail\nAna Pérez,a@x.example,b@x.example\n")));

        (error.Kind, error.Field, error.Values[0], error.Values[1]).ShouldBe((IssueKind.DuplicateColumn, ContactField.Email, "Email", "E-Mail"));
    }

    [Fact]
    public void A_translation_gives_its_own_templates_and_the_values_fill_them()
    {
        var issue = new ImportIssue(IssueKind.DuplicateEmail) { Row = 4, Column = "Correo", Field = ContactField.Email, Values = ["ana@x.example", "2"] };
        var spanish = new Dictionary<string, string>
        {
            ["Import.DuplicateEmail"] = "{at}el correo '{0}' ya está en la fila {1}.",
            ["Import.Where.RowColumn"] = "Fila {row}, columna '{column}': ",
        };

        ImportMessages.Format(issue, key => spanish[key]).ShouldBe("Fila 4, columna 'Correo': el correo 'ana@x.example' ya está en la fila 2.");
        ImportMessages.Templates.Keys.ShouldContain("Import.DuplicateEmail");
    }

    [Fact]
    public void Values_that_look_like_holes_are_left_as_they_are()
    {
        var issue = new ImportIssue(IssueKind.InvalidEmail) { Row = 2, Column = "Email", Values = ["{1}{row}"] };

        issue.Message.ShouldBe("Row 2, column 'Email': '{1}{row}' is not an e-mail address.");
    }

    [Fact]
    public void Every_kind_of_finding_has_its_own_words()
    {
        var sample = new ImportIssue(IssueKind.EmptyFile) { Row = 3, Column = "Email", Field = ContactField.Email, Values = ["a", "b"] };
        var texts = Enum.GetValues<IssueKind>().Select(k => (sample with { Kind = default }) with { Kind = k }).Select(i => i.Message).ToList();

        texts.ShouldAllBe(t => t.Length > 5 && !t.StartsWith("Import.", StringComparison.Ordinal));
        foreach (var field in Enum.GetValues<ContactField>()) ImportMessages.FieldWords(field).ShouldNotStartWith("Import.");
        texts.Distinct().Count().ShouldBe(texts.Count);
    }
}

using System.Text;
using SalesOps.Graph.Exchange;
using static SalesOps.Tests.Graph.Exchange.ExchangeData;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>The ways a contacts file reaches us besides the CRM fixtures: other byte orders, no marks, Excel's separator hint.</summary>
public class ContactEncodingTests
{
    private const string Text = "Name\tEmail\tTitle\r\nÁlvaro Núñez\talvaro@x.example\tJefe de Planta\r\n";

    [Theory]
    [InlineData("utf-16", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16BE", true)]
    [InlineData("utf-16BE", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-8", false)]
    public void Unicode_files_are_read_with_or_without_a_byte_order_mark(string encoding, bool mark)
    {
        var e = Encoding.GetEncoding(encoding);
        var bytes = (mark ? e.GetPreamble() : []).Concat(e.GetBytes(Text)).ToArray();

        var preview = Preview(Vidal(), bytes);

        preview.Errors.ShouldBeEmpty();
        (preview.Encoding, preview.Separator).ShouldBe((encoding, '\t'));
        preview.Rows.Single().Name.ShouldBe("Álvaro Núñez");
    }

    [Fact]
    public void Excels_sep_line_names_the_separator_and_is_not_a_row()
    {
        var preview = Preview(Vidal(), Utf8("sep=,\r\nName,Email\r\n\"Núñez, Álvaro\",alvaro@x.example\r\n"));

        (preview.Separator, preview.HeaderRow).ShouldBe((',', 2));
        preview.Rows.Single().Row.ShouldBe(3);
        preview.Rows.Single().Name.ShouldBe("Núñez, Álvaro");
    }

    [Fact]
    public void The_user_may_name_the_encoding_and_separator_when_the_guess_is_wrong()
    {
        var bytes = Windows1252.GetBytes("Name|Email\r\nÍñigo Muñoz|inigo@x.example\r\n");

        var preview = Preview(Vidal(), bytes, options: new ImportOptions { Encoding = "windows-1252", Separator = '|' });

        preview.Rows.Single().Name.ShouldBe("Íñigo Muñoz");
        Preview(Vidal(), bytes, options: new ImportOptions { Encoding = "klingon" }).Errors.Single().Kind.ShouldBe(IssueKind.UnknownEncoding);
    }
}

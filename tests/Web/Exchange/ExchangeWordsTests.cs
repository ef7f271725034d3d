using System.Globalization;
using System.Resources;
using SalesOps.Graph.Exchange;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Exchange;

namespace SalesOps.Tests.Web.Exchange;

/// <summary>The import's words come from the app's resources, and downloads get plain file names.</summary>
public class ExchangeWordsTests
{
    private static readonly ResourceManager Resources = new("SalesOps.Web.Resources.Text", typeof(SalesOps.Web.Text).Assembly);

    [Fact]
    public void Every_import_template_is_in_the_resources_with_the_library_English()
    {
        foreach (var (key, english) in ImportMessages.Templates)
            Resources.GetString(key, CultureInfo.InvariantCulture).ShouldBe(english, key);
    }

    [Fact]
    public void Every_sheet_header_and_sheet_name_has_words_in_the_resources()
    {
        var map = SalesOps.Tests.Graph.Exchange.ExchangeData.Vidal();
        foreach (var table in MapSheets.All(map, Words.Text))
            foreach (var header in table.Name == "Contact matrix" ? table.Headers.Take(1) : table.Headers)
                Resources.GetString(SheetWords.Key(header), CultureInfo.InvariantCulture).ShouldBe(header, header);
        foreach (var what in Enum.GetValues<SheetWhat>()) Resources.GetString($"Sheet.Name.{what}", CultureInfo.InvariantCulture).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Vidal Packaging S.A.", "vidal-packaging-s-a")]
    [InlineData("Müller & Söhne GmbH", "muller-sohne-gmbh")]
    [InlineData("株式会社", "account")]
    public void A_download_is_named_after_the_account_in_plain_letters(string account, string slug) =>
        Download.Name(account, "people", new DateOnly(2026, 11, 29), "csv").ShouldBe($"{slug}-people-2026-11-29.csv");
}

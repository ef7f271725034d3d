using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.Model;

public sealed class FormatsTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    [Theory]
    [InlineData("en", "Nov 6", "Nov 6, 2025")]
    [InlineData("de", "6. Nov.", "6. Nov. 2025")]
    [InlineData("es", "6 de nov", "6 de nov de 2025")]
    public void A_day_reads_in_the_culture_with_the_year_only_when_it_is_not_this_year(string culture, string thisYear, string otherYear)
    {
        Formats.Date(new(2026, 11, 6), Today, C(culture)).ShouldBe(thisYear);
        Formats.Date(new(2025, 11, 6), Today, C(culture)).ShouldBe(otherYear);
    }

    [Fact]
    public void The_invariant_culture_of_servers_reads_as_English()
    {
        Formats.Date(new(2027, 6, 15), Today, CultureInfo.InvariantCulture).ShouldBe("Jun 15, 2027");
    }

    [Fact]
    public void A_relationship_is_shown_out_of_five_and_a_path_as_a_percentage()
    {
        Formats.Strength(4).ShouldBe("4/5");
        Formats.PathStrength(0.48, C("en")).ShouldBe("48%");
        Formats.PathStrength(0.48, C("de")).ShouldBe("48 %");
        Formats.PathStrength(1.0 / 15625, C("en")).ShouldBe("<1%");
    }
}

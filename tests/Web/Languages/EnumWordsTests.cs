using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Languages;

/// <summary>Enum words come from the app's resources in the reader's language, also outside a running app (as src/Graph reads them).</summary>
public class EnumWordsTests
{
    [Theory]
    [InlineData("en", "Champion")]
    [InlineData("es", "Defensor")]
    [InlineData("de", "Fürsprecher")]
    public void A_stance_reads_in_the_current_language(string culture, string expected)
    {
        using var _ = Words.In(culture);
        Assert.Equal(expected, Words.Text.Word(Stance.Champion));
    }
}

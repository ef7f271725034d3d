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

/// <summary>Lists join in the reader's language.</summary>
public class ListWordsTests
{
    [Theory]
    [InlineData("en", "Ana, Luis and Eva", "Ana or Luis")]
    [InlineData("es", "Ana, Luis y Eva", "Ana o Luis")]
    [InlineData("de", "Ana, Luis und Eva", "Ana oder Luis")]
    public void Lists_join_with_the_languages_conjunctions(string culture, string and, string or)
    {
        using var _ = Words.In(culture);
        Assert.Equal(and, Words.Text.And(["Ana", "Luis", "Eva"]));
        Assert.Equal(or, Words.Text.Or(["Ana", "Luis"]));
        Assert.Equal("Ana", Words.Text.And(["Ana"]));
    }
}

using System.Globalization;
using System.Resources;
using SalesOps.Seed;
using SalesOps.Seed.Training;

namespace SalesOps.Tests.Web.Training;

/// <summary>The Training page names every scenario, size and locale through Text.resx: a new one cannot appear as its key.</summary>
public sealed class TrainingWordsTests
{
    private static readonly ResourceManager Resources = new("SalesOps.Web.Resources.Text", typeof(SalesOps.Web.Text).Assembly);

    [Fact]
    public void Every_scenario_size_and_locale_has_English_words_and_the_scenarios_read_as_their_titles()
    {
        foreach (var s in Scenarios.All) Resources.GetString("Scenario." + s.Code(), CultureInfo.InvariantCulture).ShouldBe(s.Title(), s.Code());
        foreach (var z in AccountSizes.All) Resources.GetString("Size." + z.Name(), CultureInfo.InvariantCulture).ShouldNotBeNullOrWhiteSpace(z.Name());
        foreach (var l in DemoVocabulary.Locales) Resources.GetString("Locale." + l, CultureInfo.InvariantCulture).ShouldNotBeNullOrWhiteSpace(l);
    }
}

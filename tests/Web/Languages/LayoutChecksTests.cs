using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Languages;

/// <summary>The layout checks the language tests rely on see what they are meant to see (so their passing means something).</summary>
public sealed class LayoutChecksTests(Support.Browser browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_word_broken_across_lines_and_a_button_too_narrow_for_its_word_are_found_and_a_fitting_page_is_not()
    {
        var page = await NewPageAsync(new Uri("http://127.0.0.1/"), width: 1024, signedInAs: null);
        await page.SetContentAsync("""
            <p style="width: 60px; overflow-wrap: anywhere">Lieferantenstatus</p>
            <button style="width: 50px; white-space: nowrap; overflow: hidden">Rückgängig machen</button>
            <p style="width: 400px">Beziehungen auf Augenhöhe</p>
            """);

        (await Layout.CutWordsAsync(page)).ShouldBe(["p.: Lieferantenstatus"]);
        (await Layout.OverflowingAsync(page)).ShouldHaveSingleItem().ShouldStartWith("button.");
        (await Layout.FitsSidewaysAsync(page)).ShouldBeTrue();

        await page.SetContentAsync("""<p style="width: 2000px">Kontaktmatrix</p>""");
        (await Layout.FitsSidewaysAsync(page)).ShouldBeFalse();
    }
}

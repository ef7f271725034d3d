using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Seed.Training;
using SalesOps.Web.Components;

namespace SalesOps.Tests.Web.Widgets;

/// <summary>The row of an account's pages: the same links on each page, the one shown marked, the quiz only on a
/// training account, and the way back to the list on every page but the map (whose heading is the account).</summary>
public sealed class AccountNavTests : BunitContext
{
    public AccountNavTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private IRenderedComponent<AccountNav> Nav(string account, AccountNav.Page current) => Render<AccountNav>(p => p
        .Add(c => c.AccountId, account).Add(c => c.AccountName, "Acme Ltd").Add(c => c.Current, current));

    private static List<(string Href, string Text, string? Current)> Links(IRenderedComponent<AccountNav> nav)
        => [.. nav.FindAll(".account-nav nav a").Select(a => (a.GetAttribute("href")!, a.TextContent, a.GetAttribute("aria-current")))];

    [Fact]
    public void Every_page_of_an_account_is_one_link_away_and_the_page_shown_is_marked_as_current()
    {
        var links = Links(Nav("acme", AccountNav.Page.Meetings));

        links.Select(l => l.Href).ShouldBe(["/accounts/acme", "/accounts/acme/meetings", "/accounts/acme/arguments",
            "/accounts/acme/matrix", "/accounts/acme/sheet", "/accounts/acme/team", "/accounts/acme/import"]);
        links.Select(l => l.Text).ShouldBe(["Map", "Meetings", "Arguments", "Contact matrix", "Account sheet", "Team", "Import contacts"]);
        links.Where(l => l.Current is not null).ShouldHaveSingleItem().ShouldBe(("/accounts/acme/meetings", "Meetings", "page"));
    }

    [Fact]
    public void Pages_other_than_the_map_lead_back_to_the_account_and_the_list_and_the_map_does_not_repeat_its_heading()
    {
        var meetings = Nav("acme", AccountNav.Page.Meetings).Find("nav[aria-label='Breadcrumb']");
        meetings.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)).ShouldBe([("/", "Accounts"), ("/accounts/acme", "Acme Ltd")]);

        Nav("acme", AccountNav.Page.Map).FindAll("nav[aria-label='Breadcrumb']").ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_training_account_has_a_quiz_to_go_to()
    {
        Links(Nav("acme", AccountNav.Page.Map)).ShouldNotContain(l => l.Href.EndsWith("/quiz", StringComparison.Ordinal));

        var training = TrainingRecipe.Prefix + "acme";
        Links(Nav(training, AccountNav.Page.Quiz)).Last().ShouldBe(($"/accounts/{training}/quiz", "Quiz", "page"));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Faults;

/// <summary>An address nothing answers: a browser gets the app's page in its language, a program the ProblemDetails it always got.</summary>
public sealed class NotFoundPageTests : AppTest
{
    private static HttpRequestMessage Ask(string path, string accept, string language = "en")
    {
        var ask = new HttpRequestMessage(HttpMethod.Get, path);
        ask.Headers.Accept.ParseAdd(accept);
        ask.Headers.AcceptLanguage.ParseAdd(language);
        return ask;
    }

    [Fact]
    public async Task A_browser_asking_for_an_address_that_has_no_page_gets_the_not_found_page_in_its_language()
    {
        var app = StartApp(seed: false);
        using var browser = app.App.CreateAnonymousClient();

        using var page = await browser.SendAsync(Ask("/accounts/acc-x/no-such-page", "text/html,application/xhtml+xml", "de"));
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("<h1>Nicht gefunden</h1>");
        html.ShouldContain("Unter dieser Adresse gibt es nichts. <a href=\"/\">Zu den Accounts</a>.");
        html.ShouldContain("<html lang=\"de\">");
    }

    [Theory]
    [InlineData("/api/no-such-thing", "text/html,application/json")]
    [InlineData("/no-such-page", "application/json")]
    public async Task The_API_and_a_caller_that_does_not_ask_for_a_page_keep_the_ProblemDetails(string path, string accept)
    {
        var app = StartApp(seed: false);
        using var client = app.App.CreateAnonymousClient();

        using var answer = await client.SendAsync(Ask(path, accept));

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["status"]!.GetValue<int>().ShouldBe(404);
    }
}

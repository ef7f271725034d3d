using System.Text.Json.Nodes;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Plan;

/// <summary>The printable sheet's data follows the reader's Accept-Language: its headings, its sentences, its money and percentages.</summary>
public sealed class SheetLanguageApiTests : AppTest
{
    private static JsonNode Answer(JsonNode sheet, int number) => sheet["answers"]!.AsArray().Single(a => (int)a!["number"]! == number)!;

    private static string Line(JsonNode answer, string label) =>
        (string)answer["lines"]!.AsArray().Single(l => (string)l!["label"]! == label)!["text"]!;

    [Fact]
    public async Task A_German_reader_gets_the_sheet_with_German_headings_sentences_and_German_money()
    {
        var app = StartApp(seed: false);
        var account = await app.Api.CreateAccountAsync("Nordlicht Logistik GmbH");
        await app.Api.SendAsync(HttpMethod.Patch, $"/api/accounts/{account}", new { shareOfWallet = 12, potentialAmount = 1_250_000, potentialCurrency = "EUR" });
        await app.Api.AddNodeAsync(account, new { kind = "Person", name = "Jonas Brandt", title = "CIO", level = "Executive", roles = new[] { "DecisionMaker" } });

        var german = await app.Speaking("de-DE").GetAsync($"/api/accounts/{account}/sheet");
        var english = await app.Api.GetAsync($"/api/accounts/{account}/sheet");

        ((string)Answer(german, 3)["title"]!).ShouldBe("Wer entscheidet, wer unterschreibt, wer verantwortet das Budget?");
        ((string)german["moves"]!["title"]!).ShouldBe("Die drei Schritte, die unsere Position am meisten verbessern würden");
        Line(Answer(german, 9), "Einkaufspotenzial").ShouldBe("1.250.000 €.");
        Line(Answer(german, 9), "Share of Wallet").ShouldBe("12 % des Einkaufspotenzials des Kunden.");
        Answer(german, 3)["gaps"]!.AsArray().Select(g => (string)g!).ShouldContain("Niemand ist als Unterzeichner markiert.");
        Line(Answer(english, 9), "Purchasing potential").ShouldBe("€1,250,000.");
        ((string)Answer(english, 3)["title"]!).ShouldBe("Who decides, who signs, who holds the budget?");
    }
}

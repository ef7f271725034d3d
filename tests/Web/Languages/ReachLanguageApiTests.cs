using System.Text.Json.Nodes;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Languages;

/// <summary>
/// The API's reach explanation and risk sentences follow Accept-Language; enum values, codes and field names keep
/// the API's spelling. One account asked in turn in three languages: the words are composed per request, never cached.
/// </summary>
public sealed class ReachLanguageApiTests : AppTest
{
    private static async Task<string> AccountAsync(ApiClient api)
    {
        var account = await api.CreateAccountAsync("Vidal Packaging S.A.");
        var maria = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", roles = new[] { "DecisionMaker" } });
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager", stance = "Supporter" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager", teamRole = "AccountManager" });
        await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis, strength = 4 });
        await api.ConnectAsync(account, new { type = "REPORTS_TO", from = luis, to = maria, strength = 4, dotted = true });
        return account;
    }

    [Fact]
    public async Task Reach_explains_the_way_in_in_the_callers_language_and_keeps_the_rest_of_the_answer()
    {
        var app = StartApp(seed: false);
        var account = await AccountAsync(app.Api);

        var spanish = await app.Speaking("es-ES").GetAsync($"/api/accounts/{account}/reach");
        var english = await app.Api.GetAsync($"/api/accounts/{account}/reach");
        var german = await app.Speaking("de").GetAsync($"/api/accounts/{account}/reach");

        Explanation(spanish).ShouldBe("Ana Ruiz (gestor de cuenta) habla con Luis Gómez (partidario, intensidad 4/5) → Luis Gómez reporta (línea discontinua) a María Vidal (CFO, decisor, intensidad 4/5)");
        Explanation(english).ShouldBe("Ana Ruiz (account manager) talks with Luis Gómez (supporter, strength 4/5) → Luis Gómez reports (dotted line) to María Vidal (CFO, decision maker, strength 4/5)");
        Explanation(german).ShouldBe("Ana Ruiz (Account Manager) spricht mit Luis Gómez (Befürworter, Stärke 4/5) → Luis Gómez berichtet (gestrichelte Linie) an María Vidal (CFO, Entscheider, Stärke 4/5)");
        WithoutWords(spanish).ShouldBe(WithoutWords(english));
        WithoutWords(german).ShouldBe(WithoutWords(english));
    }

    [Fact]
    public async Task Risks_are_worded_in_Spanish_while_their_kind_and_severity_stay_as_the_API_spells_them()
    {
        var app = StartApp(seed: false);
        var account = await AccountAsync(app.Api);

        var findings = (await app.Speaking("es").GetAsync($"/api/accounts/{account}/risks")).AsArray();

        var maria = findings.Single(f => (string)f!["kind"]! == "uncovered-member")!;
        ((string)maria["severity"]!).ShouldBe("Critical");
        ((string)maria["sentence"]!).ShouldBe("Nadie de nuestro equipo habla con María Vidal (CFO, decisor).");
        var peer = findings.Single(f => (string)f!["kind"]! == "no-peer-contact")!;
        ((string)peer["severity"]!).ShouldBe("Warning");
    }

    private static string Explanation(JsonNode reach) => (string)reach["paths"]!.AsArray().Single()!["explanation"]!;

    /// <summary>The answer with the explanation taken out: what must not depend on the reader's language.</summary>
    private static string WithoutWords(JsonNode reach)
    {
        var copy = reach.DeepClone();
        foreach (var path in copy["paths"]!.AsArray()) path!.AsObject().Remove("explanation");
        return copy.ToJsonString();
    }
}

using System.Net;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Languages;

/// <summary>A problem's title and detail follow Accept-Language; its error code and field keep the API's spelling.</summary>
public sealed class ProblemLanguageTests : AppTest
{
    [Fact]
    public async Task A_refused_change_is_explained_in_Spanish_to_a_Spanish_caller()
    {
        var app = StartApp(seed: false);
        var account = await app.Api.CreateAccountAsync("Problemas SA");
        var luis = await app.Api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });

        var (status, problem) = await app.Speaking("es-ES").SendAsync(HttpMethod.Put, $"/api/accounts/{account}/sketches/grande",
            new { stances = Enumerable.Repeat(new { personId = luis, stance = "Neutral" }, 201) });

        status.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem!["title"]!).ShouldBe("El cambio incumple una regla del mapa; no se ha guardado nada.");
        ((string)problem["detail"]!).ShouldBe("Una simulación contiene como máximo 200 cambios (esta tiene 201).");
        ((string)problem["error"]!).ShouldBe("Invalid");
    }

    [Fact]
    public async Task The_same_problem_stays_English_without_Accept_Language_and_is_German_for_a_German_caller()
    {
        var app = StartApp(seed: false);
        var account = await app.Api.CreateAccountAsync("Probleme GmbH");
        var luis = await app.Api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var big = new { stances = Enumerable.Repeat(new { personId = luis, stance = "Neutral" }, 201) };

        var (_, english) = await app.Api.SendAsync(HttpMethod.Put, $"/api/accounts/{account}/sketches/gross", big);
        var (_, german) = await app.Speaking("de").SendAsync(HttpMethod.Put, $"/api/accounts/{account}/sketches/gross", big);

        ((string)english!["title"]!, (string)english["detail"]!).ShouldBe(("The change breaks a rule of the map; nothing was saved.", "A sketch holds at most 200 changes (this one has 201)."));
        ((string)german!["title"]!, (string)german["detail"]!).ShouldBe(("Die Änderung verstößt gegen eine Regel der Karte; nichts wurde gespeichert.", "Ein Szenario enthält höchstens 200 Änderungen (dieses hat 201)."));
        ((string)german["error"]!).ShouldBe("Invalid");
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Languages;

/// <summary>The detail of a refused change is the rule's own message in the caller's language (Accept-Language).</summary>
public sealed class ErrorLanguageApiTests : AppTest
{
    private static async Task<string> DetailAsync(ApiClient client, HttpMethod method, string url, object body, HttpStatusCode expected)
    {
        var (status, problem) = await client.SendAsync(method, url, body);
        status.ShouldBe(expected);
        return (string)problem!["detail"]!;
    }

    [Fact]
    public async Task A_person_without_a_name_is_refused_in_Spanish_and_German()
    {
        var app = StartApp(seed: false);
        var account = await app.Api.CreateAccountAsync("Sin Nombre SA");
        var nameless = new { kind = "Person", name = "" };

        (await DetailAsync(app.Speaking("es-ES"), HttpMethod.Post, $"/api/accounts/{account}/nodes", nameless, HttpStatusCode.BadRequest))
            .ShouldBe("El campo «nombre» es obligatorio.");
        (await DetailAsync(app.Speaking("de-DE"), HttpMethod.Post, $"/api/accounts/{account}/nodes", nameless, HttpStatusCode.BadRequest))
            .ShouldBe("Das Feld „Name“ ist erforderlich.");
        (await DetailAsync(app.Api, HttpMethod.Post, $"/api/accounts/{account}/nodes", nameless, HttpStatusCode.BadRequest))
            .ShouldBe("The name is required.");
    }

    [Fact]
    public async Task A_query_parameter_that_does_not_read_is_explained_in_the_callers_language()
    {
        var app = StartApp(seed: false);
        var account = await app.Api.CreateAccountAsync("Parámetros SA");

        (await DetailAsync(app.Speaking("es-ES"), HttpMethod.Get, $"/api/accounts/{account}/export/people.csv?separator=coma", null!, HttpStatusCode.BadRequest))
            .ShouldBe("«coma» no es un separador; usa comma, semicolon, tab o pipe.");
        (await DetailAsync(app.Speaking("de-DE"), HttpMethod.Get, $"/api/accounts/{account}/export.svg?format=a5", null!, HttpStatusCode.BadRequest))
            .ShouldBe("„a5“ ist kein Bildformat; verwenden Sie slide (16:9), a4 oder a3.");
        (await DetailAsync(app.Api, HttpMethod.Get, $"/api/accounts/{account}/export/everyone.csv", null!, HttpStatusCode.NotFound))
            .ShouldBe("There is no sheet 'everyone'; use people, relationships or matrix.");
    }

    [Fact]
    public async Task A_self_loop_and_a_duplicate_relationship_are_refused_in_German_and_Spanish()
    {
        var app = StartApp(seed: false);
        var account = await app.Api.CreateAccountAsync("Schleifen GmbH");
        var eva = await app.Api.AddNodeAsync(account, new { kind = "Person", name = "Eva Braun-Lehmann", level = "Manager" });
        var jon = await app.Api.AddNodeAsync(account, new { kind = "Person", name = "Jon Arrieta", level = "Director" });
        var edge = await app.Api.ConnectAsync(account, new { type = "INFLUENCES", from = eva, to = jon });

        (await DetailAsync(app.Speaking("de"), HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = eva, to = eva }, HttpStatusCode.BadRequest))
            .ShouldBe("Eine Beziehung kann „Eva Braun-Lehmann“ nicht mit sich selbst verbinden.");
        (await DetailAsync(app.Speaking("es"), HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "INFLUENCES", from = eva, to = jon }, HttpStatusCode.Conflict))
            .ShouldBe($"Ya existe: «Eva Braun-Lehmann» influye en «Jon Arrieta» (relación {edge}).");
    }

    [Fact]
    public async Task A_meeting_past_the_participant_limit_is_refused_in_Spanish_naming_the_limit()
    {
        var app = StartApp(seed: false);
        var account = await app.Api.CreateAccountAsync("Reuniones SA");
        var many = Enumerable.Range(0, 51).Select(i => $"p-{i}").ToArray();

        var (status, problem) = await app.Speaking("es").SendAsync(HttpMethod.Post, $"/api/accounts/{account}/meetings",
            new { objective = "Revisión trimestral", date = "2026-11-02", held = false, participants = many });

        status.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem!["detail"]!).ShouldBe("Una reunión tiene como máximo 50 participantes; esta tiene 51. No se ha guardado nada.");
        ((string)problem["field"]!).ShouldBe("limit:participantsPerMeeting");
    }

    [Fact]
    public async Task An_import_of_another_format_is_refused_in_German()
    {
        var app = StartApp(seed: false);
        using var http = app.Speaking("de").Http;

        using var response = await http.PostAsync("/api/import",
            new StringContent("""{ "format": "etwas.anderes", "formatVersion": 2, "accounts": [] }""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string)problem["detail"]!).ShouldBe("Das ist kein SalesOps-Export: \"format\" muss \"salesops.export\" sein (erhalten: \"etwas.anderes\").");
    }

    [Fact]
    public async Task An_unknown_account_is_not_found_in_Spanish()
    {
        var app = StartApp(seed: false);

        var (status, problem) = await app.Speaking("es").SendAsync(HttpMethod.Get, "/api/accounts/acc-ninguna/map");

        status.ShouldBe(HttpStatusCode.NotFound);
        ((string)problem!["detail"]!).ShouldBe("No existe la cuenta «acc-ninguna».");
    }
}

using System.Net;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Training;

/// <summary>/api/training through the real app: trainers generate, read keys, reset and delete sets; nobody else may.</summary>
public sealed class TrainingApiTests : AppTest
{
    private const string SetId = "es-bc-s42-d20260302";
    private const string Detractor = "trn-detractor-es-bc-s42-d20260302-c1";

    private static object Spanish(params string[] participants) => new
    {
        scenarios = new[] { "detractor", "gatekeeper" }, locale = "es", size = "buying-center", seed = 42, date = "2026-03-02", copies = 1, participants,
    };

    private static string Content(JsonNode map) => new JsonArray(map["nodes"]!.DeepClone(), map["edges"]!.DeepClone()).ToJsonString();

    [Fact]
    public async Task A_trainer_generates_a_set_reads_its_keys_resets_it_after_an_edit_and_deletes_it_leaving_other_accounts_alone()
    {
        var (app, _, admin) = StartApp(seed: true);
        var marta = new ApiClient(app.CreateClientAs("marta"));
        var others = (await admin.GetAsync("/api/accounts")).AsArray().Select(a => ((string)a!["id"]!, (long)a["version"]!)).ToList();

        var (status, created) = await marta.SendAsync(HttpMethod.Post, "/api/training/sets", Spanish("ana@demo.salesops.example"));
        var sets = await marta.GetAsync("/api/training/sets");
        var keys = (await marta.GetAsync($"/api/training/sets/{SetId}/keys")).AsArray();
        var generated = Content(await marta.GetAsync($"/api/accounts/{Detractor}/map"));
        var ana = new ApiClient(app.CreateClientAs("ana"));
        await ana.AddNodeAsync(Detractor, new { kind = "Person", name = "Extra Persona", level = "Manager" });
        var edited = Content(await marta.GetAsync($"/api/accounts/{Detractor}/map"));
        var reset = await marta.PostAsync($"/api/training/sets/{SetId}/reset", new { });
        var afterReset = Content(await ana.GetAsync($"/api/accounts/{Detractor}/map"));
        var (deleted, _) = await marta.SendAsync(HttpMethod.Delete, $"/api/training/sets/{SetId}");
        var left = await marta.GetAsync("/api/training/sets");

        status.ShouldBe(HttpStatusCode.Created, created?.ToJsonString());
        created!["accounts"]!.AsArray().Select(a => (string)a!).ShouldBe([Detractor, "trn-gatekeeper-es-bc-s42-d20260302-c1"]);
        sets.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe(SetId);
        sets[0]!["accounts"]!.AsArray().Count.ShouldBe(2);
        keys.Count.ShouldBe(2);
        ((string)keys[0]!["lesson"]!).ShouldContain("a detractor, influences");
        ((string)keys[0]!["bestWayIn"]!).ShouldStartWith("Strength ");
        keys[0]!["topRisks"]!.AsArray().Count.ShouldBeGreaterThan(0);
        edited.ShouldNotBe(generated);
        afterReset.ShouldBe(generated, "a reset puts the map back as generated, and the participant stays on its team");
        reset["accounts"]!.AsArray().Count.ShouldBe(2);
        deleted.ShouldBe(HttpStatusCode.NoContent);
        left.AsArray().Count.ShouldBe(0);
        var after = (await admin.GetAsync("/api/accounts")).AsArray().Select(a => ((string)a!["id"]!, (long)a["version"]!)).ToList();
        after.ShouldBe(others, "a training set's generate, reset and delete touch no other account");
    }

    [Fact]
    public async Task An_editor_is_refused_every_training_door_and_an_anonymous_caller_is_asked_to_sign_in()
    {
        var (app, _, admin) = StartApp(seed: false);
        await admin.PostAsync("/api/training/sets", Spanish());
        var ana = new ApiClient(app.CreateClientAs("ana"));
        var nobody = new ApiClient(app.CreateAnonymousClient());

        var refused = new[]
        {
            (await ana.SendAsync(HttpMethod.Get, "/api/training/sets")).Status,
            (await ana.SendAsync(HttpMethod.Get, $"/api/training/sets/{SetId}/keys")).Status,
            (await ana.SendAsync(HttpMethod.Post, "/api/training/sets", Spanish())).Status,
            (await ana.SendAsync(HttpMethod.Post, $"/api/training/sets/{SetId}/reset", new { })).Status,
            (await ana.SendAsync(HttpMethod.Post, "/api/training/reset", new { })).Status,
            (await ana.SendAsync(HttpMethod.Delete, $"/api/training/sets/{SetId}")).Status,
        };
        var anonymous = (await nobody.SendAsync(HttpMethod.Get, "/api/training/sets")).Status;

        refused.ShouldAllBe(s => s == HttpStatusCode.Forbidden);
        anonymous.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync("/api/training/sets")).AsArray().Single()!["accounts"]!.AsArray().Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("{\"scenarios\":[\"nope\"],\"locale\":\"es\"}", "scenarios")]
    [InlineData("{\"scenarios\":[],\"locale\":\"es\"}", "scenarios")]
    [InlineData("{\"scenarios\":[\"detractor\"],\"locale\":\"fr\"}", "locale")]
    [InlineData("{\"scenarios\":[\"detractor\"],\"size\":\"huge\"}", "size")]
    [InlineData("{\"scenarios\":[\"detractor\"],\"copies\":0}", "copies")]
    [InlineData("{\"scenarios\":[\"detractor\"],\"seed\":-1}", "seed")]
    [InlineData("{\"scenarios\":[\"detractor\"],\"participants\":[\"who@nowhere.example\"]}", "participants")]
    [InlineData("{\"scenarios\":[\"detractor\"],\"copies\":2,\"groups\":[[\"ana@demo.salesops.example\"]]}", "groups")]
    public async Task A_set_described_wrongly_is_a_problem_naming_the_field_and_writes_nothing(string body, string field)
    {
        var (app, _, _) = StartApp(seed: false);
        var marta = new ApiClient(app.CreateClientAs("marta"));

        var (status, problem) = await marta.SendAsync(HttpMethod.Post, "/api/training/sets", body);

        status.ShouldBe(HttpStatusCode.BadRequest, problem?.ToJsonString());
        ((string)problem!["field"]!).ShouldBe(field);
        (await marta.GetAsync("/api/training/sets")).AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task Generating_a_set_that_exists_is_a_conflict_unless_replaced_and_resetting_an_unknown_set_is_not_found()
    {
        var (app, _, _) = StartApp(seed: false);
        var marta = new ApiClient(app.CreateClientAs("marta"));
        await marta.PostAsync("/api/training/sets", Spanish());

        var again = (await marta.SendAsync(HttpMethod.Post, "/api/training/sets", Spanish())).Status;
        var replaced = await marta.SendAsync(HttpMethod.Post, "/api/training/sets", new { scenarios = new[] { "detractor" }, locale = "es", seed = 42, date = "2026-03-02", replace = true });
        var unknown = (await marta.SendAsync(HttpMethod.Post, "/api/training/sets/en-bc-s1-d20260101/reset", new { })).Status;

        again.ShouldBe(HttpStatusCode.Conflict);
        replaced.Status.ShouldBe(HttpStatusCode.Created);
        replaced.Body!["replaced"]!.AsArray().Select(a => (string)a!).ShouldBe([Detractor]);
        unknown.ShouldBe(HttpStatusCode.NotFound);
    }
}

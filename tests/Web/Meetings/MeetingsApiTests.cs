using System.Net;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Meetings;

/// <summary>
/// What the meetings, concerns and answers endpoints and an edge's DELETE do to the map when they succeed
/// (the access matrix checks only who may call them).
/// </summary>
public sealed class MeetingsApiTests : AppTest
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static async Task<(string Account, string Ana, string Luis, string Marc)> AccountAsync(ApiClient api)
    {
        var account = await api.CreateAccountAsync("Meetings API SL");
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager" });
        var marc = await api.AddNodeAsync(account, new { kind = "Person", name = "Marc Puig", level = "Director" });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        return (account, ana, luis, marc);
    }

    private static async Task<JsonArray> EdgesAsync(ApiClient api, string account) => (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray();

    [Fact]
    public async Task A_planned_meeting_records_who_attends_and_holding_it_sets_the_last_contact_and_creates_missing_relationships()
    {
        var api = StartApp(seed: false, today: Today).Api;
        var (account, ana, luis, marc) = await AccountAsync(api);
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis, lastContact = "2026-09-01" });

        var (created, planned) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/meetings",
            new { objective = "Frame contract", date = "2026-11-27", method = "OnSite", participants = new[] { ana, luis, marc } });
        var meeting = (string)planned!["meeting"]!["id"]!;
        var attendedBefore = (await EdgesAsync(api, account)).Where(e => (string)e!["type"]! == "ATTENDED").Select(e => (string)e!["from"]!).ToList();
        var held = await api.PostAsync($"/api/accounts/{account}/meetings/{meeting}/held", new { outcome = "Agreed on terms", createMissingRelationships = true });

        created.ShouldBe(HttpStatusCode.Created);
        ((bool)planned["meeting"]!["held"]!).ShouldBeFalse();
        planned["participants"]!.AsArray().Select(p => (string)p!).ShouldBe([ana, luis, marc], ignoreOrder: true);
        attendedBefore.ShouldBe([ana, luis, marc], ignoreOrder: true);
        ((bool)held["meeting"]!["held"]!, (string)held["meeting"]!["outcome"]!).ShouldBe((true, "Agreed on terms"));
        var edges = await EdgesAsync(api, account);
        ((string)edges.Single(e => (string)e!["id"]! == talks)!["lastContact"]!).ShouldBe("2026-11-27");
        var created2 = edges.Single(e => (string)e!["type"]! == "TALKS_WITH" && (string)e["to"]! == marc)!;
        ((string)created2["from"]!, (string)created2["lastContact"]!).ShouldBe((ana, "2026-11-27"));
    }

    [Fact]
    public async Task A_meeting_logged_as_held_touches_its_pairs_at_once()
    {
        var api = StartApp(seed: false, today: Today).Api;
        var (account, ana, luis, _) = await AccountAsync(api);
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis, lastContact = "2026-09-01" });

        var logged = await api.PostAsync($"/api/accounts/{account}/meetings", new { objective = "Site visit", date = "2026-11-20", held = true, participants = new[] { ana, luis } });

        ((bool)logged["meeting"]!["held"]!).ShouldBeTrue();
        ((string)(await EdgesAsync(api, account)).Single(e => (string)e!["id"]! == talks)!["lastContact"]!).ShouldBe("2026-11-20");
        (await api.GetAsync($"/api/accounts/{account}/meetings"))["meetings"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_concern_is_raised_by_a_person_and_an_argument_answers_it_with_a_result()
    {
        var api = StartApp(seed: false, today: Today).Api;
        var (account, _, luis, _) = await AccountAsync(api);
        var argument = await api.AddNodeAsync(account, new { kind = "Argument", name = "Total cost", text = "Five years of service included" });

        var (raised, concern) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/concerns", new { personId = luis, text = "Too expensive", topic = "Price" });
        var concernId = (string)concern!["id"]!;
        var answer = await api.PostAsync($"/api/accounts/{account}/answers", new { argumentId = argument, concernId, result = "PartlyConvinced" });
        var changed = await api.PostAsync($"/api/accounts/{account}/answers", new { argumentId = argument, concernId, result = "Convinced" });

        raised.ShouldBe(HttpStatusCode.Created);
        ((string)concern["kind"]!, (string)concern["name"]!).ShouldBe(("Concern", "Too expensive"));
        ((string)answer["type"]!, (string)answer["from"]!, (string)answer["to"]!, (string)answer["result"]!).ShouldBe(("ANSWERS", argument, concernId, "PartlyConvinced"));
        ((string)changed["id"]!, (string)changed["result"]!).ShouldBe(((string)answer["id"]!, "Convinced"));
        var listed = (await api.GetAsync($"/api/accounts/{account}/concerns?personId={luis}")).AsArray().Single()!;
        ((string)listed["raisedBy"]!).ShouldBe(luis);
        ((string)listed["answers"]![0]!["answer"]!["result"]!).ShouldBe("Convinced");
        (await EdgesAsync(api, account)).Count(e => (string)e!["type"]! == "RAISED" && (string)e["from"]! == luis && (string)e["to"]! == concernId).ShouldBe(1);
    }

    [Fact]
    public async Task Deleting_an_edge_answers_204_and_the_map_has_it_no_more()
    {
        var api = StartApp(seed: false, today: Today).Api;
        var (account, ana, luis, marc) = await AccountAsync(api);
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis });
        var reports = await api.ConnectAsync(account, new { type = "REPORTS_TO", from = luis, to = marc });
        var version = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;

        var (status, body) = await api.SendAsync(HttpMethod.Delete, $"/api/accounts/{account}/edges/{talks}");
        var (again, problem) = await api.SendAsync(HttpMethod.Delete, $"/api/accounts/{account}/edges/{talks}");

        (status, body).ShouldBe((HttpStatusCode.NoContent, null));
        again.ShouldBe(HttpStatusCode.NotFound, problem?.ToJsonString());
        var map = await api.GetAsync($"/api/accounts/{account}/map");
        map["edges"]!.AsArray().Select(e => (string)e!["id"]!).ShouldBe([reports]);
        ((long)map["version"]!).ShouldBe(version + 1);
        map["nodes"]!.AsArray().Count.ShouldBe(3);
    }
}

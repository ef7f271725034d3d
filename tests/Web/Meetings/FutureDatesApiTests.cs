using System.Net;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Meetings;

/// <summary>Held meetings and last contacts are facts of the past: the API refuses them in the future, naming the field.</summary>
public sealed class FutureDatesApiTests : AppTest
{
    /// <summary>The day of the first week's report.</summary>
    private static readonly DateOnly Today = new(2026, 11, 29);

    private ApiClient Start() => StartApp(seed: false, today: Today).Api;

    private static async Task<(string Account, string Ana, string Luis, string Talks)> AccountAsync(ApiClient api)
    {
        var account = await api.CreateAccountAsync("Future Dates SA");
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", level = "Manager", roles = new[] { "Purchaser" } });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", level = "Manager" });
        var talks = await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis, lastContact = "2026-10-01", cadenceDays = 30 });
        return (account, ana, luis, talks);
    }

    private static async Task<string?> LastContactAsync(ApiClient api, string account, string edge) =>
        (string?)(await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray().Single(e => (string)e!["id"]! == edge)!["lastContact"];

    [Fact]
    public async Task A_meeting_logged_as_held_in_the_future_is_refused_naming_the_date_and_nothing_is_written()
    {
        var api = Start();
        var (account, ana, luis, talks) = await AccountAsync(api);

        var (status, problem) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/meetings",
            new { objective = "Price negotiation", date = "2026-12-06", held = true, participants = new[] { ana, luis } });

        status.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem!["field"]!).ShouldBe("date");
        ((string)problem["detail"]!).ShouldContain("future");
        (await api.GetAsync($"/api/accounts/{account}/meetings"))["meetings"]!.AsArray().ShouldBeEmpty();
        (await LastContactAsync(api, account, talks)).ShouldBe("2026-10-01");
    }

    [Fact]
    public async Task A_planned_meeting_dated_after_today_cannot_be_marked_held_and_leaves_the_last_contacts_alone()
    {
        var api = Start();
        var (account, ana, luis, talks) = await AccountAsync(api);
        var planned = (await api.PostAsync($"/api/accounts/{account}/meetings",
            new { objective = "Plant visit", date = "2026-12-06", participants = new[] { ana, luis } }))["meeting"]!;

        var (status, problem) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/meetings/{planned["id"]}/held", new { outcome = "Went well" });

        status.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem!["field"]!).ShouldBe("date");
        (await LastContactAsync(api, account, talks)).ShouldBe("2026-10-01");
        ((bool)(await api.GetAsync($"/api/accounts/{account}/meetings"))["meetings"]![0]!["meeting"]!["held"]!).ShouldBeFalse();
    }

    [Fact]
    public async Task An_import_with_a_last_contact_in_the_future_is_refused_naming_the_element_and_field()
    {
        var api = Start();
        var (account, _, _, talks) = await AccountAsync(api);
        var document = JsonNode.Parse(await api.Http.GetStringAsync($"/api/export?account={account}"))!;
        var edge = document["accounts"]![0]!["edges"]!.AsArray().Single(e => (string)e!["id"]! == talks)!;
        edge["lastContact"] = "2027-06-15";

        var (status, problem) = await api.SendAsync(HttpMethod.Post, "/api/import?replace=true", document.ToJsonString());

        status.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem!["field"]!).ShouldEndWith(".lastContact");
        ((string)problem["detail"]!).ShouldContain(talks);
        (await LastContactAsync(api, account, talks)).ShouldBe("2026-10-01");
    }

    /// <summary>
    /// The map's own endpoints run through MapHandlers (Features/Map/MapCommands.cs), which the lead is
    /// reshaping: they must pass clock.Today() to NodeRules.Add/Update and EdgeRules.Connect/Update, as the
    /// meeting, matrix and import handlers do. Unskip once they do.
    /// </summary>
    [Fact]
    public async Task The_maps_own_endpoints_refuse_a_last_contact_or_a_held_meeting_after_today()
    {
        var api = Start();
        var (account, ana, luis, talks) = await AccountAsync(api);
        var planned = (await api.PostAsync($"/api/accounts/{account}/meetings", new { objective = "Plant visit", date = "2026-12-06", participants = new[] { ana, luis } }))["meeting"]!;

        var (edgeStatus, edgeProblem) = await api.SendAsync(HttpMethod.Patch, $"/api/accounts/{account}/edges/{talks}", new { lastContact = "2027-06-15" });
        var (nodeStatus, nodeProblem) = await api.SendAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{planned["id"]}", new { held = true });

        (edgeStatus, (string?)edgeProblem!["field"]).ShouldBe((HttpStatusCode.BadRequest, "lastContact"));
        (nodeStatus, (string?)nodeProblem!["field"]).ShouldBe((HttpStatusCode.BadRequest, "date"));
    }
}

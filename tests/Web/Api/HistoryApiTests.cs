using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>
/// The history API on a real SQLite file: GET …/history with its filters and pages, GET …/map?asOf=,
/// GET …/diff?from=&amp;to=, undo and restore of a change; each one behind the account's door.
/// </summary>
public sealed class HistoryApiTests : AppTest
{
    private sealed record Fixture(RunningApp App, string Account, string Lois, string Pedro, string Reports, long BeforeStance, ApiClient Ana, ApiClient Jordi);

    /// <summary>Ana adds Lois and Pedro, Jordi connects them, Ana changes Lois's stance, Jordi adds Marta.</summary>
    private async Task<Fixture> HistoryAsync()
    {
        var running = StartApp(seed: false);
        var api = running.Api;
        var account = await api.CreateAccountAsync("History API AG");
        await api.AddToTeamAsync(account, "ana", "Editor");
        await api.AddToTeamAsync(account, "jordi", "Editor");
        var ana = new ApiClient(running.App.CreateClientAs("ana"));
        var jordi = new ApiClient(running.App.CreateClientAs("jordi"));
        var lois = await ana.AddNodeAsync(account, new { kind = "Person", name = "Lois Conroy", title = "Category Manager", stance = "Skeptic" });
        var pedro = await ana.AddNodeAsync(account, new { kind = "Person", name = "Pedro Ruiz", title = "COO" });
        var reports = await jordi.ConnectAsync(account, new { type = "REPORTS_TO", from = lois, to = pedro });
        var before = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;
        await ana.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{lois}", new { stance = "Neutral" });
        await jordi.AddNodeAsync(account, new { kind = "Person", name = "Marta Gil", title = "Plant Manager" });
        return new Fixture(running, account, lois, pedro, reports, before, ana, jordi);
    }

    private static IEnumerable<string> Sentences(JsonNode history) =>
        history["changes"]!.AsArray().SelectMany(c => c!["items"]!.AsArray().Select(i => (string)i!["sentence"]!));

    [Fact]
    public async Task The_history_lists_the_changes_newest_first_in_words_and_as_data_and_filters_them()
    {
        var f = await HistoryAsync();
        var api = f.App.Api;

        var all = await api.GetAsync($"/api/accounts/{f.Account}/history");
        var versions = all["changes"]!.AsArray().Select(c => (long)c!["version"]!).ToList();
        versions.ShouldBe([.. versions.OrderDescending()], "newest first");
        Sentences(all).First().ShouldBe("Jordi Puig added Marta Gil, Plant Manager.");
        Sentences(all).ShouldContain("Ana Ruiz changed Lois Conroy's stance from skeptic to neutral.");
        var stance = all["changes"]!.AsArray().First(c => (long)c!["version"]! == f.BeforeStance + 1)!;
        ((string)stance["by"]!["name"]!, (string)stance["kind"]!).ShouldBe(("Ana Ruiz", "Edit"));
        var field = stance["items"]![0]!["fields"]![0]!;
        ((string)field["field"]!, (string)field["before"]!, (string)field["after"]!).ShouldBe(("stance", "Skeptic", "Neutral"));

        var byJordi = await api.GetAsync($"/api/accounts/{f.Account}/history?user=u-demo-jordi");
        byJordi["changes"]!.AsArray().Select(c => (string)c!["by"]!["name"]!).Distinct().ShouldBe(["Jordi Puig"]);
        var ofLois = await api.GetAsync($"/api/accounts/{f.Account}/history?element={f.Lois}");
        Sentences(ofLois).ShouldBe([
            "Ana Ruiz changed Lois Conroy's stance from skeptic to neutral.",
            "Jordi Puig added the relationship Lois Conroy reports to Pedro Ruiz (3/5).",
            "Ana Ruiz added Lois Conroy, Category Manager."]);
        var ofRelationship = await api.GetAsync($"/api/accounts/{f.Account}/history?element={f.Reports}");
        Sentences(ofRelationship).ShouldBe(["Jordi Puig added the relationship Lois Conroy reports to Pedro Ruiz (3/5)."]);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await api.GetAsync($"/api/accounts/{f.Account}/history?since={today.AddDays(-1):yyyy-MM-dd}&until={today:yyyy-MM-dd}"))["changes"]!.AsArray().Count.ShouldBe(versions.Count);
        (await api.GetAsync($"/api/accounts/{f.Account}/history?until={today.AddDays(-1):yyyy-MM-dd}"))["changes"]!.AsArray().Count.ShouldBe(0);

        var first = await api.GetAsync($"/api/accounts/{f.Account}/history?limit=2");
        ((bool)first["more"]!, first["changes"]!.AsArray().Count).ShouldBe((true, 2));
        var next = await api.GetAsync($"/api/accounts/{f.Account}/history?limit=2&before={versions[1]}");
        next["changes"]!.AsArray().Select(c => (long)c!["version"]!).ShouldBe(versions.Skip(2).Take(2));

        var (status, problem) = await api.SendAsync(HttpMethod.Get, $"/api/accounts/{f.Account}/history?since=last-friday");
        (status, (string?)problem!["field"]).ShouldBe((HttpStatusCode.BadRequest, "since"));
        (await api.SendAsync(HttpMethod.Get, "/api/accounts/no-such-account/history")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_map_as_of_a_version_or_a_day_is_the_map_as_it_was_then()
    {
        var f = await HistoryAsync();
        var api = f.App.Api;

        var then = await api.GetAsync($"/api/accounts/{f.Account}/map?asOf={f.BeforeStance}");
        ((long)then["version"]!).ShouldBe(f.BeforeStance);
        var lois = then["nodes"]!.AsArray().First(n => (string)n!["id"]! == f.Lois)!;
        ((string)lois["stance"]!).ShouldBe("Skeptic");
        then["nodes"]!.AsArray().Select(n => (string)n!["name"]!).ShouldNotContain("Marta Gil");

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await api.GetAsync($"/api/accounts/{f.Account}/map?asOf={today}")).ToJsonString().ShouldBe((await api.GetAsync($"/api/accounts/{f.Account}/map")).ToJsonString(), "the end of today is now");
        var (status, problem) = await api.SendAsync(HttpMethod.Get, $"/api/accounts/{f.Account}/map?asOf=2020-01-01");
        (status, (string)problem!["detail"]!).ShouldBe((HttpStatusCode.NotFound, $"The history of '{f.Account}' has nothing before 2020-01-02 00:00 UTC: the account did not exist yet, or its history was cleared."));
        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{f.Account}/map?asOf=yesterday")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_diff_of_two_points_lists_people_and_relationships_added_removed_and_changed()
    {
        var f = await HistoryAsync();
        var api = f.App.Api;
        await api.OkAsync(HttpMethod.Delete, $"/api/accounts/{f.Account}/nodes/{f.Pedro}");

        var diff = await api.GetAsync($"/api/accounts/{f.Account}/diff?from={f.BeforeStance}");
        var nodes = diff["nodes"]!.AsArray().Select(n => $"{n!["name"]} {n["how"]}").ToList();
        nodes.ShouldBe(["Lois Conroy Changed", "Pedro Ruiz Removed", "Marta Gil Added"], ignoreOrder: true);
        var changed = diff["nodes"]!.AsArray().First(n => (string)n!["how"]! == "Changed")!;
        ((string)changed["fields"]![0]!["words"]!).ShouldBe("stance from skeptic to neutral");
        var edge = diff["edges"]!.AsArray().Single()!;
        ((string)edge["how"]!, (string)edge["relationship"]!).ShouldBe(("Removed", "Lois Conroy reports to Pedro Ruiz"));

        var back = await api.GetAsync($"/api/accounts/{f.Account}/diff?from={f.BeforeStance}&to={f.BeforeStance}");
        (back["nodes"]!.AsArray().Count, back["edges"]!.AsArray().Count).ShouldBe((0, 0));
        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{f.Account}/diff?from=soon")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Undo_is_for_the_author_and_keeps_what_others_changed_since_restore_brings_a_person_back()
    {
        var f = await HistoryAsync();
        var stanceVersion = f.BeforeStance + 1;
        await f.Jordi.OkAsync(HttpMethod.Patch, $"/api/accounts/{f.Account}/nodes/{f.Lois}", new { title = "Head of Purchasing" });

        (await f.Jordi.SendAsync(HttpMethod.Post, $"/api/accounts/{f.Account}/history/{stanceVersion}/undo")).Status.ShouldBe(HttpStatusCode.Forbidden, "only Ana undoes Ana's change");
        var undone = await f.Ana.PostAsync($"/api/accounts/{f.Account}/history/{stanceVersion}/undo", new { });
        ((string)undone["words"]!).ShouldBe("Undone: Lois Conroy's stance.");
        var lois = (await f.Ana.GetAsync($"/api/accounts/{f.Account}/map"))["nodes"]!.AsArray().First(n => (string)n!["id"]! == f.Lois)!;
        ((string)lois["stance"]!, (string)lois["title"]!).ShouldBe(("Skeptic", "Head of Purchasing"));

        var deleted = await f.Jordi.OkAsync(HttpMethod.Delete, $"/api/accounts/{f.Account}/nodes/{f.Lois}");
        var version = (long)(await f.Ana.GetAsync($"/api/accounts/{f.Account}/map"))["version"]!;
        var restored = await f.Ana.PostAsync($"/api/accounts/{f.Account}/history/{version}/restore?element={f.Lois}", new { });
        ((string)restored["words"]!).ShouldBe("Restored: Lois Conroy back and the relationship Lois Conroy reports to Pedro Ruiz back.");
        var map = await f.Ana.GetAsync($"/api/accounts/{f.Account}/map");
        map["edges"]!.AsArray().Select(e => (string)e!["id"]!).ShouldContain(f.Reports);
        var history = await f.Ana.GetAsync($"/api/accounts/{f.Account}/history?limit=1");
        ((string)history["changes"]![0]!["kind"]!, (long)history["changes"]![0]!["of"]!).ShouldBe(("Restore", version));
    }

    [Fact]
    public async Task Only_the_accounts_team_reads_its_history_and_only_editors_restore()
    {
        var f = await HistoryAsync();
        var marta = new ApiClient(f.App.App.CreateClientAs("marta"));
        foreach (var url in (string[])["/history", "/map?asOf=1", "/diff?from=1"])
            (await marta.SendAsync(HttpMethod.Get, $"/api/accounts/{f.Account}{url}")).Status.ShouldBe(HttpStatusCode.NotFound, $"{url}: Marta is not on the team yet, so for her there is no such account");

        await f.App.Api.AddToTeamAsync(f.Account, "marta", "Viewer");
        foreach (var url in (string[])["/history", "/map?asOf=1", "/diff?from=1"])
            (await marta.SendAsync(HttpMethod.Get, $"/api/accounts/{f.Account}{url}")).Status.ShouldBe(HttpStatusCode.OK, $"{url}: a viewer reads it");
        (await marta.SendAsync(HttpMethod.Post, $"/api/accounts/{f.Account}/history/{f.BeforeStance}/restore?element={f.Lois}&field=stance")).Status.ShouldBe(HttpStatusCode.Forbidden, "a viewer restores nothing");
    }
}

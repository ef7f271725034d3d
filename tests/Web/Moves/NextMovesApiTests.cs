using System.Net;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Moves;

/// <summary>GET …/next-moves and the sketches of an account, through the real API.</summary>
public sealed class NextMovesApiTests : AppTest
{
    /// <summary>Ana talks with Luis (a skeptic, 4/5), who influences María, the decision maker (3/5): our way in is 48 %.</summary>
    private async Task<(AppFactory App, ApiClient Api, string Account, string Ana, string Luis, string Maria)> VidalAsync()
    {
        var (app, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Vidal Packaging S.A.");
        var maria = await api.AddNodeAsync(account, new { kind = "Person", name = "María Vidal", title = "CFO", level = "Executive", roles = new[] { "DecisionMaker" }, stance = "Neutral" });
        var luis = await api.AddNodeAsync(account, new { kind = "Person", name = "Luis Gómez", title = "Buyer", level = "Manager", stance = "Skeptic", roles = new[] { "Purchaser" } });
        var ana = await api.AddNodeAsync(account, new { kind = "Counterpart", name = "Ana Ruiz", teamRole = "AccountManager", level = "Manager" });
        await api.ConnectAsync(account, new { type = "TALKS_WITH", from = ana, to = luis, strength = 4 });
        await api.ConnectAsync(account, new { type = "INFLUENCES", from = luis, to = maria, strength = 3 });
        return (app, api, account, ana, luis, maria);
    }

    private static string Sketch(string account, string name) => $"/api/accounts/{account}/sketches/{Uri.EscapeDataString(name)}";

    [Fact]
    public async Task Applying_the_top_move_through_the_API_gives_the_strength_it_predicted()
    {
        var (app, api, account, ana, _, maria) = await VidalAsync();
        using var _ = app;

        var answer = await api.GetAsync($"/api/accounts/{account}/next-moves?strength=4");
        var top = answer["moves"]!.AsArray()[0]!;
        ((double)answer["baseline"]!["strength"]!).ShouldBe(0.48, 1e-9);
        ((string)top["from"]!, (string)top["to"]!, (string)top["kind"]!, (int)top["strength"]!).ShouldBe((ana, maria, "New", 4));
        ((double)top["gain"]!).ShouldBe(0.32, 1e-9);
        ((string)top["explanation"]!).ShouldBe("If Ana Ruiz (manager) builds a relationship with María Vidal (CFO, neutral, decision maker) at strength 4, our best way in rises from 48 % to 80 %, two levels apart.");
        await api.ConnectAsync(account, new { type = "TALKS_WITH", from = (string)top["from"]!, to = (string)top["to"]!, strength = (int)top["strength"]! });

        var real = (await api.GetAsync($"/api/accounts/{account}/reach"))["paths"]!.AsArray().Single()!;
        ((double)real["strength"]!).ShouldBe((double)top["after"]!["strength"]!, 1e-12);
        real["nodes"]!.ToJsonString().ShouldBe(top["after"]!["path"]!["nodes"]!.ToJsonString());
        var after = await api.GetAsync($"/api/accounts/{account}/next-moves");
        ((double)after["baseline"]!["strength"]!).ShouldBe((double)top["after"]!["strength"]!, 1e-12);
    }

    [Fact]
    public async Task Applying_the_top_move_on_a_demo_account_through_the_API_gives_the_strength_it_predicted()
    {
        var (_, _, api) = StartApp(seed: true);
        var checkedOne = false;
        foreach (var id in (await api.GetAsync("/api/accounts")).AsArray().Select(a => (string)a!["id"]!))
        {
            var moves = (await api.GetAsync($"/api/accounts/{id}/next-moves?k=1&strength=4"))["moves"]!.AsArray();
            if (moves.Count == 0) continue;
            var top = moves[0]!;
            if (top["edgeId"] is { } edge)
                await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{id}/edges/{(string)edge!}", new { strength = (int)top["strength"]!, status = "Active" });
            else
                await api.ConnectAsync(id, new { type = "TALKS_WITH", from = (string)top["from"]!, to = (string)top["to"]!, strength = (int)top["strength"]! });
            var real = (await api.GetAsync($"/api/accounts/{id}/reach"))["paths"]!.AsArray()[0]!;
            ((double)real["strength"]!).ShouldBe((double)top["after"]!["strength"]!, 1e-12);
            ((string)real["explanation"]!).ShouldBe((string)top["after"]!["path"]!["explanation"]!);
            checkedOne = true;
        }
        checkedOne.ShouldBeTrue("some demo account has a move to make");
    }

    [Fact]
    public async Task Next_moves_ask_for_the_signer_or_one_person_and_refuse_bad_options()
    {
        var (app, api, account, _, luis, _) = await VidalAsync();
        using var _ = app;

        var signer = await api.GetAsync($"/api/accounts/{account}/next-moves?to=signer");
        var toLuis = await api.GetAsync($"/api/accounts/{account}/next-moves?to={luis}&k=5&strength=5");

        signer["moves"]!.AsArray().ShouldBeEmpty();
        ((string)signer["reason"]!).ShouldBe("no signer is marked in this account");
        ((double)toLuis["baseline"]!["strength"]!).ShouldBe(0.8, 1e-9);
        var stronger = toLuis["moves"]!.AsArray().Single()!;
        ((string)stronger["kind"]!, (int)stronger["strength"]!, (int)stronger["strengthBefore"]!).ShouldBe(("Stronger", 5, 4));
        ((string)stronger["explanation"]!).ShouldContain("our best way to Luis Gómez rises from 80 % to 100 %");
        foreach (var bad in new[] { "k=0", "k=51", "strength=6", "avoid=Grumpy", "maxHops=13" })
            (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{account}/next-moves?{bad}")).Status.ShouldBe(HttpStatusCode.BadRequest, bad);
        (await api.SendAsync(HttpMethod.Get, "/api/accounts/acc-missing/next-moves")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reach_risks_and_next_moves_answer_for_a_saved_what_if_and_the_map_stays_as_it_is()
    {
        var (app, api, account, ana, luis, maria) = await VidalAsync();
        using var _ = app;
        var version = (long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!;

        var saved = await api.OkAsync(HttpMethod.Put, Sketch(account, "Luis turns"), new { talks = Array.Empty<object>(), stances = new[] { new { personId = luis, stance = "Detractor" } } });

        ((string)saved["name"]!).ShouldBe("Luis turns");
        var reach = await api.GetAsync($"/api/accounts/{account}/reach?sketch=Luis%20turns");
        reach["paths"]!.AsArray().ShouldBeEmpty();
        ((string)reach["reason"]!).ShouldContain("Luis Gómez");
        (await api.GetAsync($"/api/accounts/{account}/risks?sketch=Luis%20turns")).AsArray()
            .ShouldContain(f => (string)f!["kind"]! == "detractor-near-decision-maker" && (string)f["severity"]! == "Critical");
        var moves = await api.GetAsync($"/api/accounts/{account}/next-moves?sketch=Luis%20turns");
        ((double)moves["baseline"]!["strength"]!).ShouldBe(0);
        ((string)moves["moves"]!.AsArray()[0]!["to"]!).ShouldBe(maria);
        (await api.GetAsync($"/api/accounts/{account}/reach"))["paths"]!.AsArray().Count.ShouldBe(1);
        ((long)(await api.GetAsync($"/api/accounts/{account}/map"))["version"]!).ShouldBe(version);

        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{account}/next-moves?sketch=nothing")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await api.SendAsync(HttpMethod.Put, Sketch(account, "ghost"), new { stances = new[] { new { personId = "p-ghost", stance = "Neutral" } } })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await api.SendAsync(HttpMethod.Put, Sketch(account, "self"), new { talks = new[] { new { from = ana, to = ana, strength = 3 } } })).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await api.SendAsync(HttpMethod.Put, Sketch(account, new string('x', 81)), new { })).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await api.SendAsync(HttpMethod.Put, Sketch(account, "a\\b"), new { })).Status.ShouldBe(HttpStatusCode.BadRequest);
        var (status, problem) = await api.SendAsync(HttpMethod.Put, Sketch(account, "big"),
            new { stances = Enumerable.Repeat(new { personId = luis, stance = "Neutral" }, 201) });
        (status, (string)problem!["detail"]!).ShouldBe((HttpStatusCode.BadRequest, "A sketch holds at most 200 changes (this one has 201)."));
        (await api.GetAsync($"/api/accounts/{account}/sketches")).AsArray().Select(s => (string)s!["name"]!).ShouldBe(["Luis turns"]);
    }

    [Fact]
    public async Task A_saved_what_if_is_shared_with_the_account_team_and_only_editors_save_delete_or_plan_it()
    {
        var (app, _, admin) = StartApp(seed: true);
        var account = (string)(await admin.GetAsync("/api/accounts")).AsArray()[0]!["id"]!;
        var map = await admin.GetAsync($"/api/accounts/{account}/map");
        var nodes = map["nodes"]!.AsArray();
        var talks = map["edges"]!.AsArray().Where(e => (string)e!["type"]! == "TALKS_WITH").Select(e => ((string)e!["from"]!, (string)e["to"]!)).ToHashSet();
        var (ours, theirs) = nodes.Where(n => (string)n!["kind"]! == "Counterpart").SelectMany(c => nodes.Where(n => (string)n!["kind"]! == "Person").Select(p => ((string)c!["id"]!, (string)p!["id"]!)))
            .First(pair => !talks.Contains(pair));
        var person = nodes.First(n => (string)n!["kind"]! == "Person")!;
        var sketch = new { talks = new[] { new { from = ours, to = theirs, strength = 4 } }, stances = new[] { new { personId = (string)person["id"]!, stance = "Champion" } } };
        var ana = new ApiClient(app.CreateClientAs("ana"));
        var marta = new ApiClient(app.CreateClientAs("marta"));
        var anaReading = new ApiClient(app.CreateClientAs("ana", SalesOps.Graph.Access.TokenScope.Read));

        (await marta.SendAsync(HttpMethod.Put, Sketch(account, "Peer plan"), sketch)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await anaReading.SendAsync(HttpMethod.Put, Sketch(account, "Peer plan"), sketch)).Status.ShouldBe(HttpStatusCode.Forbidden);
        await ana.OkAsync(HttpMethod.Put, Sketch(account, "Peer plan"), sketch);
        var seen = (await marta.GetAsync($"/api/accounts/{account}/sketches")).AsArray().Single()!;
        ((string)seen["name"]!, (string)seen["savedByName"]!).ShouldBe(("Peer plan", "Ana Ruiz"));
        (await marta.GetAsync($"/api/accounts/{account}/next-moves?sketch=Peer%20plan"))["baseline"].ShouldNotBeNull();
        (await marta.SendAsync(HttpMethod.Post, Sketch(account, "Peer plan") + "/planned")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await marta.SendAsync(HttpMethod.Delete, Sketch(account, "Peer plan"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await new ApiClient(app.CreateAnonymousClient()).SendAsync(HttpMethod.Get, $"/api/accounts/{account}/sketches")).Status.ShouldBe(HttpStatusCode.Unauthorized);

        var planned = await ana.PostAsync(Sketch(account, "Peer plan") + "/planned", new { });

        var edge = planned["added"]!.AsArray().Single()!;
        ((string)edge["from"]!, (string)edge["to"]!, (int)edge["strength"]!, (string)edge["status"]!).ShouldBe((ours, theirs, 4, "Planned"));
        ((int)planned["stancesNotWritten"]!).ShouldBe(1);
        var after = await admin.GetAsync($"/api/accounts/{account}/map");
        ((string?)after["nodes"]!.AsArray().Single(n => (string)n!["id"]! == (string)person["id"]!)!["stance"]).ShouldBe((string?)person["stance"]);
        (await ana.SendAsync(HttpMethod.Post, Sketch(account, "Peer plan") + "/planned")).Status.ShouldBe(HttpStatusCode.BadRequest, "everything in it is planned already");
        (await ana.SendAsync(HttpMethod.Delete, Sketch(account, "Peer plan"))).Status.ShouldBe(HttpStatusCode.NoContent);
        (await ana.SendAsync(HttpMethod.Delete, Sketch(account, "Peer plan"))).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}

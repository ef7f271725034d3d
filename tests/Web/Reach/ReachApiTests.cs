using System.Net;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Reach;

public sealed class ReachApiTests : AppTest
{
    private async Task<(AppFactory App, ApiClient Api, string Account, string Ana, string Luis, string Maria)> AccountAsync()
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

    [Fact]
    public async Task The_strongest_path_to_the_decision_maker_explains_itself_hop_by_hop()
    {
        var (app, api, account, ana, luis, maria) = await AccountAsync();
        using var _ = app;

        var answer = await api.GetAsync($"/api/accounts/{account}/reach?from={ana}&to=decision-makers&mode=strongest&k=3");

        var path = answer["paths"]!.AsArray().Single()!;
        path["nodes"]!.AsArray().Select(n => (string)n!).ShouldBe([ana, luis, maria]);
        ((double)path["strength"]!).ShouldBe(0.8 * 0.6, 1e-9);
        ((int)path["hops"]!).ShouldBe(2);
        path["edges"]!.AsArray().Count.ShouldBe(2);
        ((string)path["explanation"]!).ShouldContain("Ana Ruiz");
        ((string)path["explanation"]!).ShouldContain("María Vidal");
    }

    [Fact]
    public async Task Avoiding_skeptics_leaves_no_path_and_says_why()
    {
        var (app, api, account, _, _, _) = await AccountAsync();
        using var _ = app;

        var answer = await api.GetAsync($"/api/accounts/{account}/reach?avoid=Skeptic");

        answer["paths"]!.AsArray().ShouldBeEmpty();
        ((string)answer["reason"]!).ShouldContain("Luis Gómez");
    }

    [Fact]
    public async Task Bad_options_are_refused_with_400()
    {
        var (app, api, account, _, luis, _) = await AccountAsync();
        using var _ = app;

        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{account}/reach?k=11")).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{account}/reach?avoid=Grumpy")).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await api.SendAsync(HttpMethod.Get, $"/api/accounts/{account}/reach?from={luis}")).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await api.SendAsync(HttpMethod.Get, "/api/accounts/acc-missing/reach")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Risks_name_the_skeptic_next_to_the_decision_maker_and_the_uncovered_members()
    {
        var (app, api, account, _, _, maria) = await AccountAsync();
        using var _ = app;

        var findings = (await api.GetAsync($"/api/accounts/{account}/risks")).AsArray();

        var kinds = findings.Select(f => (string)f!["kind"]!).ToList();
        kinds.ShouldContain("detractor-near-decision-maker");
        kinds.ShouldContain("uncovered-member");
        findings.First(f => (string)f!["kind"]! == "uncovered-member")!["nodeIds"]!.AsArray().Select(n => (string)n!).ShouldContain(maria);
    }
}

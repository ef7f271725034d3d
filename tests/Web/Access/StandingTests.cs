using System.Net;
using Mediator;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Web.Access;
using SalesOps.Web.Features.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>What one may reach follows who one is now: another team's ids lead nowhere, and a revoked token or a disabled user stops at once.</summary>
public sealed class StandingTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private async Task<T> AskAsync<T>(string who, IQuery<T> query)
    {
        using var scope = world.App.ScopeAs(who);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    private async Task<T> SendAsync<T>(string who, ICommand<T> command)
    {
        using var scope = world.App.ScopeAs(who);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    private async Task<long> VersionAsync(string account) => (long)(await world.MapAsync(account))["version"]!;

    [Fact]
    public async Task A_member_of_one_account_using_ids_of_another_gets_404_and_nothing_changes()
    {
        // B: an account Ana is not on, with a person, one of ours and a relationship.
        var b = await world.Admin.CreateAccountAsync("Other Team Ltd");
        var theirs = await world.Admin.AddNodeAsync(b, new { kind = "Person", name = "Bea Other", level = "Director" });
        var ours = await world.Admin.AddNodeAsync(b, new { kind = "Counterpart", name = "Only On B", teamRole = "AccountManager", level = "Manager" });
        var talks = await world.Admin.ConnectAsync(b, new { type = "TALKS_WITH", from = ours, to = theirs, strength = 3 });
        var (a, versionA, versionB) = (world.Account, await VersionAsync(world.Account), await VersionAsync(b));
        var ana = world.VisitorOf(Who.Editor);
        var answers = new Dictionary<string, HttpStatusCode>();
        async Task SendAsync(string method, string path, object? body = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
            using var response = await ana.Http.SendAsync(request);
            answers[$"{method} {path.Replace(a, "A", StringComparison.Ordinal).Replace(b, "B", StringComparison.Ordinal)}"] = response.StatusCode;
        }

        await SendAsync("GET", $"/api/accounts/{b}/map");
        await SendAsync("PATCH", $"/api/accounts/{b}", new { name = "Taken" });
        await SendAsync("PATCH", $"/api/accounts/{b}/nodes/{theirs}", new { stance = "Detractor" });
        await SendAsync("DELETE", $"/api/accounts/{b}/nodes/{theirs}");
        await SendAsync("DELETE", $"/api/accounts/{b}/edges/{talks}");
        await SendAsync("DELETE", $"/api/accounts/{b}");
        await SendAsync("GET", $"/api/export?account={b}");
        await SendAsync("PATCH", $"/api/accounts/{a}/nodes/{theirs}", new { stance = "Detractor" });
        await SendAsync("DELETE", $"/api/accounts/{a}/nodes/{theirs}");
        await SendAsync("PATCH", $"/api/accounts/{a}/edges/{talks}", new { strength = 1 });
        await SendAsync("DELETE", $"/api/accounts/{a}/edges/{talks}");
        await SendAsync("POST", $"/api/accounts/{a}/meetings/{theirs}/held", new { outcome = "Taken" });
        // An id of B in a body means no more in A than an id nobody ever made: the same refusal, naming only A.
        var draft = $"/api/accounts/{a}/edges";
        var (statusB, detailB) = await ana.ProblemAsync(draft, new { type = "INFLUENCES", from = theirs, to = world.PersonId, strength = 5 });
        var (statusMadeUp, detailMadeUp) = await ana.ProblemAsync(draft, new { type = "INFLUENCES", from = "p-made-up", to = world.PersonId, strength = 5 });

        answers.Where(x => x.Value != HttpStatusCode.NotFound).Select(x => $"{x.Key} → {(int)x.Value}").ShouldBeEmpty();
        (statusB, detailB.Replace(theirs, "ID", StringComparison.Ordinal)).ShouldBe((statusMadeUp, detailMadeUp.Replace("p-made-up", "ID", StringComparison.Ordinal)));
        detailB.ShouldNotContain("Other Team");
        (await VersionAsync(a), await VersionAsync(b)).ShouldBe((versionA, versionB));
        using var relationships = await ana.GetAsync("/api/relationships?counterpart=Only%20On%20B");
        (await relationships.Content.ReadAsStringAsync()).ShouldBe("[]");
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(world.Address, "/hubs/maps"), o => o.Cookies = ana.Cookies).Build();
        await hub.StartAsync();
        (await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<long>("JoinMap", b))).Message.ShouldEndWith($"There is no account '{b}'.");
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_the_next_request()
    {
        var (token, secret) = await SendAsync("ana", new CreateToken("nightly sync", TokenScope.Write, 30));
        using var script = Visitor.Script(world.Address, secret);
        using (var before = await script.GetAsync($"/api/accounts/{world.Account}/map")) before.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await SendAsync("ana", new RevokeToken(token.Id))).ShouldBeTrue();

        using var after = await script.GetAsync($"/api/accounts/{world.Account}/map");
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AskAsync("ana", new ListMyTokens())).Single(t => t.Id == token.Id).RevokedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_disabled_users_cookie_token_and_live_connection_stop_working_at_the_next_request()
    {
        var store = world.App.Services.GetRequiredService<IAccessStore>();
        var dora = new User { Id = "u-dora", Email = "dora@standing.example", Name = "Dora Disabled", CreatedAt = DateTimeOffset.UtcNow };
        await store.SaveUserAsync(dora with { PasswordHash = LocalSignIn.Hash(dora, "Dora-Own-Pass-1") }, default);
        await SendAsync("lukas", new SetTeamMember(world.Account, dora.Email, AccountRole.Editor));
        using var browser = await Visitor.PasswordAsync(world.Address, dora.Email, "Dora-Own-Pass-1");
        using var script = Visitor.Script(world.Address, world.App.TokenOf(dora.Id));
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(world.Address, "/hubs/maps"), o => o.Cookies = browser.Cookies).Build();
        await hub.StartAsync();
        await hub.InvokeAsync<long>("JoinMap", world.Account);
        var map = $"/api/accounts/{world.Account}/map";
        using (var before = await browser.GetAsync(map)) before.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var before = await script.GetAsync(map)) before.StatusCode.ShouldBe(HttpStatusCode.OK);

        await SendAsync("lukas", new SetUserDisabled(dora.Id, true));

        using (var after = await browser.GetAsync(map)) after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using (var after = await script.GetAsync(map)) after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var page = await browser.GetAsync("/");
        new Uri(world.Address, page.Headers.Location!).AbsolutePath.ShouldBe("/signin");
        browser.SignedIn.ShouldBeFalse();
        using var again = await browser.PostFormAsync("/signin/password", "/signin", ("email", dora.Email), ("password", "Dora-Own-Pass-1"));
        again.Headers.Location!.OriginalString.ShouldStartWith("/signin?failed=1");
        await Should.ThrowAsync<HubException>(() => hub.InvokeAsync<long>("ChangesSince", world.Account, 0L));
    }
}

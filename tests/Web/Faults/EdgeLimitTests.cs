using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;
using Limit = SalesOps.Graph.Model.Limits;

namespace SalesOps.Tests.Web.Faults;

/// <summary>
/// The relationships-per-account limit, one edge through the API and a whole account through the import
/// rules. The full account is built in memory (counterparts talking with people, every pair a valid edge)
/// and written to the store in one commit: 120,000 API calls would take an hour.
/// </summary>
public sealed class EdgeLimitTests : AppTest
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public async Task An_account_at_the_edge_limit_refuses_one_more_naming_the_limit_and_keeps_what_it_has()
    {
        var (app, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Well Connected AG");
        var full = Connected(account, Limit.EdgesPerAccount + 1);
        var store = app.Services.GetRequiredService<IGraphStore>();
        var extra = full.Edges[^1];
        var written = await store.ChangeAsync(account, _ => [.. full.Nodes.Select(n => new PutNode(n)), .. full.Edges.SkipLast(1).Select(e => new PutEdge(e))], default);

        var (status, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "TALKS_WITH", from = extra.From, to = extra.To });

        (status, (string?)body!["field"]).ShouldBe((HttpStatusCode.BadRequest, "limit:edgesPerAccount"), body.ToJsonString());
        ((string)body["detail"]!).ShouldContain("at most 120,000 relationships");
        written.Map.Edges.Count.ShouldBe(Limit.EdgesPerAccount);
        // The version says nothing was committed since, without reading 120,000 edges back.
        (await store.ListAccountsAsync(default)).Single(s => s.Account.Id == account).Account.Version.ShouldBe(written.Commit.Version);
    }

    [Fact]
    public void An_imported_account_past_the_edge_limit_is_refused_naming_it_and_one_at_the_limit_passes()
    {
        var over = Connected("acc-over", Limit.EdgesPerAccount + 1);

        var error = Should.Throw<GraphException>(() => ImportRules.Maps(ExportDocument.Of([over]), Today));
        var atLimit = ImportRules.Maps(ExportDocument.Of([over with { Edges = [.. over.Edges.SkipLast(1)] }]), Today);

        (error.Error, error.Field).ShouldBe((GraphError.Invalid, "accounts[0].limit:edgesPerAccount"));
        error.Message.ShouldContain("at most 120,000 relationships");
        atLimit.ShouldHaveSingleItem().Edges.Count.ShouldBe(Limit.EdgesPerAccount);
    }

    /// <summary>An account whose counterparts each talk with every person: <paramref name="edges"/> distinct valid edges.</summary>
    private static AccountMap Connected(string accountId, int edges)
    {
        const int people = 400;
        var counterparts = (edges + people - 1) / people;
        var account = AccountRules.Create(new AccountDraft { Name = "Well Connected AG" }, accountId);
        var persons = Enumerable.Range(0, people).Select(i => new Node { Id = $"p-{i}", Kind = NodeKind.Person, Name = $"Person {i}" }).ToList();
        var ours = Enumerable.Range(0, counterparts).Select(i => new Node { Id = $"c-{i}", Kind = NodeKind.Counterpart, Name = $"Counterpart {i}" }).ToList();
        var talks = Enumerable.Range(0, edges).Select(i => EdgeRules.Create(new EdgeDraft { Id = $"e-{i}", Type = EdgeType.TALKS_WITH, From = $"c-{i / people}", To = $"p-{i % people}" })).ToList();
        return new AccountMap(account, [.. persons, .. ours], talks);
    }
}

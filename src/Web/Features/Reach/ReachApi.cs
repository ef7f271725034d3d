using Mediator;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Moves;

namespace SalesOps.Web.Features.Reach;

public static class ReachApi
{
    public static void MapReachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}").WithTags("Reach");

        api.MapGet("/reach", async (string accountId, string? from, string? to, string? mode, int? k, int? maxHops, string? avoid,
                string? edgeTypes, string? sketch, IMediator m, CancellationToken ct) =>
            {
                var query = new ReachQuery(
                    string.IsNullOrWhiteSpace(from) ? ReachQuery.All : from.Trim(),
                    string.IsNullOrWhiteSpace(to) ? ReachQuery.DecisionMakers : to.Trim(),
                    ReachEngine.ParseMode(mode), k ?? 1, maxHops ?? 6,
                    avoid is null ? null : ReachEngine.ParseStances(Split(avoid)),
                    edgeTypes is null ? null : ReachEngine.ParseEdgeTypes(Split(edgeTypes)));
                return await m.Send(new FindReach(accountId, query, await MovesApi.SavedAsync(m, accountId, sketch, ct)), ct);
            })
            .WithSummary("Paths from our people to the decision makers (or one person, or the signer), strongest or shortest, top k.")
            .WithDescription("from: a counterpart id or 'all'; to: a person id, 'decision-makers' or 'signer'; mode: strongest|shortest; k 1–10; maxHops 1–12; avoid: comma-separated stances (default Detractor; empty avoids none); edgeTypes: comma-separated (default TALKS_WITH,INFLUENCES,REPORTS_TO); sketch: the name of a saved what-if to search instead of the map as it is.")
            .ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/risks", async (string accountId, string? sketch, IMediator m, CancellationToken ct) =>
                await m.Send(new ListRisks(accountId, await MovesApi.SavedAsync(m, accountId, sketch, ct)), ct))
            .WithSummary("The account's findings: coverage gaps, peer-level mismatches, single threads, opposition near the decision maker, unknown stances, key influencers.")
            .ProducesProblem(404);
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Web.Contracts;

namespace SalesOps.Web.Features.Moves;

public static class MovesApi
{
    /// <summary>What turning a sketch into planned relationships wrote (at <paramref name="Version"/>) and left.</summary>
    public sealed record PlannedDto(long Version, IReadOnlyList<EdgeDto> Added, IReadOnlyList<EdgeDto> AlreadyPlanned,
        IReadOnlyList<SketchTalk> Existing, int StancesNotWritten);

    public static void MapMovesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}").WithTags("Next moves");

        api.MapGet("/next-moves", async (string accountId, string? to, int? k, int? strength, int? maxHops, string? avoid, string? edgeTypes,
                string? sketch, IMediator m, CancellationToken ct) =>
            {
                var query = new NextMovesQuery(
                    string.IsNullOrWhiteSpace(to) ? ReachQuery.DecisionMakers : to.Trim(), k ?? 3, strength ?? 3, maxHops ?? 6,
                    avoid is null ? null : ReachEngine.ParseStances(Split(avoid)),
                    edgeTypes is null ? null : ReachEngine.ParseEdgeTypes(Split(edgeTypes)));
                return await m.Send(new FindNextMoves(accountId, query, await SavedAsync(m, accountId, sketch, ct)), ct);
            })
            .WithSummary("The new or stronger relationships of ours that would most strengthen our best way in, best first.")
            .WithDescription("to: 'decision-makers' (default), 'signer' or a person id; k 1–50 (default 3); strength 1–5, what a relationship we build is assumed to reach (default 3); "
                + "maxHops, avoid and edgeTypes as in /reach; sketch: the name of a saved what-if to ask against instead of the map as it is.")
            .Produces<NextMovesAnswer>().ProducesProblem(400).ProducesProblem(404);

        api.MapGet("/sketches", async (string accountId, IMediator m, CancellationToken ct) => await m.Send(new ListSketches(accountId), ct))
            .WithSummary("The account's saved what-if sketches: hypothetical relationships and stance changes, by name.").ProducesProblem(404);

        api.MapGet("/sketches/{name}", async (string accountId, string name, IMediator m, CancellationToken ct) => await m.Send(new GetSketch(accountId, name), ct))
            .WithSummary("One saved what-if sketch.").ProducesProblem(404);

        api.MapPut("/sketches/{name}", async (string accountId, string name, Sketch sketch, IMediator m, CancellationToken ct) =>
                await m.Send(new SaveSketch(accountId, name, sketch), ct))
            .WithSummary("Saves a what-if sketch by name (replacing one of that name) for the account team: { talks: [{ from, to, strength }], stances: [{ personId, stance }] }.")
            .ProducesProblem(400).ProducesProblem(404);

        api.MapDelete("/sketches/{name}", async Task<Results<NoContent, NotFound>> (string accountId, string name, IMediator m, CancellationToken ct) =>
                await m.Send(new DeleteSketch(accountId, name), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Deletes a saved what-if sketch.");

        api.MapPost("/sketches/{name}/planned", async (string accountId, string name, IMediator m, CancellationToken ct) =>
            {
                var saved = await m.Send(new GetSketch(accountId, name), ct);
                var (result, plan) = await m.Send(new PlanSketch(accountId, saved.Sketch), ct);
                EdgeDto Edge(string id) => EdgeDto.Of(result.Map.FindEdge(id)!);
                return new PlannedDto(result.Version, [.. plan.Added.Select(Edge)], [.. plan.AlreadyPlanned.Select(Edge)], plan.Existing, plan.StancesNotWritten);
            })
            .WithSummary("Turns a saved sketch's hypothetical relationships into planned ones (TALKS_WITH, status Planned) in one change. Stance changes are not written.")
            .ProducesProblem(400).ProducesProblem(404);
    }

    /// <summary>The saved sketch a question names, or none.</summary>
    public static async Task<Sketch?> SavedAsync(IMediator m, string accountId, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(m);
        return string.IsNullOrWhiteSpace(name) ? null : (await m.Send(new GetSketch(accountId, name.Trim()), ct)).Sketch;
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

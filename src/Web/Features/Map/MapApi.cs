using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Accounts;
using SalesOps.Web.Features.Api;

using SalesOps.Web.Contracts;

namespace SalesOps.Web.Features.Map;

public static class MapApi
{
    public static void MapMapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}").WithTags("Map");

        api.MapGet("/map", async (string accountId, string? asOf, IMediator m, IStringLocalizer<Text> text, CancellationToken ct) =>
            MapDto.From(string.IsNullOrWhiteSpace(asOf)
                ? await m.LoadMapAsync(accountId, ct)
                : await m.Send(new History.GetMapAsOf(accountId, History.AsOf.Parse(asOf, "asOf", text)), ct)))
            .WithSummary("The account's whole map: nodes (Person, Counterpart, Function) and edges; ?asOf= a version, a day (its end, UTC) or an instant gives the map as it was then.")
            .ProducesProblem(400).ProducesProblem(404);

        api.MapPost("/nodes", async Task<Created<NodeDto>> (string accountId, NodeDraft draft, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new AddNode(accountId, draft), ct);
            var node = r.Commit.Ops.OfType<PutNode>().First().Node;
            return TypedResults.Created($"/api/accounts/{accountId}/nodes/{node.Id}", NodeDto.From(r.Map, node));
        }).WithSummary("Adds a person, counterpart or function.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapPatch("/nodes/{nodeId}", async (string accountId, string nodeId, NodePatch patch, HttpRequest request, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new UpdateNode(accountId, nodeId, patch with { BaseVersion = Preconditions.Base(request, patch.BaseVersion) }), ct);
            return NodeDto.From(r.Map, r.Map.Find(nodeId)!);
        }).WithSummary("Changes a node's fields or position (x, y).").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapDelete("/nodes/{nodeId}", async (string accountId, string nodeId, long? baseVersion, HttpRequest request, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new DeleteNode(accountId, nodeId, Preconditions.Base(request, baseVersion)), ct);
            return new NodeDeletedDto(nodeId, r.Commit.Count<RemoveEdge>(), r.Commit.Version);
        }).WithSummary("Deletes a node and its edges; says how many edges went with it.").ProducesProblem(404).ProducesProblem(409);

        api.MapPost("/edges", async Task<Created<EdgeDto>> (string accountId, EdgeDraft draft, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new ConnectNodes(accountId, draft), ct);
            var edge = EdgeDto.Of(r.Commit.Ops.OfType<PutEdge>().First().Edge);
            return TypedResults.Created($"/api/accounts/{accountId}/edges/{edge.Id}", edge);
        }).WithSummary("Connects two nodes with REPORTS_TO, INFLUENCES, TALKS_WITH or WORKS_IN.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapPatch("/edges/{edgeId}", async (string accountId, string edgeId, EdgePatch patch, HttpRequest request, IMediator m, CancellationToken ct) =>
            EdgeDto.Of((await m.Send(new UpdateEdge(accountId, edgeId, patch with { BaseVersion = Preconditions.Base(request, patch.BaseVersion) }), ct)).Map.FindEdge(edgeId)!))
            .WithSummary("Changes an edge's strength or relationship fields.").ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapDelete("/edges/{edgeId}", async Task<NoContent> (string accountId, string edgeId, long? baseVersion, HttpRequest request, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new DisconnectEdge(accountId, edgeId, Preconditions.Base(request, baseVersion)), ct);
            return TypedResults.NoContent();
        }).WithSummary("Removes an edge.").ProducesProblem(404).ProducesProblem(409);
    }
}

using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Web.Contracts;
using SalesOps.Web.Features.Api;

namespace SalesOps.Web.Features.Plan;

public static class PlanApi
{
    /// <summary>A pair of the matrix: lastMet is the day they last met (a held meeting both attended, or the relationship's last contact).</summary>
    public sealed record CellDto(string Counterpart, string Person, PeerFit Fit, EdgeDto? Relationship, DateOnly? LastMet, DateOnly? Due);

    public sealed record ColumnDto(string Id, string Name, string? Title, Level? Level, string? Function, bool Member);

    public sealed record MatrixDto(string AccountId, long Version, IReadOnlyList<NodeDto> Rows, IReadOnlyList<ColumnDto> Columns,
        IReadOnlyList<CellDto> Cells, IReadOnlyList<Suggestion> Suggestions, IReadOnlyList<NextMove> NextMoves);

    public sealed record ContactDto(string AccountId, string AccountName, string Counterpart, string Person, string PersonName,
        EdgeDto Relationship, DateOnly? LastMet, DateOnly? Due, bool Overdue);

    public static void MapPlanApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/accounts/{accountId}/matrix", async (string accountId, IMediator m, CancellationToken ct) =>
        {
            var (map, matrix, met, moves) = await m.Send(new GetContactMatrix(accountId), ct);
            return new MatrixDto(accountId, map.Version, [.. matrix.Rows.Select(r => NodeDto.From(map, r))],
                [.. matrix.Columns.Select(c => new ColumnDto(c.Person.Id, c.Person.Name, c.Person.Title, c.Person.Level, c.FunctionName, c.Member))],
                [.. matrix.Rows.SelectMany(r => matrix.Columns.Select(c => (r, c.Person))).Select(x =>
                {
                    var edge = matrix.Cell(x.r.Id, x.Person.Id);
                    return new CellDto(x.r.Id, x.Person.Id, ContactMatrix.Fit(x.r.Level, x.Person.Level), edge is null ? null : EdgeDto.Of(edge),
                        met.Pair(x.r.Id, x.Person.Id), edge is null ? null : RelationshipPlan.Due(edge, met));
                })],
                matrix.Suggestions, moves);
        }).WithTags("Plan").WithSummary("The contact matrix: our people × their people with relationship, peer fit, suggestions and the three best next moves.").ProducesProblem(404);

        app.MapGet("/api/relationships", async (string counterpart, IMediator m, CancellationToken ct) =>
            (await m.Send(new ListRelationships(counterpart), ct)).Select(c => new ContactDto(c.AccountId, c.AccountName, c.Counterpart.Id,
                c.Person.Id, c.Person.Name, EdgeDto.Of(c.Relationship), c.LastContact, c.Due, c.Overdue)).ToList())
            .WithTags("Plan").WithSummary("One of our people's relationships across all accounts (matched by name), soonest due first.");
    }
}

using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Web.Access;
using SalesOps.Web.Contracts;
using SalesOps.Web.Features.Api;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Arguments;

public sealed record RaiseConcern(string AccountId, string PersonId, string Text, string? Topic, DateOnly? Date) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record AnswerConcern(string AccountId, string ArgumentId, string ConcernId, ArgumentResult Result, DateOnly? Date) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed class ArgumentHandlers(MapWriter writer, TimeProvider clock) :
    ICommandHandler<RaiseConcern, MapResult>,
    ICommandHandler<AnswerConcern, MapResult>
{
    public ValueTask<MapResult> Handle(RaiseConcern c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => Concerns.Raise(map, c.PersonId, c.Text, c.Topic, c.Date ?? clock.Today()), ct);

    public ValueTask<MapResult> Handle(AnswerConcern c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => Concerns.Answer(map, c.ArgumentId, c.ConcernId, c.Result, c.Date ?? clock.Today()), ct);
}

public static class ArgumentsApi
{
    public sealed record ConcernBody(string PersonId, string Text, string? Topic = null, DateOnly? Date = null);

    public sealed record AnswerBody(string ArgumentId, string ConcernId, ArgumentResult Result = ArgumentResult.Pending, DateOnly? Date = null);

    public sealed record AnswerDto(NodeDto Argument, EdgeDto Answer);

    public sealed record ConcernDto(NodeDto Concern, string RaisedBy, IReadOnlyList<AnswerDto> Answers);

    public static void MapArgumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}").WithTags("Concerns and arguments");

        api.MapGet("/concerns", async (string accountId, string? personId, IMediator m, CancellationToken ct) =>
        {
            var map = await m.LoadMapAsync(accountId, ct);
            return Concerns.Of(map, personId).Select(v => new ConcernDto(NodeDto.From(map, v.Concern), v.RaisedBy.Id,
                [.. v.Answers.Select(a => new AnswerDto(NodeDto.From(map, a.Argument), EdgeDto.Of(a.Answer)))])).ToList();
        }).WithSummary("Concerns (of one person with ?personId=) with the arguments used and their results.").ProducesProblem(404);

        api.MapPost("/concerns", async (string accountId, ConcernBody b, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new RaiseConcern(accountId, b.PersonId, b.Text, b.Topic, b.Date), ct);
            var concern = r.Commit.Ops.OfType<PutNode>().First().Node;
            return TypedResults.Created($"/api/accounts/{accountId}/nodes/{concern.Id}", NodeDto.From(r.Map, concern));
        }).WithSummary("Records a concern a person raised (a Concern node and a RAISED edge). Arguments are nodes of kind Argument (POST …/nodes).")
            .ProducesProblem(400).ProducesProblem(404);

        api.MapPost("/answers", async (string accountId, AnswerBody b, IMediator m, CancellationToken ct) =>
        {
            var r = await m.Send(new AnswerConcern(accountId, b.ArgumentId, b.ConcernId, b.Result, b.Date), ct);
            return EdgeDto.Of(r.Commit.Ops.OfType<PutEdge>().First().Edge);
        }).WithSummary("Uses an argument against a concern (ANSWERS), or updates how the concern took it.").ProducesProblem(400).ProducesProblem(404);
    }
}

using Mediator;
using SalesOps.Graph.Plan;

namespace SalesOps.Web.Features.Plan;

public static class SheetApi
{
    public static void MapSheetApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/accounts/{accountId}/sheet", async (string accountId, IMediator m, CancellationToken ct) => await m.Send(new GetAccountSheet(accountId), ct))
            .WithTags("Plan").WithSummary("The account sheet: the ten questions of an account plan answered from the map, with every gap in a sentence.")
            .Produces<AccountSheet>().ProducesProblem(404);
}

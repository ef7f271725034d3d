using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Api;
using SalesOps.Web.Features.Map;

using SalesOps.Web.Contracts;

namespace SalesOps.Web.Features.Accounts;

public static class AccountsApi
{
    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts").WithTags("Accounts");

        api.MapGet("/", async (IMediator m, CancellationToken ct) =>
            (await m.Send(new ListAccounts(), ct)).Select(s => AccountDto.From(s.Account, s.People, s.Counterparts)).ToList())
            .WithSummary("Every account with its supplier position and people count.");

        api.MapPost("/", async Task<Created<AccountDto>> (AccountDraft draft, IMediator m, CancellationToken ct) =>
        {
            var account = await m.Send(new CreateAccount(draft), ct);
            return TypedResults.Created($"/api/accounts/{account.Id}", AccountDto.From(account));
        }).WithSummary("Creates an account with an empty map.").ProducesProblem(400);

        api.MapGet("/{accountId}", async (string accountId, IMediator m, CancellationToken ct) =>
            AccountDto.From((await m.LoadMapAsync(accountId, ct)).Account))
            .WithSummary("One account.").ProducesProblem(404);

        api.MapPatch("/{accountId}", async (string accountId, AccountPatch patch, HttpRequest request, IMediator m, CancellationToken ct) =>
            AccountDto.From((await m.Send(new UpdateAccount(accountId, patch with { BaseVersion = Preconditions.Base(request, patch.BaseVersion) }), ct)).Map.Account))
            .WithSummary("Changes account fields; send baseVersion or If-Match to refuse stale edits.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapDelete("/{accountId}", async Task<Results<NoContent, NotFound>> (string accountId, IMediator m, CancellationToken ct) =>
            await m.Send(new DeleteAccount(accountId), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Deletes the account and its whole map.");
    }
}

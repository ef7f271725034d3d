using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Accounts;
using SalesOps.Web.Features.Map;

namespace SalesOps.Web.Features.Api;

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
            AccountDto.From((await Load(m, accountId, ct)).Account))
            .WithSummary("One account.").ProducesProblem(404);

        api.MapPatch("/{accountId}", async (string accountId, AccountPatch patch, HttpRequest request, IMediator m, CancellationToken ct) =>
            AccountDto.From((await m.Send(new UpdateAccount(accountId, patch with { BaseVersion = Preconditions.Base(request, patch.BaseVersion) }), ct)).Map.Account))
            .WithSummary("Changes account fields; send baseVersion or If-Match to refuse stale edits.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        api.MapDelete("/{accountId}", async Task<Results<NoContent, NotFound>> (string accountId, IMediator m, CancellationToken ct) =>
            await m.Send(new DeleteAccount(accountId), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Deletes the account and its whole map.");
    }

    public static async Task<AccountMap> Load(IMediator m, string accountId, CancellationToken ct) =>
        (await m.Send(new GetMap(accountId), ct)).OrNotFound(accountId);
}

/// <summary>Optimistic concurrency: a baseVersion in the body, or the standard If-Match header ("5" or W/"5").</summary>
public static class Preconditions
{
    public static long? Base(HttpRequest request, long? fromBody)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (fromBody is not null) return fromBody;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        var raw = header.Trim().Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return long.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw GraphException.Invalid($"If-Match must carry a version number such as \"5\" (got {header}).", "If-Match");
    }
}

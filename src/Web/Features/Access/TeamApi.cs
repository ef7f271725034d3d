using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SalesOps.Graph.Access;

namespace SalesOps.Web.Features.Access;

/// <summary>The body that puts someone on a team: the role they get.</summary>
public sealed record TeamRoleDto(AccountRole Role);

public static class TeamApi
{
    /// <summary>An account's team, for integrations that keep teams in step with the CRM (what the Team page does).</summary>
    public static void MapTeamApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts/{accountId}/team").WithTags("Team");

        api.MapGet("/", async (string accountId, IMediator m, CancellationToken ct) => await m.Send(new GetTeam(accountId), ct))
            .WithSummary("The account's team: each member's role and the counterpart that represents them.").ProducesProblem(404);

        api.MapPut("/{email}", async (string accountId, string email, TeamRoleDto body, IMediator m, CancellationToken ct) =>
            await m.Send(new SetTeamMember(accountId, email, body.Role), ct))
            .WithSummary("Puts the user with this e-mail on the team in a role, or changes their role (Owners and Admins).")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        api.MapDelete("/{userId}", async Task<Results<NoContent, NotFound>> (string accountId, string userId, IMediator m, CancellationToken ct) =>
            await m.Send(new RemoveTeamMember(accountId, userId), ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Takes a member off the team; their open pages and hub connections lose the account at once.")
            .ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }
}

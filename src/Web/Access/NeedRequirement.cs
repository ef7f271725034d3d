using Microsoft.AspNetCore.Authorization;

namespace SalesOps.Web.Access;

/// <summary>
/// A door that is not a mediator message (the API's description, say) asks through ASP.NET Core's
/// authorization for a <see cref="Need"/>; the answer comes from the same <see cref="AccessRules"/>.
/// </summary>
public sealed record NeedRequirement(Need Need) : IAuthorizationRequirement;

public sealed class NeedHandler(AccessDirectory directory) : AuthorizationHandler<NeedRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, NeedRequirement requirement)
    {
        var caller = Caller.From(context.User);
        if (await directory.DecideAsync(caller, requirement.Need, writes: false, CancellationToken.None) is null) context.Succeed(requirement);
    }
}

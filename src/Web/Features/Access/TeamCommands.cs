using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Access;

/// <summary>What the caller may do on an account: the pages show or hide their controls by it (the doors decide anyway).</summary>
public sealed record AccountAccess(AccountRole Role, bool IsAdmin)
{
    public bool CanEdit => IsAdmin || Role >= AccountRole.Editor;

    public bool CanManage => IsAdmin || Role == AccountRole.Owner;
}

public sealed record GetAccountAccess(string AccountId) : IQuery<AccountAccess>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed record TeamMemberView(string UserId, string Name, string Email, AccountRole Role, string? CounterpartId);

public sealed record GetTeam(string AccountId) : IQuery<IReadOnlyList<TeamMemberView>>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>Puts the user with this e-mail on the team in a role, or changes their role.</summary>
public sealed record SetTeamMember(string AccountId, string Email, AccountRole Role) : ICommand<TeamMemberView>, IDoor
{
    public Need Need => Need.Own(AccountId);
}

public sealed record RemoveTeamMember(string AccountId, string UserId) : ICommand<bool>, IDoor
{
    public Need Need => Need.Own(AccountId);
}

/// <summary>Links a team member to the counterpart that represents them on this account (null: unlinks).</summary>
public sealed record LinkCounterpart(string AccountId, string UserId, string? CounterpartId) : ICommand<bool>, IDoor
{
    public Need Need => Need.Own(AccountId);
}

public sealed class TeamHandlers(IAccessStore access, IGraphStore maps, AccessDirectory directory, CurrentUser current, ILiveBus bus, IStringLocalizer<Text> text) :
    IQueryHandler<GetAccountAccess, AccountAccess>,
    IQueryHandler<GetTeam, IReadOnlyList<TeamMemberView>>,
    ICommandHandler<SetTeamMember, TeamMemberView>,
    ICommandHandler<RemoveTeamMember, bool>,
    ICommandHandler<LinkCounterpart, bool>
{
    public async ValueTask<AccountAccess> Handle(GetAccountAccess q, CancellationToken ct)
    {
        var caller = await current.GetAsync();
        if (caller.Kind == CallerKind.Machine) return new(AccountRole.Owner, IsAdmin: true);
        var standing = (await directory.StandingAsync(caller.UserId!, ct))!;
        // A read-only token sees the account as a viewer, whatever its user's role.
        var role = caller.Scope == TokenScope.Read ? AccountRole.Viewer : standing.RoleOn(q.AccountId) ?? AccountRole.Viewer;
        return new(role, standing.IsAdmin && caller.Scope != TokenScope.Read);
    }

    public async ValueTask<IReadOnlyList<TeamMemberView>> Handle(GetTeam q, CancellationToken ct)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var team = await access.TeamAsync(q.AccountId, ct);
        var views = new List<TeamMemberView>();
        foreach (var m in team)
        {
            if (await access.UserAsync(m.UserId, ct) is not { } user) continue;
            var link = (await access.CounterpartLinksAsync(m.UserId, ct)).FirstOrDefault(l => l.AccountId == q.AccountId);
            views.Add(new TeamMemberView(user.Id, user.Name, user.Email, m.Role, link?.CounterpartId));
        }
        return [.. views.OrderByDescending(v => v.Role).ThenBy(v => v.Name, StringComparer.CurrentCulture)];
    }

    public async ValueTask<TeamMemberView> Handle(SetTeamMember c, CancellationToken ct)
    {
        var user = await access.UserByEmailAsync(c.Email, ct)
            ?? throw GraphException.Invalid(text["Error.Team.NobodySignsIn", c.Email], "email");
        if (!Enum.IsDefined(c.Role)) throw GraphException.Invalid(text["Error.Team.NotRole", c.Role], "role");
        await KeepAnOwnerAsync(c.AccountId, user.Id, c.Role, ct);
        await access.SetMemberAsync(new TeamMember(c.AccountId, user.Id, c.Role), ct);
        await ChangedAsync(c.AccountId, user.Id);
        return new TeamMemberView(user.Id, user.Name, user.Email, c.Role, null);
    }

    public async ValueTask<bool> Handle(RemoveTeamMember c, CancellationToken ct)
    {
        await KeepAnOwnerAsync(c.AccountId, c.UserId, null, ct);
        if (!await access.RemoveMemberAsync(c.AccountId, c.UserId, ct)) return false;
        await access.SetCounterpartLinkAsync(c.AccountId, c.UserId, null, ct);
        await ChangedAsync(c.AccountId, c.UserId);
        return true;
    }

    public async ValueTask<bool> Handle(LinkCounterpart c, CancellationToken ct)
    {
        if (c.CounterpartId is { } id && (await maps.GetMapAsync(c.AccountId, ct))?.Find(id) is not { Kind: NodeKind.Counterpart })
            throw GraphException.Invalid(text["Error.Team.NotOurs", id], "counterpartId");
        await access.SetCounterpartLinkAsync(c.AccountId, c.UserId, c.CounterpartId, ct);
        return true;
    }

    /// <summary>An account keeps at least one Owner: the last one cannot leave or step down.</summary>
    private async Task KeepAnOwnerAsync(string accountId, string userId, AccountRole? newRole, CancellationToken ct)
    {
        var owners = (await access.TeamAsync(accountId, ct)).Where(m => m.Role == AccountRole.Owner).Select(m => m.UserId).ToList();
        if (owners is [var only] && only == userId && newRole != AccountRole.Owner)
            throw GraphException.Conflict(text["Error.Team.OnlyOwner"]);
    }

    private async Task ChangedAsync(string accountId, string userId)
    {
        directory.Forget(userId);
        await bus.PublishAsync(new AccessChanged(accountId, userId), CancellationToken.None);
    }
}

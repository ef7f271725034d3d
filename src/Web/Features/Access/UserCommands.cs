using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Access;

public sealed record ListUsers : IQuery<IReadOnlyList<User>>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Admin);
}

/// <summary>
/// A new user (or one without a password yet) and the one-time link with which they choose their password.
/// Without a role, a new user is a Member and an invited one keeps theirs.
/// </summary>
public sealed record InviteUser(string Email, string Name, AppRole? Role = null) : ICommand<(User User, string Link)>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Admin);
}

public sealed record SetUserRole(string UserId, AppRole Role) : ICommand<User>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Admin);
}

/// <summary>Disables (signed out at their next request, tokens dead) or enables a user.</summary>
public sealed record SetUserDisabled(string UserId, bool Disabled) : ICommand<User>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Admin);
}

/// <summary>A one-time link with which the user chooses a new password (the old one keeps working until then).</summary>
public sealed record ResetPassword(string UserId) : ICommand<string>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Admin);
}

public sealed class UserHandlers(IAccessStore store, Provisioning provisioning, AccessDirectory directory, CurrentUser current, TimeProvider clock, ILiveBus bus, IStringLocalizer<Text> text) :
    IQueryHandler<ListUsers, IReadOnlyList<User>>,
    ICommandHandler<InviteUser, (User User, string Link)>,
    ICommandHandler<SetUserRole, User>,
    ICommandHandler<SetUserDisabled, User>,
    ICommandHandler<ResetPassword, string>
{
    public async ValueTask<IReadOnlyList<User>> Handle(ListUsers q, CancellationToken ct) => await store.UsersAsync(ct);

    public async ValueTask<(User User, string Link)> Handle(InviteUser c, CancellationToken ct)
    {
        var email = c.Email?.Trim() ?? "";
        if (email.Length is 0 or > 200 || email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email.EndsWith('@'))
            throw GraphException.Invalid(text["Error.User.NotEmail", email], "email");
        if (c.Role is { } role && !Enum.IsDefined(role)) throw GraphException.Invalid(text["Error.User.NotRole", role], "role");
        var user = await store.UserByEmailAsync(email, ct);
        if (user is { PasswordHash: not null }) throw GraphException.Conflict(text["Error.User.CanSignIn", user.Name, user.Email]);
        if (user is not null && c.Role is { } lower && lower != AppRole.Admin) await KeepAnAdminAsync(user, ct);
        user ??= new User { Id = Ids.New("u"), Email = email, Name = string.IsNullOrWhiteSpace(c.Name) ? email.Split('@')[0] : c.Name.Trim(), CreatedAt = clock.GetUtcNow() };
        user = user with { Role = c.Role ?? user.Role };
        await SaveAsync(user, ct);
        return (user, await provisioning.LinkAsync(user, LinkPurpose.Invitation, ct));
    }

    public async ValueTask<User> Handle(SetUserRole c, CancellationToken ct)
    {
        var user = await UserAsync(c.UserId, ct);
        if (c.Role != AppRole.Admin) await KeepAnAdminAsync(user, ct);
        return await SaveAsync(user with { Role = c.Role }, ct);
    }

    public async ValueTask<User> Handle(SetUserDisabled c, CancellationToken ct)
    {
        var user = await UserAsync(c.UserId, ct);
        if (c.Disabled && (await current.GetAsync()).UserId == user.Id) throw GraphException.Conflict(text["Error.User.NotYourself"]);
        if (c.Disabled) await KeepAnAdminAsync(user, ct);
        return await SaveAsync(user with { Disabled = c.Disabled }, ct);
    }

    public async ValueTask<string> Handle(ResetPassword c, CancellationToken ct) =>
        await provisioning.LinkAsync(await UserAsync(c.UserId, ct), LinkPurpose.PasswordReset, ct);

    private async Task<User> UserAsync(string id, CancellationToken ct) =>
        await store.UserAsync(id, ct) ?? throw GraphException.NotFound(text["Error.User.NotFound", id]);

    /// <summary>Someone must stay able to manage users: the last enabled Admin keeps the role.</summary>
    private async Task KeepAnAdminAsync(User user, CancellationToken ct)
    {
        if (user.Role != AppRole.Admin) return;
        if ((await store.UsersAsync(ct)).Count(u => u.Role == AppRole.Admin && !u.Disabled) <= 1)
            throw GraphException.Conflict(text["Error.User.OnlyAdmin", user.Name]);
    }

    private async Task<User> SaveAsync(User user, CancellationToken ct)
    {
        await store.SaveUserAsync(user, ct);
        directory.Forget(user.Id);
        // Pages of this user on any account check again (a disabled user loses them at once).
        foreach (var m in await store.MembershipsAsync(user.Id, ct))
            await bus.PublishAsync(new AccessChanged(m.AccountId, user.Id), CancellationToken.None);
        return user;
    }
}

using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

/// <summary>What a signed-in user is today: their user record and their role on each account's team.</summary>
public sealed record Standing(User User, IReadOnlyDictionary<string, AccountRole> Teams)
{
    public bool IsAdmin => User.Role == AppRole.Admin;

    public AccountRole? RoleOn(string accountId) => Teams.TryGetValue(accountId, out var r) ? r : null;

    /// <summary>Whether the account is visible to this user: on its team, or an Admin.</summary>
    public bool Sees(string accountId) => IsAdmin || Teams.ContainsKey(accountId);
}

/// <summary>Why a caller may not pass: the error (status) and the words for it (a resource key and its arguments).</summary>
public sealed record Refusal(GraphError Error, string Key, params object[] Args);

/// <summary>
/// Who may pass which door, as plain functions: the one place every decision is made. A caller who
/// may not even know an account exists gets the same answer as for a missing account (NotFound).
/// </summary>
public static class AccessRules
{
    /// <summary>Null when the caller may pass; otherwise why not.</summary>
    public static Refusal? Decide(Caller caller, Standing? standing, Need need, bool writes)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(need);
        if (need is AnyoneNeed || caller.Kind == CallerKind.Machine) return null;
        if (!caller.SignedIn || standing is null) return new(GraphError.SignInRequired, "Access.SignIn");
        if (standing.User.Disabled) return new(GraphError.SignInRequired, "Access.Disabled");
        if (writes && caller.Scope == TokenScope.Read) return new(GraphError.Forbidden, "Access.ReadToken");
        return need switch
        {
            SignedInNeed => null,
            PersonNeed when caller.Kind == CallerKind.Token => new(GraphError.Forbidden, "Access.PersonOnly"),
            PersonNeed => null,
            RoleNeed r when standing.User.Role >= r.Min || standing.IsAdmin => null,
            RoleNeed r => new(GraphError.Forbidden, "Access.Role", r.Min),
            AccountNeed a => Account(standing, a),
            _ => new(GraphError.Forbidden, "Access.NoDecision"),
        };
    }

    private static Refusal? Account(Standing standing, AccountNeed need)
    {
        if (standing.IsAdmin) return null;
        if (standing.RoleOn(need.AccountId) is not { } role) return new(GraphError.NotFound, "Access.NoAccount", need.AccountId);
        if (role >= need.Min) return null;
        return new(GraphError.Forbidden, need.Min == AccountRole.Owner ? "Access.OwnersOnly" : "Access.ViewOnly");
    }
}

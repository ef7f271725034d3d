using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// The access port on the same store, so one registration serves both ports and both share the
/// transport, the retries and the error translation. Every operation is one auto-commit statement
/// (<see cref="AccessCypher"/>); a write that finds nothing to write asks afterwards what was missing.
/// </summary>
public sealed partial class Neo4jStore : IAccessStore
{
    public async Task<User?> UserAsync(string userId, CancellationToken ct) =>
        (await AccessAsync(AccessCypher.User, ct, ("id", userId))).Select(Neo4jAccessRows.ReadUser).SingleOrDefault();

    public async Task<User?> UserByEmailAsync(string email, CancellationToken ct) =>
        (await AccessAsync(AccessCypher.UserByEmail, ct, ("email", StoredAccess.Email(email)))).Select(Neo4jAccessRows.ReadUser).SingleOrDefault();

    public async Task<User?> UserByExternalIdAsync(string externalId, CancellationToken ct) =>
        (await AccessAsync(AccessCypher.UserByExternalId, ct, ("externalId", externalId))).Select(Neo4jAccessRows.ReadUser).SingleOrDefault();

    public async Task<IReadOnlyList<User>> UsersAsync(CancellationToken ct) =>
        StoredAccess.ByName((await AccessAsync(AccessCypher.Users, ct)).Select(Neo4jAccessRows.ReadUser));

    public async Task SaveUserAsync(User user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        (string, object?)[] key = [("id", user.Id), ("email", StoredAccess.Email(user.Email)), ("externalId", user.ExternalId)];
        GraphException? raced = null;
        try
        {
            if (Saved(await AccessAsync(AccessCypher.SaveUser, ct, [.. key, ("props", Neo4jAccessRows.Props(user))]))) return;
        }
        catch (GraphException ex) when (ex.Error == GraphError.Conflict)
        {
            raced = ex; // another save got past the check at the same time, and a uniqueness constraint stopped this one
        }
        var clash = (await AccessAsync(AccessCypher.UserClash, ct, key))[0];
        if (Neo4jRows.Long(clash, "email") > 0) throw GraphException.Conflict(Errors.Say("Store.EmailTaken", StoredAccess.Email(user.Email)));
        if (Neo4jRows.Long(clash, "externalId") > 0) throw GraphException.Conflict(Errors.Say("Store.SignInTaken", user.ExternalId));
        throw raced ?? GraphException.Conflict(Errors.Say("Store.UserRaced", user.Id));
    }

    public async Task<IReadOnlyList<TeamMember>> TeamAsync(string accountId, CancellationToken ct) =>
        [.. (await AccessAsync(AccessCypher.Team, ct, ("accountId", accountId))).Select(r => Neo4jAccessRows.ReadMember(r, accountId: accountId))];

    public async Task<IReadOnlyList<TeamMember>> MembershipsAsync(string userId, CancellationToken ct) =>
        [.. (await AccessAsync(AccessCypher.Memberships, ct, ("userId", userId))).Select(r => Neo4jAccessRows.ReadMember(r, userId: userId))];

    public async Task SetMemberAsync(TeamMember member, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (Saved(await AccessAsync(AccessCypher.SetMember, ct, ("accountId", member.AccountId), ("userId", member.UserId), ("role", member.Role.ToString()))))
            return;
        throw await FoundAsync(AccessCypher.AccountExists, ("accountId", member.AccountId), ct)
            ? GraphException.NotFound(Errors.Say("Store.NoUser", member.UserId))
            : GraphException.NotFound(Errors.Say("Account.NotFound", member.AccountId));
    }

    public async Task<bool> RemoveMemberAsync(string accountId, string userId, CancellationToken ct) =>
        Neo4jRows.Long((await AccessAsync(AccessCypher.RemoveMember, ct, ("accountId", accountId), ("userId", userId)))[0], "removed") > 0;

    public async Task<IReadOnlyList<CounterpartLink>> CounterpartLinksAsync(string userId, CancellationToken ct) =>
        [.. (await AccessAsync(AccessCypher.CounterpartLinks, ct, ("userId", userId))).Select(r =>
            new CounterpartLink(Neo4jAccessRows.Text(r, "accountId")!, userId, Neo4jAccessRows.Text(r, "counterpartId")!))];

    public async Task SetCounterpartLinkAsync(string accountId, string userId, string? counterpartId, CancellationToken ct)
    {
        if (counterpartId is null)
        {
            await AccessAsync(AccessCypher.RemoveCounterpartLink, ct, ("accountId", accountId), ("userId", userId));
            return;
        }
        if (Saved(await AccessAsync(AccessCypher.SetCounterpartLink, ct, ("accountId", accountId), ("userId", userId), ("counterpartId", counterpartId))))
            return;
        throw await FoundAsync(AccessCypher.UserExists, ("userId", userId), ct)
            ? GraphException.NotFound(Errors.Say("Store.NoCounterpart", counterpartId, accountId))
            : GraphException.NotFound(Errors.Say("Store.NoUser", userId));
    }

    public async Task SaveTokenAsync(AccessToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        try
        {
            if (Saved(await AccessAsync(AccessCypher.SaveToken, ct, ("userId", token.UserId), ("id", token.Id), ("props", Neo4jAccessRows.Props(token)))))
                return;
        }
        catch (GraphException ex) when (ex.Error == GraphError.Conflict)
        {
            throw GraphException.Conflict(Errors.Say("Store.TokenClash", token.Id, ex.Message));
        }
        throw GraphException.NotFound(Errors.Say("Store.NoUser", token.UserId));
    }

    public async Task<AccessToken?> TokenByHashAsync(string hash, CancellationToken ct) =>
        (await AccessAsync(AccessCypher.TokenByHash, ct, ("hash", hash))).Select(Neo4jAccessRows.ReadToken).SingleOrDefault();

    public async Task<IReadOnlyList<AccessToken>> TokensAsync(string userId, CancellationToken ct) =>
        [.. (await AccessAsync(AccessCypher.Tokens, ct, ("userId", userId))).Select(Neo4jAccessRows.ReadToken)];

    public async Task SaveLinkAsync(OneTimeLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        try
        {
            if (Saved(await AccessAsync(AccessCypher.SaveLink, ct, ("userId", link.UserId), ("hash", link.Hash), ("props", Neo4jAccessRows.Props(link)))))
                return;
        }
        catch (GraphException ex) when (ex.Error == GraphError.Conflict)
        {
            throw GraphException.Conflict(Errors.Say("Store.LinkClash", ex.Message));
        }
        throw GraphException.NotFound(Errors.Say("Store.NoUser", link.UserId));
    }

    public async Task<OneTimeLink?> PeekLinkAsync(string hash, DateTimeOffset now, CancellationToken ct) =>
        (await AccessAsync(AccessCypher.PeekLink, ct, ("hash", hash), ("now", StoredAccess.Time(now)))).Select(Neo4jAccessRows.ReadLink).SingleOrDefault();

    public async Task<OneTimeLink?> UseLinkAsync(string hash, DateTimeOffset now, CancellationToken ct) =>
        (await AccessAsync(AccessCypher.UseLink, ct, ("hash", hash), ("now", StoredAccess.Time(now)))).Select(Neo4jAccessRows.ReadLink).SingleOrDefault();

    /// <summary>The access part's one way to Neo4j: one statement in its own transaction, retried on transient errors.</summary>
    private Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> AccessAsync(string cypher, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        ExecuteAsync(async t => (await t.RunAsync([Statement.Of(cypher, parameters)], _settings.WriteTimeout, ct))[0].Rows, ct);

    private async Task<bool> FoundAsync(string cypher, (string Name, object? Value) parameter, CancellationToken ct) =>
        Neo4jRows.Long((await AccessAsync(cypher, ct, parameter))[0], "found") > 0;

    private static bool Saved(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) => rows.Count > 0 && Neo4jRows.Long(rows[0], "saved") > 0;
}

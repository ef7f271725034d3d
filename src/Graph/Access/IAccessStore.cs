namespace SalesOps.Graph.Access;

/// <summary>
/// Users, account teams, tokens and one-time links, kept in the same store as the maps (SQLite tables,
/// Neo4j nodes). Small and record-shaped; every decision about who may do what is made by the caller.
/// A team membership or a counterpart link whose account is deleted goes with it.
/// </summary>
public interface IAccessStore
{
    Task<User?> UserAsync(string userId, CancellationToken ct);

    /// <summary>The user with this e-mail address, any case; null when there is none.</summary>
    Task<User?> UserByEmailAsync(string email, CancellationToken ct);

    Task<User?> UserByExternalIdAsync(string externalId, CancellationToken ct);

    /// <summary>Every user, by name.</summary>
    Task<IReadOnlyList<User>> UsersAsync(CancellationToken ct);

    /// <summary>Creates or replaces a user (by id); Conflict when another user has the e-mail address or the external id.</summary>
    Task SaveUserAsync(User user, CancellationToken ct);

    Task<IReadOnlyList<TeamMember>> TeamAsync(string accountId, CancellationToken ct);

    /// <summary>The accounts a user is on, with the role on each.</summary>
    Task<IReadOnlyList<TeamMember>> MembershipsAsync(string userId, CancellationToken ct);

    /// <summary>Puts a user on an account's team in a role, or changes the role; NotFound when the account or user does not exist.</summary>
    Task SetMemberAsync(TeamMember member, CancellationToken ct);

    /// <summary>Takes a user off an account's team; false when they were not on it.</summary>
    Task<bool> RemoveMemberAsync(string accountId, string userId, CancellationToken ct);

    Task<IReadOnlyList<CounterpartLink>> CounterpartLinksAsync(string userId, CancellationToken ct);

    /// <summary>Links (or, with a null counterpart, unlinks) a user to the counterpart that represents them in an account.</summary>
    Task SetCounterpartLinkAsync(string accountId, string userId, string? counterpartId, CancellationToken ct);

    Task SaveTokenAsync(AccessToken token, CancellationToken ct);

    Task<AccessToken?> TokenByHashAsync(string hash, CancellationToken ct);

    /// <summary>A user's tokens, newest first (revoked and expired ones too: the page shows them as such).</summary>
    Task<IReadOnlyList<AccessToken>> TokensAsync(string userId, CancellationToken ct);

    Task SaveLinkAsync(OneTimeLink link, CancellationToken ct);

    /// <summary>
    /// Uses a one-time link: if it exists, is unused and has not expired at <paramref name="now"/>, marks
    /// it used and returns it, atomically (two tabs cannot both use it); otherwise null.
    /// </summary>
    Task<OneTimeLink?> UseLinkAsync(string hash, DateTimeOffset now, CancellationToken ct);
}

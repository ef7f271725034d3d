namespace SalesOps.Graph.Access;

// Who may sign in and what they may see: users with an app-wide role, account teams with a role per
// account, personal access tokens for integrations, and one-time links (invitations, password
// resets, the first admin's set-up). Kept by both stores behind IAccessStore.

/// <summary>App-wide role: every user is a Member; Trainers also run training sets; Admins see and manage everything.</summary>
public enum AppRole { Member, Trainer, Admin }

/// <summary>Role on one account's team: Viewers read, Editors change the map, Owners also manage the team.</summary>
public enum AccountRole { Viewer, Editor, Owner }

public enum TokenScope { Read, Write }

public enum LinkPurpose { Invitation, PasswordReset, AdminSetup }

/// <summary>A person who signs in. Emails are unique, compared case-insensitively (stored lower-case).</summary>
public sealed record User
{
    public required string Id { get; init; }
    public required string Email { get; init; }
    public required string Name { get; init; }
    public AppRole Role { get; init; } = AppRole.Member;
    /// <summary>"en", "es" or "de"; null: the browser decides.</summary>
    public string? Language { get; init; }
    public bool Disabled { get; init; }
    /// <summary>ASP.NET Core Identity's password hash (local sign-in); null when the user has none (yet, or signs in with OIDC).</summary>
    public string? PasswordHash { get; init; }
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    /// <summary>The OpenID Connect identity ("issuer|subject") that signs in as this user, once seen.</summary>
    public string? ExternalId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A user on an account's team, in a role.</summary>
public sealed record TeamMember(string AccountId, string UserId, AccountRole Role);

/// <summary>Links a user to the Counterpart node that represents them in an account ("My relationships" opens on it).</summary>
public sealed record CounterpartLink(string AccountId, string UserId, string CounterpartId);

/// <summary>A personal access token: only its hash is kept; the token itself is shown once when created.</summary>
public sealed record AccessToken
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string Name { get; init; }
    /// <summary>SHA-256 of the token, hex: what a bearer token is looked up by.</summary>
    public required string Hash { get; init; }
    public TokenScope Scope { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
}

/// <summary>A one-time link (invitation, password reset, first admin): only its hash is kept; using it once ends it.</summary>
public sealed record OneTimeLink
{
    public required string Hash { get; init; }
    public required string UserId { get; init; }
    public LinkPurpose Purpose { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; init; }
}

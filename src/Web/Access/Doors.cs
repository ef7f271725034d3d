using SalesOps.Graph.Access;

namespace SalesOps.Web.Access;

/// <summary>
/// A door: a command or query that says who may pass. Every message sent through the mediator is a
/// door (<see cref="AccessBehavior{TMessage, TResponse}"/> refuses one that is not), so a new page,
/// endpoint, hub method or verb cannot forget to decide.
/// </summary>
public interface IDoor
{
    Need Need { get; }
}

/// <summary>What a door asks of its caller. <see cref="AccessRules"/> decides.</summary>
public abstract record Need
{
    /// <summary>Anyone, signed in or not (signing in, say).</summary>
    public static readonly Need Anyone = new AnyoneNeed();

    /// <summary>Anyone signed in; what they then see is their own or filtered to their accounts.</summary>
    public static readonly Need SignedIn = new SignedInNeed();

    /// <summary>A person signed in themselves, not a token: managing one's own tokens, say.</summary>
    public static readonly Need Person = new PersonNeed();

    public static Need AtLeast(AppRole role) => new RoleNeed(role);

    /// <summary>Seeing an account: its team (any role) or an Admin.</summary>
    public static Need Read(string accountId) => new AccountNeed(accountId, AccountRole.Viewer);

    /// <summary>Changing an account's map: its Editors and Owners, or an Admin; a token needs the write scope.</summary>
    public static Need Write(string accountId) => new AccountNeed(accountId, AccountRole.Editor);

    /// <summary>Managing an account (its team, deleting it, exporting it): its Owners or an Admin.</summary>
    public static Need Own(string accountId) => new AccountNeed(accountId, AccountRole.Owner);
}

public sealed record AnyoneNeed : Need;

public sealed record SignedInNeed : Need;

public sealed record PersonNeed : Need;

public sealed record RoleNeed(AppRole Min) : Need;

public sealed record AccountNeed(string AccountId, AccountRole Min) : Need;

using System.Collections.Concurrent;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

/// <summary>
/// Users' standing (their record and their teams), read from the store once and kept until something
/// about that user changes here or on another instance (<see cref="Forget"/>, driven by the live bus).
/// Bounded: the least recently asked-for users go first.
/// </summary>
public sealed class AccessDirectory(IAccessStore store)
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<string, (Standing? Standing, long Used)> _users = new(StringComparer.Ordinal);
    private long _clock;

    public async ValueTask<Standing?> StandingAsync(string userId, CancellationToken ct)
    {
        if (_users.TryGetValue(userId, out var hit))
        {
            _users[userId] = (hit.Standing, Interlocked.Increment(ref _clock));
            return hit.Standing;
        }
        var standing = await store.UserAsync(userId, ct) is { } user
            ? new Standing(user, (await store.MembershipsAsync(userId, ct)).ToDictionary(m => m.AccountId, m => m.Role, StringComparer.Ordinal))
            : null;
        if (_users.Count >= Capacity && _users.MinBy(u => u.Value.Used).Key is { } oldest) _users.TryRemove(oldest, out _);
        _users[userId] = (standing, Interlocked.Increment(ref _clock));
        return standing;
    }

    /// <summary>Which accounts the caller may see: all for the machine and Admins, their teams' for a user, none for nobody.</summary>
    public async ValueTask<Func<string, bool>> VisibleToAsync(Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Kind == CallerKind.Machine) return _ => true;
        return caller.UserId is { } id && await StandingAsync(id, ct) is { User.Disabled: false } s ? s.Sees : _ => false;
    }

    /// <summary>Whether the caller may pass a door that needs this (null) or why not: <see cref="AccessRules"/> with the caller's standing.</summary>
    public async ValueTask<Refusal?> DecideAsync(Caller caller, Need need, bool writes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var standing = caller.UserId is { } id ? await StandingAsync(id, ct) : null;
        return AccessRules.Decide(caller, standing, need, writes);
    }

    public void Forget(string userId) => _users.TryRemove(userId, out _);

    public void ForgetAll() => _users.Clear();
}

using System.Collections.Concurrent;

namespace SalesOps.Web.Live;

/// <summary>Which hub connection, of which user, has joined which account's map: so a user who loses access can be taken out at once.</summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, (string? UserId, ConcurrentDictionary<string, byte> Accounts)> _connections = new(StringComparer.Ordinal);

    public void Joined(string connectionId, string? userId, string accountId) =>
        _connections.GetOrAdd(connectionId, _ => (userId, new(StringComparer.Ordinal))).Accounts[accountId] = 0;

    public void Left(string connectionId, string accountId)
    {
        if (_connections.TryGetValue(connectionId, out var c)) c.Accounts.TryRemove(accountId, out _);
    }

    public void Gone(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>The connections of that user that have joined that account's map.</summary>
    public IReadOnlyList<string> Of(string userId, string accountId) =>
        [.. _connections.Where(c => c.Value.UserId == userId && c.Value.Accounts.ContainsKey(accountId)).Select(c => c.Key)];
}

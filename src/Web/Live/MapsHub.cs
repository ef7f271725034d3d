using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using Mediator;

namespace SalesOps.Web.Live;

/// <summary>
/// Live map changes for clients other than our own Blazor pages (scripts, other apps, a future
/// SPA). A client joins an account's map and then receives <see cref="HubNames.MapChanged"/>,
/// <see cref="HubNames.AccountDeleted"/>, <see cref="HubNames.NodeDragging"/> and
/// <see cref="HubNames.Presence"/> for it; writes go through the HTTP API. Messages are sent by
/// <see cref="HubForwarder"/> from this instance's feed, which sees the changes of every instance.
/// </summary>
public sealed class MapsHub(IMediator mediator, ChangeLog log, HubConnections connections, IStringLocalizer<Text> text) : Hub
{
    public const string Path = "/hubs/maps";

    public static string Group(string accountId) => $"map:{accountId}";

    /// <summary>
    /// Joins the account's group and returns the map's current version. It joins before reading,
    /// so a change committed meanwhile is not missed: skip MapChanged with a version ≤ the one returned.
    /// </summary>
    public async Task<long> JoinMap(string accountId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(Required(accountId)), Context.ConnectionAborted);
        long? version = null;
        try
        {
            version = await CurrentVersionAsync(accountId);
        }
        finally
        {
            // Refused (not on the team) or unknown: out of the group again before anything reaches it.
            if (version is null) await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(accountId), CancellationToken.None);
        }
        if (version is null) throw Unknown(accountId);
        connections.Joined(Context.ConnectionId, Context.UserIdentifier, accountId);
        return version.Value;
    }

    public Task LeaveMap(string accountId)
    {
        connections.Left(Context.ConnectionId, Required(accountId));
        return Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(accountId), Context.ConnectionAborted);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Gone(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// The MapChanged messages after <paramref name="version"/>, oldest first, for a client that was
    /// disconnected (join again first); null when this instance no longer has them all: reload the map.
    /// </summary>
    public async Task<IReadOnlyList<MapChanged>?> ChangesSince(string accountId, long version)
    {
        var current = await CurrentVersionAsync(Required(accountId)) ?? throw Unknown(accountId);
        return log.Since(accountId, version, current);
    }

    private async Task<long?> CurrentVersionAsync(string accountId)
    {
        try
        {
            // Through the door: a caller who may not see the account hears the same as for a missing one.
            return await mediator.Send(new GetMapVersion(accountId), Context.ConnectionAborted);
        }
        catch (GraphException ex)
        {
            // Only HubException messages reach the client; the store's own words say what is wrong.
            throw new HubException(ex.Message, ex);
        }
    }

    // Only HubException messages reach the client: in the language the connection was opened in (its request's, which the calls run under).
    private string Required(string? accountId) =>
        string.IsNullOrWhiteSpace(accountId) ? throw new HubException(text["Hub.AccountRequired"]) : accountId;

    private HubException Unknown(string accountId) => new(text["Hub.AccountUnknown", accountId]);
}

using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

public sealed record GetMap(string AccountId) : IQuery<AccountMap?>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public static class MapQueries
{
    /// <summary>The account's map, or the NotFound error (404 in the API) when there is no such account.</summary>
    public static async Task<AccountMap> LoadMapAsync(this IMediator mediator, string accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        return (await mediator.Send(new GetMap(accountId), ct)).OrNotFound(accountId);
    }
}

public sealed record AddNode(string AccountId, NodeDraft Draft) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record UpdateNode(string AccountId, string NodeId, NodePatch Patch) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record MoveNode(string AccountId, string NodeId, double X, double Y) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record DeleteNode(string AccountId, string NodeId, long? BaseVersion) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>Undo of an edit: the node's fields and function as they were.</summary>
public sealed record RestoreNode(string AccountId, Node Before, string? FunctionId) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record ConnectNodes(string AccountId, EdgeDraft Draft) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record UpdateEdge(string AccountId, string EdgeId, EdgePatch Patch) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>Undo of an edit: the edge's fields as they were.</summary>
public sealed record RestoreEdge(string AccountId, Edge Before) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record DisconnectEdge(string AccountId, string EdgeId, long? BaseVersion) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>The map's commands; held meetings and last contacts may not lie after today (the server's day).</summary>
public sealed class MapHandlers(IGraphStore store, MapWriter writer, TimeProvider clock) :
    IQueryHandler<GetMap, AccountMap?>,
    ICommandHandler<AddNode, MapResult>,
    ICommandHandler<UpdateNode, MapResult>,
    ICommandHandler<RestoreNode, MapResult>,
    ICommandHandler<MoveNode, MapResult>,
    ICommandHandler<DeleteNode, MapResult>,
    ICommandHandler<ConnectNodes, MapResult>,
    ICommandHandler<UpdateEdge, MapResult>,
    ICommandHandler<RestoreEdge, MapResult>,
    ICommandHandler<DisconnectEdge, MapResult>
{
    public async ValueTask<AccountMap?> Handle(GetMap q, CancellationToken ct) => await store.GetMapAsync(q.AccountId, ct);

    public ValueTask<MapResult> Handle(AddNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Add(map, c.Draft, clock.Today()), ct);

    public ValueTask<MapResult> Handle(UpdateNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Update(map, c.NodeId, c.Patch, clock.Today()), ct);

    public ValueTask<MapResult> Handle(RestoreNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Restore(map, c.Before, c.FunctionId), ct);

    public ValueTask<MapResult> Handle(MoveNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Move(map, c.NodeId, c.X, c.Y), ct);

    public ValueTask<MapResult> Handle(DeleteNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Delete(map, c.NodeId, c.BaseVersion), ct);

    public ValueTask<MapResult> Handle(ConnectNodes c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => EdgeRules.Connect(map, c.Draft, clock.Today()), ct);

    public ValueTask<MapResult> Handle(UpdateEdge c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => EdgeRules.Update(map, c.EdgeId, c.Patch, clock.Today()), ct);

    public ValueTask<MapResult> Handle(RestoreEdge c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => EdgeRules.Restore(map, c.Before), ct);

    public ValueTask<MapResult> Handle(DisconnectEdge c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => EdgeRules.Disconnect(map, c.EdgeId, c.BaseVersion), ct);
}

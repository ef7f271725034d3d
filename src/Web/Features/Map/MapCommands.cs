using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Map;

/// <summary>A committed change and the map as it is right after it.</summary>
public sealed record MapResult(Commit Commit, AccountMap Map);

public sealed record GetMap(string AccountId) : IQuery<AccountMap?>;

public sealed record AddNode(string AccountId, NodeDraft Draft) : ICommand<MapResult>;

public sealed record UpdateNode(string AccountId, string NodeId, NodePatch Patch) : ICommand<MapResult>;

public sealed record MoveNode(string AccountId, string NodeId, double X, double Y) : ICommand<MapResult>;

public sealed record DeleteNode(string AccountId, string NodeId, long? BaseVersion) : ICommand<MapResult>;

public sealed record ConnectNodes(string AccountId, EdgeDraft Draft) : ICommand<MapResult>;

public sealed record UpdateEdge(string AccountId, string EdgeId, EdgePatch Patch) : ICommand<MapResult>;

public sealed record DisconnectEdge(string AccountId, string EdgeId, long? BaseVersion) : ICommand<MapResult>;

/// <summary>Runs a rule inside the store's change transaction, then tells the live feed.</summary>
public sealed class MapWriter(IGraphStore store, IPublisher publisher)
{
    public async ValueTask<MapResult> WriteAsync(string accountId, Func<AccountMap, IReadOnlyList<MapOp>> rule, CancellationToken ct)
    {
        AccountMap? before = null;
        var commit = await store.ChangeAsync(accountId, map => rule(before = map), ct);
        await publisher.Publish(new MapChanged(commit), ct);
        return new MapResult(commit, before!.Apply(commit));
    }
}

public sealed class MapHandlers(IGraphStore store, MapWriter writer) :
    IQueryHandler<GetMap, AccountMap?>,
    ICommandHandler<AddNode, MapResult>,
    ICommandHandler<UpdateNode, MapResult>,
    ICommandHandler<MoveNode, MapResult>,
    ICommandHandler<DeleteNode, MapResult>,
    ICommandHandler<ConnectNodes, MapResult>,
    ICommandHandler<UpdateEdge, MapResult>,
    ICommandHandler<DisconnectEdge, MapResult>
{
    public async ValueTask<AccountMap?> Handle(GetMap q, CancellationToken ct) => await store.GetMapAsync(q.AccountId, ct);

    public ValueTask<MapResult> Handle(AddNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Add(map, c.Draft), ct);

    public ValueTask<MapResult> Handle(UpdateNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Update(map, c.NodeId, c.Patch), ct);

    public ValueTask<MapResult> Handle(MoveNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Move(map, c.NodeId, c.X, c.Y), ct);

    public ValueTask<MapResult> Handle(DeleteNode c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => NodeRules.Delete(map, c.NodeId, c.BaseVersion), ct);

    public ValueTask<MapResult> Handle(ConnectNodes c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => EdgeRules.Connect(map, c.Draft), ct);

    public ValueTask<MapResult> Handle(UpdateEdge c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => EdgeRules.Update(map, c.EdgeId, c.Patch), ct);

    public ValueTask<MapResult> Handle(DisconnectEdge c, CancellationToken ct) =>
        writer.WriteAsync(c.AccountId, map => EdgeRules.Disconnect(map, c.EdgeId, c.BaseVersion), ct);
}

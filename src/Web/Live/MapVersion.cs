using Mediator;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Live;

/// <summary>The hub's door to an account: its current version, for someone who may read it.</summary>
public sealed record GetMapVersion(string AccountId) : IQuery<long?>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class MapVersionHandler(IGraphStore store) : IQueryHandler<GetMapVersion, long?>
{
    public async ValueTask<long?> Handle(GetMapVersion q, CancellationToken ct) => (await store.GetMapAsync(q.AccountId, ct))?.Version;
}

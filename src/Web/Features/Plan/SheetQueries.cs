using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Plan;

/// <summary>The printable account sheet: the ten questions answered from the map as it is now, dated today.</summary>
public sealed record GetAccountSheet(string AccountId) : IQuery<AccountSheet>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class SheetHandler(IGraphStore store, TimeProvider clock) : IQueryHandler<GetAccountSheet, AccountSheet>
{
    public async ValueTask<AccountSheet> Handle(GetAccountSheet q, CancellationToken ct)
    {
        var map = (await store.GetMapAsync(q.AccountId, ct)).OrNotFound(q.AccountId);
        return AccountSheet.Build(map, clock.Today());
    }
}

using Microsoft.Extensions.Localization;
using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Plan;

/// <summary>The printable account sheet: the ten questions answered from the map as it is now, dated today, with the best next moves.</summary>
public sealed record GetAccountSheet(string AccountId) : IQuery<AccountSheet>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class SheetHandler(IGraphStore store, TimeProvider clock, ReachGraphCache cache, IStringLocalizer<Text> text) : IQueryHandler<GetAccountSheet, AccountSheet>
{
    public async ValueTask<AccountSheet> Handle(GetAccountSheet q, CancellationToken ct)
    {
        var map = (await store.GetMapAsync(q.AccountId, ct)).OrNotFound(q.AccountId);
        return AccountSheet.Build(map, clock.Today(), text, cache);
    }
}

using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Access;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.History;

/// <summary>For each account the caller is on (their teams): what moved since they last opened it.</summary>
public sealed record GetSinceLastVisit : IQuery<IReadOnlyList<AccountActivity>>, IDoor
{
    public Need Need => Need.SignedIn;
}

public sealed class SinceLastVisitHandler(IGraphStore store, IHistoryStore log, IAccessStore access, HistoryReader reader, CurrentUser current, TimeProvider clock,
    IStringLocalizer<Text> text)
    : IQueryHandler<GetSinceLastVisit, IReadOnlyList<AccountActivity>>
{
    public async ValueTask<IReadOnlyList<AccountActivity>> Handle(GetSinceLastVisit q, CancellationToken ct)
    {
        var caller = await current.GetAsync();
        if (caller.UserId is not { } me) return [];
        var visits = (await log.VisitsAsync(me, ct)).ToDictionary(v => v.AccountId, StringComparer.Ordinal);
        var links = await access.CounterpartLinksAsync(me, ct);
        var today = clock.Today();
        var activity = new List<AccountActivity>();
        foreach (var member in await access.MembershipsAsync(me, ct))
        {
            if (await store.GetMapAsync(member.AccountId, ct) is not { } now) continue;
            var visit = visits.GetValueOrDefault(member.AccountId);
            IReadOnlyList<Commit> byOthers = [];
            AccountMap? then = null;
            if (visit is not null && visit.Version < now.Version)
            {
                byOthers = await log.ChangesAsync(member.AccountId, new ChangeQuery { After = visit.Version, NotUserId = me }, ct);
                then = await reader.AsOfAsync(member.AccountId, visit.Version, ct);
            }
            else if (visit is not null) then = now;
            activity.Add(SinceVisit.Of(now, then, visit, byOthers, MyCounterpart.In(now, links, caller.Name)?.Id, today, text));
        }
        // The accounts with the most news first; quiet ones by name.
        return [.. activity.OrderBy(a => a.Quiet).ThenByDescending(a => a.ChangesByOthers + a.NewRisks.Count).ThenBy(a => a.Map.Account.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}

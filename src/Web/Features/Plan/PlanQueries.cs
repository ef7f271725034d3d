using Microsoft.Extensions.Localization;
using Mediator;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Plan;

/// <summary>
/// The matrix of an account with when each pair last met (<see cref="LastMet"/>), as of today, and the three
/// relationships that would most improve our way to the decision makers (<see cref="NextMoves.Top"/>), to mark.
/// </summary>
public sealed record MatrixView(AccountMap Map, ContactMatrix Matrix, LastMet Met, IReadOnlyList<NextMove> Moves);

public sealed record GetContactMatrix(string AccountId) : IQuery<MatrixView>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>One counterpart's relationships across all accounts (by name), soonest due first.</summary>
public sealed record ListRelationships(string Counterpart) : IQuery<IReadOnlyList<PlannedContact>>, IDoor
{
    public Need Need => Need.SignedIn;
}

/// <summary>
/// The caller's own relationships: on each account they see, those of the card that stands for them there (<see cref="MyCounterpart"/>);
/// and everyone of ours on those accounts, by name, to choose from instead.
/// </summary>
public sealed record ListMyRelationships : IQuery<MyRelationships>, IDoor
{
    public Need Need => Need.SignedIn;
}

/// <param name="Found">Whether a card stands for the caller on any account they see (if not, the page asks who they are).</param>
/// <param name="Names">Everyone of ours on the accounts the caller sees, by name (<see cref="RelationshipPlan.Counterparts"/>).</param>
public sealed record MyRelationships(bool Found, IReadOnlyList<PlannedContact> Contacts, IReadOnlyList<string> Names);

public sealed class PlanHandlers(IGraphStore store, IAccessStore access, TimeProvider clock, CurrentUser current, AccessDirectory directory, ReachGraphCache cache,
    IStringLocalizer<Text> text) :
    IQueryHandler<GetContactMatrix, MatrixView>,
    IQueryHandler<ListRelationships, IReadOnlyList<PlannedContact>>,
    IQueryHandler<ListMyRelationships, MyRelationships>
{
    public async ValueTask<MatrixView> Handle(GetContactMatrix q, CancellationToken ct)
    {
        var map = (await store.GetMapAsync(q.AccountId, ct)).OrNotFound(q.AccountId);
        return new(map, ContactMatrix.Build(map, text), LastMet.Of(map, clock.Today()), NextMoves.Top(map, text, 3, cache));
    }

    public async ValueTask<IReadOnlyList<PlannedContact>> Handle(ListRelationships q, CancellationToken ct) =>
        RelationshipPlan.For(await AllMapsAsync(ct), q.Counterpart, clock.Today());

    public async ValueTask<MyRelationships> Handle(ListMyRelationships q, CancellationToken ct)
    {
        // One load of the maps serves both the caller's own relationships and the names to choose from.
        var maps = await AllMapsAsync(ct);
        var names = RelationshipPlan.Counterparts(maps);
        var caller = await current.GetAsync();
        if (caller.UserId is not { } me) return new(false, [], names);
        var links = await access.CounterpartLinksAsync(me, ct);
        var mine = maps.Select(map => (map, ours: MyCounterpart.In(map, links, caller.Name))).Where(x => x.ours is not null).ToList();
        return new(mine.Count > 0, RelationshipPlan.For(mine.Select(x => (x.map, x.ours!.Id)), clock.Today()), names);
    }

    /// <summary>Every account the caller may see, across which "my relationships" are gathered.</summary>
    private async Task<List<AccountMap>> AllMapsAsync(CancellationToken ct)
    {
        var sees = await directory.VisibleToAsync(await current.GetAsync(), ct);
        var maps = new List<AccountMap>();
        foreach (var s in (await store.ListAccountsAsync(ct)).Where(s => sees(s.Account.Id)))
            if (await store.GetMapAsync(s.Account.Id, ct) is { } m) maps.Add(m);
        return maps;
    }
}

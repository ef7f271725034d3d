using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
using SalesOps.Web.Features.Moves;

namespace SalesOps.Web.Features.Reach;

/// <summary>Paths to the target on the map as it is, or as a what-if <paramref name="Sketch"/> assumes it.</summary>
public sealed record FindReach(string AccountId, ReachQuery Query, Sketch? Sketch = null) : IQuery<ReachAnswer>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed record ListRisks(string AccountId, Sketch? Sketch = null) : IQuery<IReadOnlyList<Finding>>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>
/// Reach and risks run on the account's current snapshot (or a what-if over it); the flat projection
/// is cached by account version, so repeated questions about an unchanged map cost only the search.
/// </summary>
public sealed class ReachHandlers(IGraphStore store, ReachGraphCache cache, IStringLocalizer<Text> text) :
    IQueryHandler<FindReach, ReachAnswer>,
    IQueryHandler<ListRisks, IReadOnlyList<Finding>>
{
    public async ValueTask<ReachAnswer> Handle(FindReach q, CancellationToken ct) =>
        ReachEngine.Find(SketchDocuments.Apply(q.Sketch, await LoadAsync(q.AccountId, ct), text), q.Query, text, cache);

    public async ValueTask<IReadOnlyList<Finding>> Handle(ListRisks q, CancellationToken ct) =>
        AccountAnalysis.Risks(SketchDocuments.Apply(q.Sketch, await LoadAsync(q.AccountId, ct), text), text, cache);

    private async Task<AccountMap> LoadAsync(string accountId, CancellationToken ct) =>
        (await store.GetMapAsync(accountId, ct)).OrNotFound(accountId);
}

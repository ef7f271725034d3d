using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Moves;

/// <summary>
/// Which new or stronger relationship would most improve our way in (issue #18), on the account's map
/// as it is, or as a what-if <paramref name="Sketch"/> assumes it.
/// </summary>
public sealed record FindNextMoves(string AccountId, NextMovesQuery Query, Sketch? Sketch = null) : IQuery<NextMovesAnswer>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class MovesHandlers(IGraphStore store, ReachGraphCache cache, IStringLocalizer<Text> text) : IQueryHandler<FindNextMoves, NextMovesAnswer>
{
    public async ValueTask<NextMovesAnswer> Handle(FindNextMoves q, CancellationToken ct)
    {
        var map = (await store.GetMapAsync(q.AccountId, ct)).OrNotFound(q.AccountId);
        return NextMoves.Find(SketchDocuments.Apply(q.Sketch, map, text), q.Query, text, cache);
    }
}

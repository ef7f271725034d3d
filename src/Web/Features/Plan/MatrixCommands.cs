using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Plan;

/// <summary>
/// A cell of the contact matrix saved: the relationship between one of ours and one of theirs created
/// (<c>EdgeId</c> null) or changed. Its last contact is today at the latest.
/// </summary>
public sealed record SaveRelationship(string AccountId, string CounterpartId, string PersonId, string? EdgeId, EdgePatch Fields) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed class MatrixHandlers(MapWriter writer, TimeProvider clock) : ICommandHandler<SaveRelationship, MapResult>
{
    public ValueTask<MapResult> Handle(SaveRelationship c, CancellationToken ct) => writer.WriteAsync(c.AccountId, map => c.EdgeId is { } id
        ? EdgeRules.Update(map, id, c.Fields, clock.Today())
        : EdgeRules.Connect(map, new EdgeDraft(c.Fields) { Type = EdgeType.TALKS_WITH, From = c.CounterpartId, To = c.PersonId }, clock.Today()), ct);
}

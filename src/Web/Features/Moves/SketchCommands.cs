using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Moves;

/// <summary>The account's saved sketches, by name: the account team shares them.</summary>
public sealed record ListSketches(string AccountId) : IQuery<IReadOnlyList<SavedSketch>>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>One saved sketch; NotFound when there is none of that name.</summary>
public sealed record GetSketch(string AccountId, string Name) : IQuery<SavedSketch>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>Saves (or replaces) a sketch by name; it must apply to the map as it is now.</summary>
public sealed record SaveSketch(string AccountId, string Name, Sketch Sketch) : ICommand<SavedSketch>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>False when there was no sketch of that name.</summary>
public sealed record DeleteSketch(string AccountId, string Name) : ICommand<bool>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>
/// Turns a sketch's hypothetical relationships into planned ones (TALKS_WITH, status Planned) in one
/// commit. Stance changes are not written: what someone thinks of us is not ours to plan.
/// </summary>
public sealed record PlanSketch(string AccountId, Sketch Sketch) : ICommand<PlannedSketch>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>The commit and what each hypothetical relationship became.</summary>
public sealed record PlannedSketch(MapResult Result, SketchPlan Plan);

public sealed class SketchHandlers(IDocumentStore documents, IGraphStore store, MapWriter writer, CurrentUser current, AccessDirectory directory,
    TimeProvider clock, IStringLocalizer<Text> text) :
    IQueryHandler<ListSketches, IReadOnlyList<SavedSketch>>,
    IQueryHandler<GetSketch, SavedSketch>,
    ICommandHandler<SaveSketch, SavedSketch>,
    ICommandHandler<DeleteSketch, bool>,
    ICommandHandler<PlanSketch, PlannedSketch>
{
    public async ValueTask<IReadOnlyList<SavedSketch>> Handle(ListSketches q, CancellationToken ct)
    {
        (await store.GetMapAsync(q.AccountId, ct)).OrNotFound(q.AccountId);
        var saved = new List<SavedSketch>();
        foreach (var d in await documents.DocumentsAsync(q.AccountId, SketchDocuments.Kind, ct)) saved.Add(await ReadAsync(d, ct));
        return saved;
    }

    public async ValueTask<SavedSketch> Handle(GetSketch q, CancellationToken ct) =>
        await documents.DocumentAsync(q.AccountId, SketchDocuments.Kind, q.Name, ct) is { } d
            ? await ReadAsync(d, ct)
            : throw GraphException.NotFound(text["Sketch.NotFound", q.Name]);

    public async ValueTask<SavedSketch> Handle(SaveSketch c, CancellationToken ct)
    {
        var name = SketchDocuments.Name(c.Name, text);
        var map = (await store.GetMapAsync(c.AccountId, ct)).OrNotFound(c.AccountId);
        // Saved only when it could be applied now, so whoever opens it sees what was meant.
        SketchDocuments.Apply(c.Sketch, map, text);
        var caller = await current.GetAsync();
        var document = SketchDocuments.Document(c.AccountId, name, c.Sketch, caller.UserId, clock.GetUtcNow());
        await documents.SaveDocumentAsync(document, ct);
        return new SavedSketch(name, c.Sketch, caller.UserId, caller.Name, document.SavedAt);
    }

    public async ValueTask<bool> Handle(DeleteSketch c, CancellationToken ct) =>
        await documents.DeleteDocumentAsync(c.AccountId, SketchDocuments.Kind, c.Name, ct);

    public async ValueTask<PlannedSketch> Handle(PlanSketch c, CancellationToken ct)
    {
        SketchDocuments.Check(c.Sketch, text);
        if (c.Sketch.Talks.Count == 0) throw GraphException.Invalid(text["Sketch.Plan.NoTalks"], "talks");
        SketchPlan? plan = null;
        // Decided on the map inside the store's transaction: someone may have planned one of them meanwhile.
        var result = await writer.WriteAsync(c.AccountId, map =>
        {
            plan = SketchPlan.Of(map, c.Sketch, clock.Today());
            return plan.Ops.Count > 0 ? plan.Ops : throw GraphException.Invalid(text["Sketch.Plan.Nothing"], "talks");
        }, ct);
        return new PlannedSketch(result, plan!);
    }

    private async Task<SavedSketch> ReadAsync(AccountDocument d, CancellationToken ct)
    {
        var by = d.SavedBy is { } id ? (await directory.StandingAsync(id, ct))?.User.Name : null;
        return new SavedSketch(d.Name, SketchDocuments.FromJson(d.Json), d.SavedBy, by, d.SavedAt);
    }
}

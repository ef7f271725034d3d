using Microsoft.Extensions.Localization;
using Mediator;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.History;

/// <summary>Undoes one's own commit, only where nobody changed things since.</summary>
public sealed record UndoChange(string AccountId, long Version) : ICommand<RevertOutcome>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>
/// Restores from a commit, as a new change: an element it removed (a person comes back with the
/// relationships that went with them), or with <see cref="Field"/> that field's value before it.
/// </summary>
public sealed record RestoreChange(string AccountId, long Version, string ElementId, string? Field = null) : ICommand<RevertOutcome>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

/// <summary>The map page was opened (or left) at a version: "since your last visit" starts there.</summary>
public sealed record RecordVisit(string AccountId, long Version) : ICommand<bool>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>What an undo or restore wrote (null: nothing could be), what it left, and both in words.</summary>
public sealed record RevertOutcome(MapResult? Result, RevertPlan Plan, string Words);

public sealed class HistoryCommands(HistoryReader reader, MapWriter writer, IHistoryStore log, CurrentUser current, TimeProvider clock, IStringLocalizer<Text> text) :
    ICommandHandler<UndoChange, RevertOutcome>,
    ICommandHandler<RestoreChange, RevertOutcome>,
    ICommandHandler<RecordVisit, bool>
{
    public async ValueTask<RevertOutcome> Handle(UndoChange c, CancellationToken ct)
    {
        var commit = await reader.CommitAsync(c.AccountId, c.Version, ct);
        var caller = await current.GetAsync();
        if (commit.By?.UserId is not { } author || author != caller.UserId)
            throw new GraphException(GraphError.Forbidden, text["Error.History.NotYours", c.Version, commit.By?.Name ?? text["Error.History.SomeoneElse"]]);
        return await RevertAsync(c.AccountId, commit, map => Revert.Plan(map, commit, undo: true), ChangeKind.Undo, ct);
    }

    public async ValueTask<RevertOutcome> Handle(RestoreChange c, CancellationToken ct)
    {
        var commit = await reader.CommitAsync(c.AccountId, c.Version, ct);
        // A node comes back with the relationships that went with it in the same commit.
        var only = new HashSet<string>(StringComparer.Ordinal) { c.ElementId };
        if (c.Field is null)
            only.UnionWith(commit.Before.Edges.Where(e => e.From == c.ElementId || e.To == c.ElementId).Select(e => e.Id));
        return await RevertAsync(c.AccountId, commit, map => Revert.Plan(map, commit, undo: false, only, c.Field), ChangeKind.Restore, ct);
    }

    public async ValueTask<bool> Handle(RecordVisit c, CancellationToken ct)
    {
        if ((await current.GetAsync()).UserId is not { } user) return false;
        await log.SaveVisitAsync(new Visit(user, c.AccountId, clock.GetUtcNow(), c.Version), ct);
        return true;
    }

    /// <summary>Plans against the map inside the change's transaction; a plan that writes nothing writes no commit.</summary>
    private async Task<RevertOutcome> RevertAsync(string accountId, Commit commit, Func<AccountMap, RevertPlan> plan, ChangeKind kind, CancellationToken ct)
    {
        RevertPlan? planned = null;
        MapResult? result = null;
        try
        {
            result = await writer.WriteAsync(accountId, map =>
            {
                planned = plan(map);
                // Nothing to write: leave without a commit (the version stays).
                return planned.Nothing ? throw new GraphException(GraphError.Conflict, "nothing to revert", current: planned) : planned.Ops;
            }, kind, commit.Version, ct);
        }
        catch (GraphException ex) when (ex.Current is RevertPlan p)
        {
            planned = p;
        }
        var told = await WhoChangedSinceAsync(accountId, planned!, ct);
        return new RevertOutcome(result, told, HistoryWords.Outcome(told, kind == ChangeKind.Undo, clock.Today(), text));
    }

    /// <summary>Names who made the later change that kept part of the commit from coming back.</summary>
    private async Task<RevertPlan> WhoChangedSinceAsync(string accountId, RevertPlan plan, CancellationToken ct)
    {
        var skipped = new List<RevertSkip>(plan.Skipped.Count);
        foreach (var s in plan.Skipped)
        {
            var by = s.SinceVersion is { } v ? (await log.ChangesAsync(accountId, new ChangeQuery { After = v - 1, UpTo = v }, ct)).SingleOrDefault()?.By?.Name : null;
            skipped.Add(s with { SinceBy = by });
        }
        return plan with { Skipped = skipped };
    }
}

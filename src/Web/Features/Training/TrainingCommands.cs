using Mediator;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Seed.Training;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Training;

/// <summary>
/// Generates a training set into the store. An account id that exists is a Conflict unless Replace, which
/// puts the account back to exactly what was generated (a reset of those accounts). Progress hears of
/// people generated; the answer keys come back, they are not stored.
/// </summary>
public sealed record GenerateTrainingSet(TrainingSet Set, bool Replace, IProgress<int>? Progress = null) : ICommand<GeneratedSet>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Trainer);
}

/// <summary>Plain generated accounts (no lesson) into the store: for trying the app at size.</summary>
public sealed record GenerateAccounts(AccountSize Size, string Locale, int Seed, DateOnly ReferenceDate, int Count, bool Replace, IProgress<int>? Progress = null)
    : ICommand<GeneratedSet>, IDoor
{
    // Up to 100,000 people at a time into the shared store: an operator's tool, as import is.
    public Need Need => Need.AtLeast(AppRole.Admin);
}

/// <summary>Regenerates every training account in the store from its id: the class's maps as they were handed out.</summary>
public sealed record ResetTraining(IProgress<int>? Progress = null) : ICommand<GeneratedSet>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Trainer);
}

/// <summary>What was written: the maps (in order) with their answer keys where they have one, and which replaced stored accounts.</summary>
public sealed record GeneratedSet(IReadOnlyList<AccountMap> Maps, IReadOnlyList<AnswerKey> Keys, IReadOnlyList<string> Replaced);

public sealed class TrainingHandlers(IGraphStore store, ILiveBus bus, CurrentUser current) :
    ICommandHandler<GenerateTrainingSet, GeneratedSet>,
    ICommandHandler<GenerateAccounts, GeneratedSet>,
    ICommandHandler<ResetTraining, GeneratedSet>
{
    public async ValueTask<GeneratedSet> Handle(GenerateTrainingSet c, CancellationToken ct)
    {
        var accounts = await Task.Run(() => TrainingSets.Generate(c.Set, c.Progress, ct), ct);
        var replaced = await WriteAsync([.. accounts.Select(a => a.Map)], c.Replace, ct);
        return new GeneratedSet([.. accounts.Select(a => a.Map)], [.. accounts.Select(a => a.Key)], replaced);
    }

    public async ValueTask<GeneratedSet> Handle(GenerateAccounts c, CancellationToken ct)
    {
        var maps = await Task.Run(() => GeneratedAccounts.Generate(c.Size, c.Locale, c.Seed, c.ReferenceDate, c.Count, c.Progress, ct), ct);
        return new GeneratedSet(maps, [], await WriteAsync(maps, c.Replace, ct));
    }

    public async ValueTask<GeneratedSet> Handle(ResetTraining c, CancellationToken ct)
    {
        var recipes = (await store.ListAccountsAsync(ct)).Select(s => TrainingRecipe.Parse(s.Account.Id)).OfType<TrainingRecipe>()
            .OrderBy(r => r.AccountId, StringComparer.Ordinal).ToList();
        var accounts = await Task.Run(() => recipes.Select(r => TrainingSets.Generate(r, c.Progress, ct)).ToList(), ct);
        var replaced = await WriteAsync([.. accounts.Select(a => a.Map)], replace: true, ct);
        return new GeneratedSet([.. accounts.Select(a => a.Map)], [.. accounts.Select(a => a.Key)], replaced);
    }

    /// <summary>Refuses before writing anything when an id is taken and replacing was not asked for.</summary>
    private async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<AccountMap> maps, bool replace, CancellationToken ct)
    {
        var stored = (await store.ListAccountsAsync(ct)).Select(s => s.Account.Id).ToHashSet(StringComparer.Ordinal);
        var taken = maps.Select(m => m.Account.Id).Where(stored.Contains).ToList();
        if (taken.Count > 0 && !replace)
            throw GraphException.Conflict($"The store already has {string.Join(", ", taken.Select(t => $"'{t}'"))}. Nothing was written; replace (--replace) puts {(taken.Count == 1 ? "it" : "them")} back to what was generated.");
        foreach (var id in taken)
        {
            await store.DeleteAccountAsync(id, ct);
            // Open maps of a replaced account show a map that no longer exists: tell them, as a delete does.
            await bus.PublishAsync(new AccountDeleted(id), CancellationToken.None);
        }
        var by = (await current.GetAsync()).Author().As(ChangeKind.Create);
        foreach (var map in maps) await store.CreateAccountAsync(map, by, ct);
        return taken;
    }
}

using Mediator;
using Microsoft.Extensions.Localization;
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
/// people generated; the answer keys come back, they are not stored. The trainer who generates owns the
/// accounts; <see cref="Participants"/> (e-mail addresses of existing users) join every account's team as
/// Editors, and <see cref="Groups"/> (one list per copy) join only their copy: each group edits its own map.
/// </summary>
public sealed record GenerateTrainingSet(TrainingSet Set, bool Replace, IProgress<int>? Progress = null, IReadOnlyList<string>? Participants = null,
    IReadOnlyList<IReadOnlyList<string>>? Groups = null)
    : ICommand<GeneratedSet>, IDoor
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

/// <summary>
/// Regenerates training accounts in the store from their ids: the class's maps as they were handed out.
/// Every training account, or only those of one set (<see cref="TrainingRecipe.SetId"/>). Teams stay.
/// </summary>
public sealed record ResetTraining(IProgress<int>? Progress = null, string? SetId = null) : ICommand<GeneratedSet>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Trainer);
}

/// <summary>Deletes every account of one training set; nothing else. Answers the ids deleted.</summary>
public sealed record DeleteTrainingSet(string SetId) : ICommand<IReadOnlyList<string>>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Trainer);
}

/// <summary>What was written: the maps (in order) with their answer keys where they have one, and which replaced stored accounts.</summary>
public sealed record GeneratedSet(IReadOnlyList<AccountMap> Maps, IReadOnlyList<AnswerKey> Keys, IReadOnlyList<string> Replaced);

public sealed partial class TrainingHandlers(IGraphStore store, IAccessStore access, AccessDirectory directory, CurrentUser current, ILiveBus bus,
    IStringLocalizer<Text> text) :
    ICommandHandler<GenerateTrainingSet, GeneratedSet>,
    ICommandHandler<GenerateAccounts, GeneratedSet>,
    ICommandHandler<ResetTraining, GeneratedSet>,
    ICommandHandler<DeleteTrainingSet, IReadOnlyList<string>>
{
    public async ValueTask<GeneratedSet> Handle(GenerateTrainingSet c, CancellationToken ct)
    {
        try { _ = c.Set.Recipes(); }
        catch (ArgumentException ex) { throw Invalid(ex); }
        if (c.Groups is { Count: > 0 } g && g.Count != c.Set.Copies)
            throw GraphException.Invalid(text["Error.Training.Groups", g.Count, c.Set.Copies], "groups");
        var participants = await ParticipantsAsync(c.Participants, "participants", ct);
        var groups = new List<IReadOnlyList<User>>();
        foreach (var group in c.Groups ?? []) groups.Add(await ParticipantsAsync(group, "groups", ct));
        var accounts = await Task.Run(() =>
        {
            try { return TrainingSets.Generate(c.Set, text, c.Progress, ct); }
            catch (ArgumentException ex) { throw Invalid(ex); }
        }, ct);
        var replaced = await WriteAsync([.. accounts.Select(a => a.Map)], c.Replace, ct);
        foreach (var a in accounts)
            await JoinAsync(a.Map.Account.Id, [.. participants, .. groups.Count > 0 ? groups[a.Recipe.Copy - 1] : []], ct);
        return new GeneratedSet([.. accounts.Select(a => a.Map)], [.. accounts.Select(a => a.Key)], replaced);
    }

    public async ValueTask<GeneratedSet> Handle(GenerateAccounts c, CancellationToken ct)
    {
        var maps = await Task.Run(() => GeneratedAccounts.Generate(c.Size, c.Locale, c.Seed, c.ReferenceDate, c.Count, c.Progress, ct), ct);
        return new GeneratedSet(maps, [], await WriteAsync(maps, c.Replace, ct));
    }

    public async ValueTask<GeneratedSet> Handle(ResetTraining c, CancellationToken ct)
    {
        var recipes = await RecipesAsync(c.SetId, ct);
        if (c.SetId is not null && recipes.Count == 0) throw GraphException.NotFound(text["Error.Training.NoSet", c.SetId]);
        var accounts = await Task.Run(() => recipes.Select(r => TrainingSets.Generate(r, text, c.Progress, ct)).ToList(), ct);
        var replaced = await WriteAsync([.. accounts.Select(a => a.Map)], replace: true, ct);
        return new GeneratedSet([.. accounts.Select(a => a.Map)], [.. accounts.Select(a => a.Key)], replaced);
    }

    public async ValueTask<IReadOnlyList<string>> Handle(DeleteTrainingSet c, CancellationToken ct)
    {
        var recipes = await RecipesAsync(c.SetId, ct);
        if (recipes.Count == 0) throw GraphException.NotFound(text["Error.Training.NoSet", c.SetId]);
        foreach (var r in recipes)
        {
            await store.DeleteAccountAsync(r.AccountId, ct);
            await bus.PublishAsync(new AccountDeleted(r.AccountId), CancellationToken.None);
        }
        return [.. recipes.Select(r => r.AccountId)];
    }

    /// <summary>The stored training accounts (of one set, or all), by id. Only ids that parse as a recipe: a reset never touches other accounts.</summary>
    private async Task<List<TrainingRecipe>> RecipesAsync(string? setId, CancellationToken ct) =>
        [.. (await store.ListAccountsAsync(ct)).Select(s => TrainingRecipe.Parse(s.Account.Id)).OfType<TrainingRecipe>()
            .Where(r => setId is null || r.SetId == setId).OrderBy(r => r.AccountId, StringComparer.Ordinal)];

    /// <summary>A set the caller described wrongly is their error (400 naming the field), not ours.</summary>
    private static GraphException Invalid(ArgumentException ex) =>
        GraphException.Invalid(ex.Message.Split(" (Parameter", 2)[0], ex.ParamName is { Length: > 0 } p ? char.ToLowerInvariant(p[0]) + p[1..] : null);
}

using Microsoft.Extensions.Localization;
using Mediator;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Seed.Training;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Training;

/// <summary>A training account in the store: what it was generated from.</summary>
public sealed record TrainingAccountView(string Id, string Name, string Scenario, string Lesson, int Copy);

/// <summary>The training accounts that share a locale, size, seed and date: one class's set.</summary>
public sealed record TrainingSetView(string Id, string Locale, string Size, int Seed, DateOnly ReferenceDate, IReadOnlyList<TrainingAccountView> Accounts);

/// <summary>One account's answer key in words: the sentences in the reader's language (AnswerWords), names in the map's.</summary>
public sealed record AnswerKeyView(string AccountId, string AccountName, string Scenario, string Lesson, string WhoDecides,
    IReadOnlyList<string> DecisionMakerIds, string BestWayIn, IReadOnlyList<string> BestWayInNodes, IReadOnlyList<string> TopRisks)
{
    public static AnswerKeyView Of(AnswerKey key, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.AccountId, key.AccountName, key.Lesson.Scenario.Code(), AnswerWords.Lesson(key.Lesson, text), AnswerWords.WhoDecides(key, text),
            [.. key.DecisionMakers.Select(p => p.Id)], AnswerWords.BestWayIn(key, text), key.BestWayIn?.Nodes ?? [],
            [.. key.TopRisks.Select(r => r.Sentence)]);
    }
}

/// <summary>Every training set in the store, newest date first. For trainers: participants never see the list or the keys.</summary>
public sealed record ListTrainingSets : IQuery<IReadOnlyList<TrainingSetView>>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Trainer);
}

/// <summary>The answer keys of one set's accounts, computed again from their recipes: the maps as generated, whatever the class did since.</summary>
public sealed record GetAnswerKeys(string SetId) : IQuery<IReadOnlyList<AnswerKeyView>>, IDoor
{
    public Need Need => Need.AtLeast(AppRole.Trainer);
}

public sealed class TrainingQueryHandlers(IGraphStore store, IStringLocalizer<Text> text) :
    IQueryHandler<ListTrainingSets, IReadOnlyList<TrainingSetView>>,
    IQueryHandler<GetAnswerKeys, IReadOnlyList<AnswerKeyView>>
{
    public async ValueTask<IReadOnlyList<TrainingSetView>> Handle(ListTrainingSets q, CancellationToken ct)
    {
        var accounts = (await store.ListAccountsAsync(ct)).Select(s => (s.Account, Recipe: TrainingRecipe.Parse(s.Account.Id)))
            .Where(a => a.Recipe is not null).Select(a => (a.Account, Recipe: a.Recipe!)).ToList();
        return [.. accounts.GroupBy(a => a.Recipe.SetId, StringComparer.Ordinal)
            .Select(g =>
            {
                var r = g.First().Recipe;
                return new TrainingSetView(g.Key, r.Locale, r.Size.Name(), r.Seed, r.ReferenceDate,
                    [.. g.OrderBy(a => (int)a.Recipe.Scenario).ThenBy(a => a.Recipe.Copy)
                        .Select(a => new TrainingAccountView(a.Account.Id, a.Account.Name, a.Recipe.Scenario.Code(), a.Recipe.Scenario.Title(), a.Recipe.Copy))]);
            })
            .OrderByDescending(s => s.ReferenceDate).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async ValueTask<IReadOnlyList<AnswerKeyView>> Handle(GetAnswerKeys q, CancellationToken ct)
    {
        var recipes = (await store.ListAccountsAsync(ct)).Select(s => TrainingRecipe.Parse(s.Account.Id)).OfType<TrainingRecipe>()
            .Where(r => r.SetId == q.SetId).OrderBy(r => (int)r.Scenario).ThenBy(r => r.Copy).ToList();
        if (recipes.Count == 0) throw GraphException.NotFound(text["Error.Training.NoSet", q.SetId]);
        return await Task.Run(() => recipes.Select(r => AnswerKeyView.Of(TrainingSets.Generate(r, text, null, ct).Key, text)).ToList(), ct);
    }
}

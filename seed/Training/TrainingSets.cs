using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Seed.Training;

/// <summary>A generated training account: how it was made, the map, and the trainer's answer key.</summary>
public sealed record TrainingAccount(TrainingRecipe Recipe, AccountMap Map, AnswerKey Key);

/// <summary>
/// The training studio's library: generate a set (or one account) from its description, and check that an
/// account still teaches its lesson. Accounts are tagged by their id prefix <see cref="TrainingRecipe.Prefix"/>.
/// </summary>
public static class TrainingSets
{
    /// <summary>
    /// Every account of the set, scenarios in the order given, each followed by its copies. Deterministic:
    /// the same set gives the same maps and keys. <paramref name="people"/> hears of people generated as they are;
    /// <paramref name="text"/> words the answer keys (the reader's language).
    /// </summary>
    public static IReadOnlyList<TrainingAccount> Generate(TrainingSet set, IStringLocalizer text, IProgress<int>? people = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        var recipes = set.Recipes();
        foreach (var r in recipes) r.Validate();
        return [.. recipes.Select(r => Generate(r, text, people, ct))];
    }

    /// <summary>One account from its recipe; what a reset of one account regenerates.</summary>
    public static TrainingAccount Generate(TrainingRecipe recipe, IStringLocalizer text, IProgress<int>? people = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return TrainingBuilder.Build(recipe, text, people, ct);
    }

    /// <summary>What no longer holds of the account's lesson on its map (empty: the lesson holds). Reads the map through the engine.</summary>
    public static IReadOnlyList<string> Verify(TrainingAccount account, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(account);
        return ScenarioPlan.For(account.Recipe.Scenario).Violations(account.Map, account.Key, account.Recipe, text);
    }
}

/// <summary>Plain generated accounts, for trying the app at size.</summary>
public static class GeneratedAccounts
{
    /// <summary>
    /// Plain accounts without a hidden lesson, for trying the app at size (the command line's <c>generate</c>):
    /// the training machinery without a scenario. Ids start with <c>gen-</c>; the same arguments give the same maps.
    /// </summary>
    public static IReadOnlyList<AccountMap> Generate(AccountSize size, string locale, int seed, DateOnly referenceDate, int count = 1,
        IProgress<int>? people = null, CancellationToken ct = default)
    {
        Words.Check(locale, nameof(locale));
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000);
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gen-{locale}-{size.Code()}-s{seed}-d{referenceDate:yyyyMMdd}-n{i}");
            return TrainingBuilder.BuildPlain(new Core(TrainingBuilder.Mix(seed, -1, (int)size, i), id, locale, i, size, referenceDate), people, ct);
        })];
    }
}

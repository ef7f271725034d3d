using SalesOps.Graph.Model;
using SalesOps.Graph.Transfer;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Seed.Training;

public sealed class TrainingSetTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static TrainingRecipe Recipe(Scenario scenario, string locale = "es", AccountSize size = AccountSize.BuyingCenter, int seed = 42, int copy = 1) =>
        new(scenario, locale, size, seed, Day, copy);

    private static byte[] Export(params AccountMap[] maps) => TransferJson.Write(ExportDocument.Of(maps));

    public static TheoryData<Scenario> EveryScenario() => [.. Scenarios.All];

    [Theory]
    [MemberData(nameof(EveryScenario))]
    public void The_same_scenario_seed_date_locale_and_size_give_a_byte_identical_export(Scenario scenario)
    {
        foreach (var size in new[] { AccountSize.BuyingCenter, AccountSize.Mid })
        {
            var first = Export(TrainingSets.Generate(Recipe(scenario, size: size), Words.Text).Map);
            var again = Export(TrainingSets.Generate(Recipe(scenario, size: size), Words.Text).Map);
            again.ShouldBe(first, $"{scenario} at {size}");
        }
    }

    [Fact]
    public void An_account_does_not_depend_on_the_other_scenarios_of_its_set()
    {
        var alone = TrainingSets.Generate(new TrainingSet { Scenarios = [Scenario.GatekeeperInTheWay], Seed = 7, ReferenceDate = Day }, Words.Text);
        var among = TrainingSets.Generate(new TrainingSet { Scenarios = [Scenario.SingleThreaded, Scenario.GatekeeperInTheWay], Seed = 7, ReferenceDate = Day }, Words.Text);
        Export(among[1].Map).ShouldBe(Export(alone[0].Map));
        among.Select(a => a.Recipe.Scenario).ShouldBe([Scenario.SingleThreaded, Scenario.GatekeeperInTheWay]);
    }

    [Fact]
    public void Copies_are_the_same_map_under_ids_of_their_own()
    {
        var copies = TrainingSets.Generate(new TrainingSet { Scenarios = [Scenario.DetractorInfluencesDecisionMaker], Locale = "de", Copies = 3, ReferenceDate = Day }, Words.Text);
        copies.Count.ShouldBe(3);
        copies.Select(c => c.Map.Account.Id).ShouldBe(["trn-detractor-de-bc-s1-d20260302-c1", "trn-detractor-de-bc-s1-d20260302-c2", "trn-detractor-de-bc-s1-d20260302-c3"]);
        var ids = copies.Select(c => c.Map.Nodes.Select(n => n.Id).Concat(c.Map.Edges.Select(e => e.Id)).ToHashSet()).ToList();
        ids[0].Overlaps(ids[1]).ShouldBeFalse();
        ids[1].Overlaps(ids[2]).ShouldBeFalse();
        static string Content(AccountMap m) => string.Join('\n', m.Nodes.Select(n => $"{n.Kind} {n.Name} {n.Title} {n.Stance}").Concat(m.Edges.Select(e => $"{e.Type} {e.Strength} {e.Status}")));
        Content(copies[1].Map).ShouldBe(Content(copies[0].Map));
        Content(copies[2].Map).ShouldBe(Content(copies[0].Map));
        copies[2].Key.Lesson.People.Select(p => p.Name).ShouldBe(copies[0].Key.Lesson.People.Select(p => p.Name));
    }

    [Fact]
    public void A_class_in_another_language_gets_the_same_map_in_its_words_and_ids_of_its_own()
    {
        var en = TrainingSets.Generate(Recipe(Scenario.StrongPathThroughSkeptic, "en"), Words.Text);
        var es = TrainingSets.Generate(Recipe(Scenario.StrongPathThroughSkeptic, "es"), Words.Text);
        static string Shape(AccountMap m) => string.Join('\n', m.Nodes.Select(n => $"{n.Kind} {n.Level} {n.Stance} {string.Join(',', n.Roles)} {n.Influence} {n.Date}")
            .Concat(m.Edges.Select(e => $"{e.Type} {e.Strength} {e.Status} {e.LastContact} {e.Result}")));
        Shape(es.Map).ShouldBe(Shape(en.Map));
        es.Map.Nodes.Select(n => n.Id).ShouldNotContain(id => en.Map.Find(id) != null);
        es.Map.Account.Name.ShouldNotBe(en.Map.Account.Name);
    }

    [Fact]
    public void The_account_id_spells_the_recipe_so_a_stored_account_can_be_regenerated()
    {
        var recipe = Recipe(Scenario.DormantRelationships, "de", AccountSize.ExtraLarge, seed: 2_147_483_647, copy: 12);
        recipe.AccountId.ShouldBe("trn-dormant-de-l2000-s2147483647-d20260302-c12");
        Ids.IsValid(recipe.AccountId).ShouldBeTrue();
        TrainingRecipe.Parse(recipe.AccountId).ShouldBe(recipe);
        foreach (var scenario in Scenarios.All)
            foreach (var size in AccountSizes.All)
                TrainingRecipe.Parse(Recipe(scenario, "en", size).AccountId).ShouldBe(Recipe(scenario, "en", size));
        TrainingRecipe.Parse("acc-weber-medizintechnik").ShouldBeNull();
        TrainingRecipe.Parse("trn-unknown-es-bc-s1-d20260302-c1").ShouldBeNull();
        TrainingRecipe.Parse("trn-detractor-fr-bc-s1-d20260302-c1").ShouldBeNull();
        TrainingRecipe.IsTraining(recipe.AccountId).ShouldBeTrue();
    }

    [Theory]
    [InlineData(AccountSize.BuyingCenter, 6, 16)]
    [InlineData(AccountSize.Mid, 50, 200)]
    [InlineData(AccountSize.Large, 500, 500)]
    [InlineData(AccountSize.ExtraLarge, 2_000, 2_000)]
    public void Sizes_map_their_number_of_people(AccountSize size, int min, int max)
    {
        foreach (var seed in size == AccountSize.BuyingCenter ? new[] { 1, 2, 3, 4, 5 } : [1])
        {
            var map = TrainingSets.Generate(Recipe(Scenario.DetractorInfluencesDecisionMaker, "en", size, seed), Words.Text).Map;
            map.OfKind(NodeKind.Person).Count().ShouldBeInRange(min, max);
            var solid = map.Edges.Where(e => e.Type == EdgeType.REPORTS_TO && !e.Dotted).ToList();
            solid.Count.ShouldBe(map.OfKind(NodeKind.Person).Count() - 1, "one reporting tree");
        }
    }

    [Fact]
    public void Plain_generated_accounts_are_deterministic_and_not_training_accounts()
    {
        var maps = GeneratedAccounts.Generate(AccountSize.Mid, "de", 3, Day, count: 2);
        maps.Select(m => m.Account.Id).ShouldBe(["gen-de-mid-s3-d20260302-n1", "gen-de-mid-s3-d20260302-n2"]);
        Export([.. GeneratedAccounts.Generate(AccountSize.Mid, "de", 3, Day, count: 2)]).ShouldBe(Export([.. maps]));
        maps.ShouldAllBe(m => !TrainingRecipe.IsTraining(m.Account.Id));
    }

    [Fact]
    public void Unfit_descriptions_are_refused_before_anything_is_generated()
    {
        Should.Throw<ArgumentException>(() => TrainingSets.Generate(new TrainingSet { Scenarios = [] }, Words.Text));
        Should.Throw<ArgumentException>(() => TrainingSets.Generate(new TrainingSet { Scenarios = [Scenario.SingleThreaded], Locale = "fr" }, Words.Text));
        Should.Throw<ArgumentException>(() => TrainingSets.Generate(new TrainingSet { Scenarios = [Scenario.SingleThreaded, Scenario.SingleThreaded] }, Words.Text));
        Should.Throw<ArgumentOutOfRangeException>(() => TrainingSets.Generate(new TrainingSet { Scenarios = [Scenario.SingleThreaded], Copies = 0 }, Words.Text));
    }

    [Fact]
    public void Generation_stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Should.Throw<OperationCanceledException>(() => TrainingSets.Generate(Recipe(Scenario.SingleThreaded, size: AccountSize.Large), Words.Text, ct: cancel.Token));
    }
}

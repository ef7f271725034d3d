using System.Text.Json;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Transfer;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Seed.Training;

/// <summary>
/// Every scenario in every locale, over several seeds: the generator checks its own lesson (and throws when
/// a map misses it); here the key is recomputed on the map after an export and import, and each lesson is
/// asserted again in its own words, independently of the generator's check.
/// </summary>
public sealed class AnswerKeyTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    public static TheoryData<Scenario, string> EveryScenarioAndLocale()
    {
        var data = new TheoryData<Scenario, string>();
        foreach (var scenario in Scenarios.All)
            foreach (var locale in new[] { "en", "de", "es" })
                data.Add(scenario, locale);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryScenarioAndLocale))]
    public void The_answer_key_holds_on_the_generated_map(Scenario scenario, string locale)
    {
        var recipes = Enumerable.Range(0, 8).Select(seed => new TrainingRecipe(scenario, locale, AccountSize.BuyingCenter, seed, Day, 1))
            .Append(new TrainingRecipe(scenario, locale, AccountSize.Mid, 1, Day, 1));
        foreach (var recipe in recipes)
        {
            var account = TrainingSets.Generate(recipe, Words.Text);
            var imported = ImportRules.Maps(TransferJson.Read(TransferJson.Write(ExportDocument.Of([account.Map]))), Day)[0];
            var again = AnswerKeys.Compute(imported, account.Key.Lesson, Words.Text);
            JsonSerializer.Serialize(again).ShouldBe(JsonSerializer.Serialize(account.Key), recipe.AccountId);
            TrainingSets.Verify(account with { Map = imported }, Words.Text).ShouldBeEmpty(recipe.AccountId);
            LessonHolds(imported, account.Key, Day);
            account.Key.DecisionMakers.ShouldNotBeEmpty();
            account.Key.Signers.Count.ShouldBe(1);
            account.Key.TopRisks.ShouldNotBeEmpty();
            AnswerWords.Lesson(account.Key.Lesson, Words.Text).ShouldNotContain("(nobody)");
        }
    }

    [Fact]
    public void A_large_account_hides_its_lesson_too()
    {
        foreach (var scenario in new[] { Scenario.GatekeeperInTheWay, Scenario.StrongPathThroughSkeptic, Scenario.ChampionWithoutInfluence })
        {
            var account = TrainingSets.Generate(new TrainingRecipe(scenario, "de", AccountSize.Large, 3, Day, 1), Words.Text);
            LessonHolds(account.Map, account.Key, Day);
        }
    }

    /// <summary>Each lesson in plain terms, read off the map (and the engine where the lesson is about paths).</summary>
    private static void LessonHolds(AccountMap map, AnswerKey key, DateOnly today)
    {
        var people = key.Lesson.People.Select(p => map.Find(p.Id).ShouldNotBeNull()).ToList();
        var talks = map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH).ToList();
        var live = talks.Where(e => e.Status != RelationshipStatus.Planned).ToList();
        var risks = AccountAnalysis.Risks(map, Words.Text);
        var best = ReachEngine.Find(map, new ReachQuery(), Words.Text).Paths.FirstOrDefault();
        var what = key.AccountId;
        switch (key.Lesson.Scenario)
        {
            case Scenario.DecisionMakerOutsidePurchasing:
                var purchasing = map.FunctionOf(people[1].Id);
                map.FunctionOf(people[0].Id).ShouldNotBe(purchasing, what);
                people[0].Has(BuyingRole.DecisionMaker).ShouldBeTrue(what);
                live.ShouldAllBe(e => map.FunctionOf(e.To) == purchasing, what);
                best.ShouldNotBeNull(what);
                break;
            case Scenario.DetractorInfluencesDecisionMaker:
                people[0].Stance.ShouldBe(Stance.Detractor, what);
                map.Between(EdgeType.INFLUENCES, people[0].Id, people[1].Id).ShouldNotBeNull(what);
                people[1].Has(BuyingRole.DecisionMaker).ShouldBeTrue(what);
                break;
            case Scenario.SingleThreaded:
                live.Select(e => e.From).Distinct().ShouldBe([people[0].Id], what);
                risks.ShouldContain(r => r.Kind == FindingKind.SingleThreaded, what);
                break;
            case Scenario.NoPeerForTheBoard:
                people[0].Level.ShouldBe(Level.Executive, what);
                live.Where(e => e.To == people[0].Id).ShouldAllBe(e => map.Find(e.From)!.Level > Level.Director, what);
                risks.ShouldContain(r => r.Kind == FindingKind.NoPeerContact && r.NodeIds[0] == people[0].Id, what);
                break;
            case Scenario.ChampionWithoutInfluence:
                (people[0].Stance, people[0].Influence).ShouldBe((Stance.Champion, Influence.Low), what);
                talks.Where(e => e.To == people[0].Id).Max(e => e.Strength).ShouldBe(talks.Max(e => e.Strength), what);
                best.ShouldNotBeNull(what).Nodes.ShouldNotContain(people[0].Id, what);
                break;
            case Scenario.GatekeeperInTheWay:
                people[1].Has(BuyingRole.Gatekeeper).ShouldBeTrue(what);
                // Take the gatekeeper away and the decision maker is out of reach.
                var without = map with { Edges = [.. map.Edges.Where(e => e.From != people[1].Id && e.To != people[1].Id)] };
                ReachEngine.Find(without, new ReachQuery(To: people[0].Id, MaxHops: ReachLimits.MaxHopsLimit, Avoid: []), Words.Text).Paths.ShouldBeEmpty(what);
                ReachEngine.Find(map, new ReachQuery(To: people[0].Id), Words.Text).Paths.ShouldNotBeEmpty(what);
                break;
            case Scenario.UnansweredSkeptics:
                people.Count.ShouldBe(2, what);
                foreach (var skeptic in people)
                {
                    var views = Concerns.Of(map, skeptic.Id);
                    views.ShouldNotBeEmpty(what);
                    views.ShouldAllBe(v => v.Answers.Count == 0, what);
                }
                break;
            case Scenario.DormantRelationships:
                foreach (var person in people)
                {
                    var theirs = talks.Where(e => e.To == person.Id).ToList();
                    theirs.ShouldNotBeEmpty(what);
                    theirs.ShouldAllBe(e => e.Status == RelationshipStatus.Dormant && e.LastContact <= today.AddDays(-61), what);
                }
                break;
            case Scenario.StrongPathThroughSkeptic:
                people[0].Stance.ShouldBe(Stance.Skeptic, what);
                best.ShouldNotBeNull(what).Nodes.ShouldContain(people[0].Id, what);
                var rest = ReachEngine.Find(map, new ReachQuery(Avoid: [Stance.Skeptic, Stance.Detractor]), Words.Text).Paths.FirstOrDefault();
                (rest?.Strength ?? 0).ShouldBeLessThanOrEqualTo(best.Strength / 2, what);
                break;
        }
    }
}

using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Seed.Training;

/// <summary>
/// How one scenario hides its lesson: it shapes the planned account (<see cref="Shape"/>, returning the
/// people the lesson is about), and it says what must hold on the finished map (<see cref="Violations"/>),
/// read through the engine where the engine has a word for it.
/// </summary>
internal abstract class ScenarioPlan
{
    public static ScenarioPlan For(Scenario scenario) => scenario switch
    {
        Scenario.DecisionMakerOutsidePurchasing => new OutsidePurchasing(),
        Scenario.DetractorInfluencesDecisionMaker => new DetractorNearDecision(),
        Scenario.SingleThreaded => new SingleThread(),
        Scenario.NoPeerForTheBoard => new NoPeer(),
        Scenario.ChampionWithoutInfluence => new WeakChampion(),
        Scenario.GatekeeperInTheWay => new Gatekeeper(),
        Scenario.UnansweredSkeptics => new UnansweredSkeptics(),
        Scenario.DormantRelationships => new Dormant(),
        _ => new SkepticPath(),
    };

    /// <summary>People the organisation needs for the lesson to fit (a gatekeeper needs someone below a head).</summary>
    public virtual int MinimumPeople => 10;

    /// <summary>The finding kind that proves the lesson, about its first person; null where no finding says it.</summary>
    public abstract string? FindingKind { get; }

    public virtual SupplierPosition Position(Random random) =>
        random.Pick([SupplierPosition.Listed, SupplierPosition.Active, SupplierPosition.Preferred, SupplierPosition.DevelopmentPartner]);

    /// <summary>Shapes the lesson in; returns the people (members or ours) the lesson names, in its sentence's order.</summary>
    public abstract IReadOnlyList<object> Shape(Blueprint b);

    /// <summary>What does not hold on the finished map; empty when the lesson holds.</summary>
    public IReadOnlyList<string> Violations(AccountMap map, AnswerKey key, TrainingRecipe recipe, IStringLocalizer text)
    {
        var problems = new List<string>();
        var people = key.Lesson.People.Select(p => map.Find(p.Id)).ToList();
        if (people.Any(p => p is null)) return ["The key names someone who is not on the map."];
        var risks = AccountAnalysis.Risks(map, text);
        if (FindingKind is { } kind && !risks.Any(f => AnswerKeys.Matches(f, key.Lesson)))
            problems.Add($"The engine reports no '{kind}' finding about {people[0]!.Name}.");
        Check(new Facts(map, key, recipe.ReferenceDate, recipe.Locale, people!, risks, text), problems);
        return problems;
    }

    protected abstract void Check(Facts f, List<string> problems);

    /// <summary>What a check reads: the map, the key, the lesson's people as nodes.</summary>
    protected sealed record Facts(AccountMap Map, AnswerKey Key, DateOnly Today, string Locale, IReadOnlyList<Node> People, IReadOnlyList<Finding> Risks,
        IStringLocalizer Text)
    {
        public IEnumerable<Edge> Edges(EdgeType type) => Map.Edges.Where(e => e.Type == type);

        public IEnumerable<Edge> Relationships => Edges(EdgeType.TALKS_WITH).Where(e => e.Status != RelationshipStatus.Planned);

        public string? FunctionKey(string personId) =>
            Map.FunctionOf(personId) is { } f && Map.Find(f) is { } fn ? Functions.All.FirstOrDefault(k => Functions.Name(k, Locale) == fn.Name) : null;
    }

    // Shaping helpers shared by the scenarios.

    protected static Member Top(Blueprint b) => b.People[0];

    /// <summary>The first decision maker, made the only one, and not a detractor (the way in must not be barred at the door).</summary>
    protected static Member OneDecisionMaker(Blueprint b, Member? choice = null)
    {
        var dm = choice ?? b.DecisionMakers.FirstOrDefault() ?? Top(b);
        b.OnlyDecisionMaker(dm);
        if (dm.Stance == Stance.Detractor) dm.Stance = Stance.Neutral;
        return dm;
    }

    protected static void NotAvoided(Member person)
    {
        if (person.Stance == Stance.Detractor) person.Stance = Stance.Neutral;
    }
}

namespace SalesOps.Seed.Training;

/// <summary>A lesson a training account hides; the generator builds the account around it and checks it holds.</summary>
public enum Scenario
{
    /// <summary>The real decision maker is not in purchasing, though our contacts are.</summary>
    DecisionMakerOutsidePurchasing,
    /// <summary>A detractor influences the decision maker directly.</summary>
    DetractorInfluencesDecisionMaker,
    /// <summary>Every conversation runs through one of ours.</summary>
    SingleThreaded,
    /// <summary>Nobody of ours at executive or director level talks with the decision maker on the board.</summary>
    NoPeerForTheBoard,
    /// <summary>Our strongest relationship is a champion without influence on the decision.</summary>
    ChampionWithoutInfluence,
    /// <summary>A gatekeeper stands between us and the decision maker: every way in passes through them.</summary>
    GatekeeperInTheWay,
    /// <summary>Skeptics whose concerns no argument answers.</summary>
    UnansweredSkeptics,
    /// <summary>Our relationships with the decision makers have gone dormant.</summary>
    DormantRelationships,
    /// <summary>The only strong way in runs through a skeptic.</summary>
    StrongPathThroughSkeptic,
}

/// <summary>Stable short codes for scenarios (command line, account ids) and their titles.</summary>
public static class Scenarios
{
    public static readonly IReadOnlyList<Scenario> All = Enum.GetValues<Scenario>();

    public static string Code(this Scenario scenario) => scenario switch
    {
        Scenario.DecisionMakerOutsidePurchasing => "outside-purchasing",
        Scenario.DetractorInfluencesDecisionMaker => "detractor",
        Scenario.SingleThreaded => "single-thread",
        Scenario.NoPeerForTheBoard => "no-peer",
        Scenario.ChampionWithoutInfluence => "weak-champion",
        Scenario.GatekeeperInTheWay => "gatekeeper",
        Scenario.UnansweredSkeptics => "unanswered",
        Scenario.DormantRelationships => "dormant",
        Scenario.StrongPathThroughSkeptic => "skeptic-path",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Not a scenario."),
    };

    /// <summary>The lesson in a few words, for lists.</summary>
    public static string Title(this Scenario scenario) => scenario switch
    {
        Scenario.DecisionMakerOutsidePurchasing => "The real decision maker is not in purchasing",
        Scenario.DetractorInfluencesDecisionMaker => "A detractor influences the decision maker",
        Scenario.SingleThreaded => "Single-threaded: everything through one of ours",
        Scenario.NoPeerForTheBoard => "No peer-level contact for the board",
        Scenario.ChampionWithoutInfluence => "A champion without influence",
        Scenario.GatekeeperInTheWay => "A gatekeeper between us and the decision maker",
        Scenario.UnansweredSkeptics => "Skeptics whose concerns no argument answers",
        Scenario.DormantRelationships => "Relationships gone dormant",
        Scenario.StrongPathThroughSkeptic => "The only strong path runs through a skeptic",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Not a scenario."),
    };

    public static Scenario Parse(string code) =>
        All.Where(s => string.Equals(s.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (Scenario?)s).FirstOrDefault()
        ?? throw new ArgumentException($"'{code}' is not a scenario; use {string.Join(", ", All.Select(x => x.Code()))}.", nameof(code));
}

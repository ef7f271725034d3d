namespace SalesOps.Graph.Reach;

public enum Severity { Info, Warning, Critical }

/// <summary>
/// One thing an account team should look at. <see cref="Kind"/> is a stable kebab-case code
/// (e.g. "uncovered-member"); <see cref="NodeIds"/> are the nodes to highlight, the subject first.
/// </summary>
public sealed record Finding(string Kind, Severity Severity, IReadOnlyList<string> NodeIds, string Sentence);

/// <summary>The stable finding codes.</summary>
public static class FindingKind
{
    public const string UncoveredMember = "uncovered-member";
    public const string UncoveredFunction = "uncovered-function";
    public const string LevelMismatch = "level-mismatch";
    public const string NoPeerContact = "no-peer-contact";
    public const string SingleThreaded = "single-threaded";
    public const string SinglePathToDecisionMaker = "single-path-to-decision-maker";
    public const string DetractorNearDecisionMaker = "detractor-near-decision-maker";
    public const string UnknownStance = "unknown-stance";
    public const string KeyInfluencers = "key-influencers";
    public const string UnansweredConcern = "unanswered-concern";
    public const string EmptyMap = "empty-map";
    public const string NoCustomerPeople = "no-customer-people";
    public const string NoBuyingCenter = "no-buying-center";
    public const string NoTeam = "no-team";
}

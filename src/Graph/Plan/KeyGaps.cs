using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Graph.Plan;

/// <summary>What makes a gap important, most important first (docs/domain.md, "The sheet's summary").</summary>
public enum KeyGapKind
{
    /// <summary>The map lacks what any judgement needs: no people, no buying center, no team.</summary>
    MissingBasis,
    /// <summary>A decision maker, signer or economic buyer nobody of ours talks with.</summary>
    Unreached,
    /// <summary>A skeptic or detractor at or next to a decision maker whose concern has no convincing answer (or is not known).</summary>
    Unanswered,
    /// <summary>A buying-center member we only talk with through dormant relationships.</summary>
    Dormant,
    /// <summary>Any other risk of the account's analysis, critical or warning.</summary>
    Risk,
}

/// <summary>One gap of the summary: how heavy it is (<see cref="Weight"/>, higher first), its sentence, the people it is about.</summary>
public sealed record KeyGap(KeyGapKind Kind, int Weight, string Sentence, IReadOnlyList<string> NodeIds);

/// <summary>
/// Every gap worth a line in the sheet's summary, ranked: what the map lacks, then the decision roles we do not reach
/// (decision maker over signer over economic buyer), then opposition next to the decision without an answer (detractor
/// over skeptic), then key people we only reach through dormant relationships (those holding a decision role weigh
/// nearly as much as one unreached), then the analysis' other risks by severity. Ties go to high influence, then name.
/// </summary>
public static class KeyGaps
{
    public static IReadOnlyList<KeyGap> Rank(AccountMap map, IStringLocalizer text, ReachGraphCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(text);
        return RankOver(new SheetFacts(map, DateOnly.MinValue, text), cache);
    }

    /// <summary>The ranking over facts the sheet has already gathered.</summary>
    internal static IReadOnlyList<KeyGap> RankOver(SheetFacts f, ReachGraphCache? cache)
    {
        var (map, text) = (f.Map, f.Text);
        var gaps = new List<(KeyGap Gap, int Influence, string Name)>();
        foreach (var m in MapBasis.Missing(map)) gaps.Add((new KeyGap(KeyGapKind.MissingBasis, 100, MapBasis.Sentence(text, m), []), 0, ""));
        var next = map.Edges.Where(e => e.Type is EdgeType.INFLUENCES or EdgeType.REPORTS_TO).ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var talksTo = f.Talks.Where(e => e.Status != RelationshipStatus.Planned).ToLookup(e => e.To, StringComparer.Ordinal);
        foreach (var p in f.People)
        {
            var influence = p.Influence switch { Influence.High => 0, Influence.Medium => 1, _ => 2 };
            foreach (var gap in About(f, next, talksTo, p)) gaps.Add((gap, influence, p.Name));
        }
        var covered = new HashSet<string>(StringComparer.Ordinal)
        {
            FindingKind.EmptyMap, FindingKind.NoCustomerPeople, FindingKind.NoBuyingCenter, FindingKind.NoTeam,
            FindingKind.UnansweredConcern, FindingKind.DetractorNearDecisionMaker, FindingKind.KeyInfluencers,
        };
        // A member nobody talks with is a risk of its own unless the summary already names them as a decision role unreached.
        var unreached = gaps.Where(g => g.Gap.Kind == KeyGapKind.Unreached).Select(g => g.Gap.NodeIds[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var r in AccountAnalysis.Risks(map, text, cache).Where(r => r.Severity != Severity.Info && !covered.Contains(r.Kind)
            && !(r.Kind == FindingKind.UncoveredMember && r.NodeIds.Count > 0 && unreached.Contains(r.NodeIds[0]))))
            gaps.Add((new KeyGap(KeyGapKind.Risk, RiskWeight(r), r.Sentence, r.NodeIds), 2, ""));
        return [.. gaps.OrderByDescending(g => g.Gap.Weight).ThenBy(g => g.Influence).ThenBy(g => g.Name, StringComparer.CurrentCulture).Select(g => g.Gap)];
    }

    /// <summary>Critical risks first; among warnings, what blocks the way to the decision before what only weakens it.</summary>
    private static int RiskWeight(Finding r) => r.Severity == Severity.Critical ? 50 : r.Kind switch
    {
        FindingKind.SinglePathToDecisionMaker => 45,
        FindingKind.SingleThreaded => 44,
        FindingKind.UncoveredMember => 42,
        FindingKind.NoPeerContact => 40,
        FindingKind.UncoveredFunction => 38,
        FindingKind.UnknownStance => 36,
        FindingKind.LevelMismatch => 32,
        _ => 30,
    };

    private static readonly (BuyingRole Role, int Weight)[] DecisionRoles = [(BuyingRole.DecisionMaker, 90), (BuyingRole.Signer, 85), (BuyingRole.EconomicBuyer, 80)];

    private static IEnumerable<KeyGap> About(SheetFacts f, ILookup<string, string> next, ILookup<string, Edge> talksTo, Node p)
    {
        var roles = DecisionRoles.Where(r => p.Has(r.Role)).ToList();
        var roleWords = f.And([.. roles.Select(r => f.Text.InSentence(r.Role))]);
        if (roles.Count > 0 && !f.TalkedTo.Contains(p.Id))
            yield return new KeyGap(KeyGapKind.Unreached, roles.Max(r => r.Weight), f["Sheet.Summary.Unreached", f.Who(p), roleWords], [p.Id]);
        if (p.Stance is Stance.Skeptic or Stance.Detractor && NearDecision(f, next, p) && Open(f, p, out var concern))
        {
            var sentence = concern is null ? f["Sheet.Summary.NoConcern", f.Who(p), f.Stance(p.Stance)] : f["Sheet.Summary.Unanswered", f.Who(p), f.Stance(p.Stance), concern];
            yield return new KeyGap(KeyGapKind.Unanswered, p.Stance == Stance.Detractor ? 75 : 70, sentence, [p.Id]);
        }
        var talks = talksTo[p.Id].ToList();
        if (ContactMatrix.IsMember(p) && talks.Count > 0 && talks.All(e => e.Status == RelationshipStatus.Dormant))
            yield return new KeyGap(KeyGapKind.Dormant, roles.Count > 0 ? 78 : 60,
                f["Sheet.Summary.Dormant", f.Who(p), f.And([.. talks.Select(e => f.Name(e.From))])], [p.Id, .. talks.Select(e => e.From)]);
    }

    /// <summary>A decision maker, or one or two INFLUENCES/REPORTS_TO steps from one.</summary>
    private static bool NearDecision(SheetFacts f, ILookup<string, string> next, Node p)
    {
        if (p.Has(BuyingRole.DecisionMaker)) return true;
        bool Dm(string id) => f.Map.Find(id)?.Has(BuyingRole.DecisionMaker) == true;
        return next[p.Id].Any(y => Dm(y) || next[y].Any(Dm));
    }

    /// <summary>
    /// Whether <paramref name="p"/> waits for an answer: no concern of theirs is known (<paramref name="concern"/> null),
    /// or <paramref name="concern"/> (the first by name) has no answer or none that convinced.
    /// </summary>
    private static bool Open(SheetFacts f, Node p, out string? concern)
    {
        concern = null;
        var raised = f.Map.Edges.Where(e => e.Type == EdgeType.RAISED && e.From == p.Id).Select(e => f.Map.Find(e.To)).OfType<Node>().ToList();
        if (raised.Count == 0) return true;
        foreach (var c in raised.OrderBy(c => c.Name, StringComparer.CurrentCulture))
        {
            var answers = f.Map.Edges.Where(e => e.Type == EdgeType.ANSWERS && e.To == c.Id).ToList();
            if (answers.Count == 0 || answers.All(a => a.Result == ArgumentResult.NotConvinced))
            {
                concern = c.Name;
                return true;
            }
        }
        return false;
    }
}

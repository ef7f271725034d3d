using System.Globalization;
using System.Text;
using SalesOps.Graph.Reach;

namespace SalesOps.Seed.Training;

/// <summary>
/// The one place an answer key becomes sentences. English for now: a Spanish or German trainer's UI will
/// put the same structured key into its own words here, while names, titles and functions stay in the
/// map's language.
/// </summary>
public static class AnswerWords
{
    public static string Lesson(Lesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        var p = lesson.People.Select(Who).ToList();
        string At(int i) => i < p.Count ? p[i] : "(nobody)";
        return lesson.Scenario switch
        {
            Scenario.DecisionMakerOutsidePurchasing =>
                $"Purchasing is where we talk, but the decision is taken by {At(0)}, outside purchasing; {At(1)} buys but does not decide.",
            Scenario.DetractorInfluencesDecisionMaker => $"{At(0)}, a detractor, influences {At(1)} directly: answer their concerns or the decision turns against us.",
            Scenario.SingleThreaded => $"Every conversation with the account runs through {At(0)}; a second thread of ours is missing.",
            Scenario.NoPeerForTheBoard => $"{At(0)} sits on the board, but nobody of ours at executive or director level talks with them.",
            Scenario.ChampionWithoutInfluence =>
                $"{At(0)} is our champion and our strongest relationship, but has little influence: the best way in does not run through them.",
            Scenario.GatekeeperInTheWay => $"Every way in to {At(0)} passes through {At(1)}, the gatekeeper; we need a second door.",
            Scenario.UnansweredSkeptics => $"{List(p)} are skeptics whose concerns no argument answers yet.",
            Scenario.DormantRelationships => $"Our relationships with {List(p)} have gone dormant: nobody of ours has been in touch for months.",
            Scenario.StrongPathThroughSkeptic =>
                $"The only strong way in runs through {At(0)}, a skeptic; without them our ways to {At(1)} are weak.",
            _ => lesson.Scenario.Title() + ".",
        };
    }

    public static string WhoDecides(AnswerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var decides = key.DecisionMakers.Count == 0 ? "Nobody is marked as decision maker" : $"{List([.. key.DecisionMakers.Select(Who)])} decide{(key.DecisionMakers.Count == 1 ? "s" : "")}";
        var signs = key.Signers.Count == 0 ? "nobody is marked to sign" : $"{List([.. key.Signers.Select(Who)])} sign{(key.Signers.Count == 1 ? "s" : "")}";
        return $"{decides}; {signs}.";
    }

    public static string BestWayIn(AnswerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.BestWayIn is { } path
            ? $"Strength {path.Strength.ToString("0.###", CultureInfo.InvariantCulture)} in {path.Hops} step{(path.Hops == 1 ? "" : "s")}: {path.Explanation}."
            : $"No way in: {key.NoWayIn}.";
    }

    /// <summary>The whole key as plain text, one account, for the trainer's printout.</summary>
    public static string Text(AnswerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{key.AccountName} ({key.AccountId})\n");
        text.Append(CultureInfo.InvariantCulture, $"  Lesson: {Lesson(key.Lesson)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  Who decides: {WhoDecides(key)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  Best way in: {BestWayIn(key)}\n");
        text.Append("  Top risks:\n");
        foreach (var risk in key.TopRisks) text.Append(CultureInfo.InvariantCulture, $"    - [{risk.Severity}] {risk.Sentence}\n");
        return text.ToString();
    }

    private static string Who(KeyPerson p)
    {
        var about = new[] { p.Title, p.Function }.Where(s => !string.IsNullOrEmpty(s)).ToArray();
        return about.Length == 0 ? p.Name : $"{p.Name} ({string.Join(", ", about)})";
    }

    private static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "nobody",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}

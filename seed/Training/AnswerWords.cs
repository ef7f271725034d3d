using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Seed.Training;

/// <summary>
/// The one place an answer key becomes sentences, in the reader's language (the app's "Training.*" words, handed in
/// by the caller): one template per lesson and per case, while names, titles and functions stay in the map's language.
/// </summary>
public static class AnswerWords
{
    public static string Lesson(Lesson lesson, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(text);
        var p = lesson.People.Select(Who).ToList();
        string At(int i) => i < p.Count ? p[i] : text["Training.Nobody.Named"];
        return lesson.Scenario switch
        {
            Scenario.UnansweredSkeptics or Scenario.DormantRelationships => text[$"Training.Lesson.{lesson.Scenario}", List(text, p)],
            Scenario.DecisionMakerOutsidePurchasing or Scenario.DetractorInfluencesDecisionMaker or Scenario.SingleThreaded or Scenario.NoPeerForTheBoard
                or Scenario.ChampionWithoutInfluence or Scenario.GatekeeperInTheWay or Scenario.StrongPathThroughSkeptic =>
                text[$"Training.Lesson.{lesson.Scenario}", At(0), At(1)],
            _ => lesson.Scenario.Title() + ".",
        };
    }

    public static string WhoDecides(AnswerKey key, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        if (key.DecisionMakers is [var one] && key.Signers is [var same] && one.Id == same.Id) return text["Training.DecidesAndSigns", Who(one)];
        var decides = key.DecisionMakers.Count switch
        {
            0 => text["Training.Decides.Nobody"],
            1 => text["Training.Decides.One", Who(key.DecisionMakers[0])],
            _ => text["Training.Decides.Many", List(text, [.. key.DecisionMakers.Select(Who)])],
        };
        var signs = key.Signers.Count switch
        {
            0 => text["Training.Signs.Nobody"],
            1 => text["Training.Signs.One", Who(key.Signers[0])],
            _ => text["Training.Signs.Many", List(text, [.. key.Signers.Select(Who)])],
        };
        return text["Training.WhoDecides", decides, signs];
    }

    public static string BestWayIn(AnswerKey key, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        if (key.BestWayIn is not { } path) return text["Training.NoWayIn", key.NoWayIn ?? ""];
        var strength = path.Strength.ToString("0.###", CultureInfo.CurrentCulture);
        return path.Hops == 1 ? text["Training.WayIn.One", strength, path.Explanation] : text["Training.WayIn.Many", strength, path.Hops, path.Explanation];
    }

    /// <summary>The whole key as plain text, one account, for the trainer's printout.</summary>
    public static string Text(AnswerKey key, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(text);
        var sheet = new StringBuilder();
        sheet.Append(CultureInfo.InvariantCulture, $"{key.AccountName} ({key.AccountId})\n");
        sheet.Append(CultureInfo.InvariantCulture, $"  {text["Training.Key.Lesson"]}: {Lesson(key.Lesson, text)}\n");
        sheet.Append(CultureInfo.InvariantCulture, $"  {text["Training.Key.WhoDecides"]}: {WhoDecides(key, text)}\n");
        sheet.Append(CultureInfo.InvariantCulture, $"  {text["Training.Key.BestWayIn"]}: {BestWayIn(key, text)}\n");
        sheet.Append(CultureInfo.InvariantCulture, $"  {text["Training.Key.TopRisks"]}:\n");
        foreach (var risk in key.TopRisks) sheet.Append(CultureInfo.InvariantCulture, $"    - [{text.Word(risk.Severity)}] {risk.Sentence}\n");
        return sheet.ToString();
    }

    private static string Who(KeyPerson p)
    {
        var about = new[] { p.Title, p.Function }.Where(s => !string.IsNullOrEmpty(s)).ToArray();
        return about.Length == 0 ? p.Name : $"{p.Name} ({string.Join(", ", about)})";
    }

    private static string List(IStringLocalizer text, IReadOnlyList<string> items) => items.Count == 0 ? text["Training.Nobody"] : text.And(items);
}

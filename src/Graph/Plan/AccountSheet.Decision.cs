using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Graph.Plan;

// Questions 6 and 7: the opposition next to the decision and what answers it; our ways in to the decision makers.
public sealed partial record AccountSheet
{
    private static SheetAnswer Opposition(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        var dms = f.WithRole(BuyingRole.DecisionMaker).ToList();
        var next = f.Map.Edges.Where(e => e.Type is EdgeType.INFLUENCES or EdgeType.REPORTS_TO).ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        foreach (var x in f.People.Where(p => p.Stance is Stance.Skeptic or Stance.Detractor))
        {
            var how = new List<string>();
            foreach (var dm in dms)
            {
                if (dm.Id == x.Id) how.Add("is a decision maker");
                else if (next[x.Id].Contains(dm.Id)) how.Add($"influences {dm.Name} directly");
                else if (next[x.Id].Where(y => next[y].Contains(dm.Id)).Select(f.Name).Order(StringComparer.CurrentCulture).FirstOrDefault() is { } via)
                    how.Add($"influences {dm.Name} through {via}");
            }
            if (how.Count == 0) continue;
            var text = $"{f.Who(x)}, {SheetFacts.Stance(x.Stance)}, {SheetFacts.List(how, "and")}.";
            if (!string.IsNullOrWhiteSpace(x.Concerns)) text += $" Noted concerns: {x.Concerns.Trim()}";
            lines.Add(new(x.Name, text));
            Concerns(f, x, lines, gaps);
        }
        var empty = dms.Count == 0
            ? "No decision maker is marked, so nobody can be said to influence one."
            : "No skeptic or detractor influences a decision maker within two steps.";
        return Answer(6, lines, gaps, empty);
    }

    /// <summary>The concerns a person RAISED, each with the arguments that ANSWER it and how they were taken.</summary>
    private static void Concerns(SheetFacts f, Node person, List<SheetLine> lines, List<string> gaps)
    {
        var raised = f.Map.Edges.Where(e => e.Type == EdgeType.RAISED && e.From == person.Id).Select(e => f.Map.Find(e.To)).OfType<Node>()
            .OrderBy(c => c.Date ?? DateOnly.MinValue).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        if (raised.Count == 0)
            gaps.Add($"No concern of {person.Name} is logged, so no argument can be prepared for it.");
        foreach (var concern in raised)
        {
            var when = concern.Date is { } d ? $" (raised {f.Date(d)})" : "";
            lines.Add(new("Concern", $"{person.Name}: “{concern.Name}”{when}."));
            var answers = f.Map.Edges.Where(e => e.Type == EdgeType.ANSWERS && e.To == concern.Id).ToList();
            foreach (var a in answers)
            {
                var argument = f.Map.Find(a.From);
                var text = argument?.Text is { Length: > 0 } t ? $"{argument.Name}: {t}" : argument?.Name ?? a.From;
                var date = a.Date is { } ad ? $", {f.Date(ad)}" : "";
                lines.Add(new("Argument", $"“{text}” — {ResultWords(a.Result)}{date}."));
            }
            if (answers.Count == 0)
                gaps.Add($"No argument answers {person.Name}'s concern “{concern.Name}”.");
            else if (answers.All(a => a.Result == ArgumentResult.NotConvinced))
                gaps.Add($"No argument has convinced {person.Name} on “{concern.Name}” yet.");
        }
    }

    private static string ResultWords(ArgumentResult? r) => r switch
    {
        ArgumentResult.Convinced => "convinced",
        ArgumentResult.PartlyConvinced => "partly convinced",
        ArgumentResult.NotConvinced => "not convinced",
        _ => "result pending",
    };

    private static SheetAnswer WaysIn(SheetFacts f, IStringLocalizer text)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        foreach (var us in f.Ours)
        {
            var answer = ReachEngine.Find(f.Map, new ReachQuery(From: us.Id), text);
            if (answer.Paths.FirstOrDefault() is { } best)
            {
                lines.Add(new(us.Name, $"strength {Formats.PathStrength(best.Strength)}, " +
                    $"{SheetFacts.Count(best.Hops, "step", "steps")}: {best.Explanation}."));
            }
            else
            {
                gaps.Add($"No way from {us.Name} to the decision makers: {answer.Reason}.");
            }
        }
        return Answer(7, lines, gaps, f.Ours.Count == 0
            ? "Nobody of ours is on this account yet, so there is no way in to show."
            : "None of our people has a way to a decision maker yet.");
    }
}

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
                if (dm.Id == x.Id) how.Add(f["Sheet.Q6.IsDecisionMaker"]);
                else if (next[x.Id].Contains(dm.Id)) how.Add(f["Sheet.Q6.Directly", dm.Name]);
                else if (next[x.Id].Where(y => next[y].Contains(dm.Id)).Select(f.Name).Order(StringComparer.CurrentCulture).FirstOrDefault() is { } via)
                    how.Add(f["Sheet.Q6.Through", dm.Name, via]);
            }
            if (how.Count == 0) continue;
            var noted = string.IsNullOrWhiteSpace(x.Concerns) ? null : f["Sheet.Q6.Noted", x.Concerns.Trim()];
            lines.Add(new(x.Name, SheetFacts.Sentences($"{f.Who(x)}, {f.Stance(x.Stance)}, {f.And(how)}.", noted)));
            Concerns(f, x, lines, gaps);
        }
        return Answer(f, 6, lines, gaps, f[dms.Count == 0 ? "Sheet.Q6.Empty.NoDecisionMaker" : "Sheet.Q6.Empty.NoneNear"]);
    }

    /// <summary>The concerns a person RAISED, each with the arguments that ANSWER it and how they were taken.</summary>
    private static void Concerns(SheetFacts f, Node person, List<SheetLine> lines, List<string> gaps)
    {
        var raised = f.Map.Edges.Where(e => e.Type == EdgeType.RAISED && e.From == person.Id).Select(e => f.Map.Find(e.To)).OfType<Node>()
            .OrderBy(c => c.Date ?? DateOnly.MinValue).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        if (raised.Count == 0)
            gaps.Add(f["Sheet.Q6.Gap.NoConcern", person.Name]);
        foreach (var concern in raised)
        {
            lines.Add(new(f["Sheet.Q6.Concern"], concern.Date is { } d
                ? f["Sheet.Q6.Raised.Dated", person.Name, concern.Name, f.Date(d)]
                : f["Sheet.Q6.Raised", person.Name, concern.Name]));
            var answers = f.Map.Edges.Where(e => e.Type == EdgeType.ANSWERS && e.To == concern.Id).ToList();
            foreach (var a in answers)
            {
                var argument = f.Map.Find(a.From);
                var text = argument?.Text is { Length: > 0 } t ? $"{argument.Name}: {t}" : argument?.Name ?? a.From;
                var result = f[$"Sheet.Result.{a.Result ?? ArgumentResult.Pending}"];
                lines.Add(new(f["Sheet.Q6.Argument"], a.Date is { } ad
                    ? f["Sheet.Q6.Answer.Dated", text, result, f.Date(ad)]
                    : f["Sheet.Q6.Answer", text, result]));
            }
            if (answers.Count == 0)
                gaps.Add(f["Sheet.Q6.Gap.Unanswered", person.Name, concern.Name]);
            else if (answers.All(a => a.Result == ArgumentResult.NotConvinced))
                gaps.Add(f["Sheet.Q6.Gap.NotConvinced", person.Name, concern.Name]);
        }
    }

    private static SheetAnswer WaysIn(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        foreach (var us in f.Ours)
        {
            var answer = ReachEngine.Find(f.Map, new ReachQuery(From: us.Id), f.Text);
            if (answer.Paths.FirstOrDefault() is { } best)
            {
                lines.Add(new(us.Name, best.Hops == 1
                    ? f["Sheet.Q7.Way.One", Formats.PathStrength(best.Strength), best.Explanation]
                    : f["Sheet.Q7.Way.Many", Formats.PathStrength(best.Strength), best.Hops, best.Explanation]));
            }
            else
            {
                gaps.Add(f["Sheet.Q7.Gap.NoWay", us.Name, answer.Reason ?? ""]);
            }
        }
        return Answer(f, 7, lines, gaps, f[f.Ours.Count == 0 ? "Sheet.Q7.Empty.NoOurs" : "Sheet.Q7.Empty.NoWay"]);
    }
}

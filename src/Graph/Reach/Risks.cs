using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

// Coverage and peer-level findings: who and what nobody of ours is in touch with, at the right level.
public static partial class AccountAnalysis
{
    private static IEnumerable<Finding> UncoveredMembers(Facts f)
    {
        foreach (var m in f.Members.Where(m => !f.TalkedTo.Contains(m.Id)))
        {
            var planned = f.TalksTo[m.Id].Where(e => e.Status == RelationshipStatus.Planned).Select(e => f.Name(e.From)).Order(StringComparer.Ordinal).ToArray();
            var sentence = planned.Length == 0
                ? f.Say("Risk.UncoveredMember", f.Who(m))
                : f.Say("Risk.UncoveredMember.Planned", f.Who(m), f.Text.And(planned));
            yield return new Finding(FindingKind.UncoveredMember, Key(m) ? Severity.Critical : Severity.Warning, [m.Id], sentence);
        }
    }

    private static IEnumerable<Finding> UncoveredFunctions(Facts f)
    {
        var functions = f.Map.OfKind(NodeKind.Function).Where(n => n.Involvement == Involvement.Direct).OrderBy(n => n.Id, StringComparer.Ordinal);
        foreach (var fn in functions)
        {
            var staff = f.Staff[fn.Id].ToArray();
            if (staff.Any(f.TalkedTo.Contains)) continue;
            var sentence = f.Say(staff.Length == 0 ? "Risk.UncoveredFunction.Empty" : "Risk.UncoveredFunction", fn.Name);
            yield return new Finding(FindingKind.UncoveredFunction, Severity.Warning, [fn.Id], sentence);
        }
    }

    /// <summary>Two or more levels apart is a mismatch (docs/domain.md); planned contacts count too, so they can be staffed right.</summary>
    private static IEnumerable<Finding> LevelMismatches(Facts f)
    {
        var talks = f.Map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH).OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal);
        foreach (var e in talks)
        {
            if (f.Map.Find(e.From) is not { Level: { } ours } us || f.Map.Find(e.To) is not { Level: { } theirs } them) continue;
            var distance = ours.Distance(theirs);
            if (distance < 2) continue;
            var key = (e.Status == RelationshipStatus.Planned ? "Risk.LevelMismatch.Planned" : "Risk.LevelMismatch") + (distance == 2 ? ".Two" : ".Three");
            yield return new Finding(FindingKind.LevelMismatch, Severity.Warning, [us.Id, them.Id],
                f.Say(key, us.Name, f.Text.InSentence(ours), them.Name, f.Text.InSentence(theirs)));
        }
    }

    private static IEnumerable<Finding> NoPeerContacts(Facts f)
    {
        foreach (var m in f.Members.Where(m => m.Level == Level.Executive))
        {
            var peer = f.TalksTo[m.Id].Any(e => e.Status != RelationshipStatus.Planned && f.Map.Find(e.From)?.Level is Level.Executive or Level.Director);
            if (peer) continue;
            yield return new Finding(FindingKind.NoPeerContact, Severity.Warning, [m.Id], f.Say("Risk.NoPeerContact", f.Who(m)));
        }
    }

    private static IEnumerable<Finding> UnknownStances(Facts f) =>
        f.Members.Where(m => m.Stance is null or Stance.Unknown).Select(m => new Finding(
            FindingKind.UnknownStance, Key(m) ? Severity.Warning : Severity.Info, [m.Id],
            f.Say("Risk.UnknownStance", f.Who(m))));
}

using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

public static partial class AccountAnalysis
{
    /// <summary>A skeptic's or detractor's concern that no argument answers yet: their objection stands.</summary>
    private static IEnumerable<Finding> UnansweredConcerns(AccountMap map, IStringLocalizer text)
    {
        var answered = map.Edges.Where(e => e.Type == EdgeType.ANSWERS).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        foreach (var raised in map.Edges.Where(e => e.Type == EdgeType.RAISED && !answered.Contains(e.To)).OrderBy(e => e.To, StringComparer.Ordinal))
        {
            if (map.Find(raised.From) is not { Kind: NodeKind.Person, Stance: Stance.Skeptic or Stance.Detractor } person) continue;
            if (map.Find(raised.To) is not { Kind: NodeKind.Concern } concern) continue;
            var severity = person.Stance == Stance.Detractor || person.Has(BuyingRole.DecisionMaker) ? Severity.Critical : Severity.Warning;
            yield return new Finding(FindingKind.UnansweredConcern, severity, [person.Id, concern.Id],
                text["Risk.UnansweredConcern", person.Name, text.InSentence(person.Stance!.Value), concern.Name]);
        }
    }
}

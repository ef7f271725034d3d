using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>
/// For every buying-center member without a peer-level contact (same level, planned or running),
/// the best-matched counterpart of ours: closest level, then function affinity, then the lightest
/// current load, then name. Pairs that already talk are not suggested again.
/// </summary>
public static class PeerPlanner
{
    /// <summary>Which customer functions each of our team roles naturally speaks to.</summary>
    private static readonly Dictionary<TeamRole, string[]> Affinity = new()
    {
        [TeamRole.AccountManager] = ["Purchasing", "Finance", "Logistics"],
        [TeamRole.SalesEngineer] = ["Engineering", "Production", "Quality", "IT"],
        [TeamRole.ProductManager] = ["Engineering", "Marketing", "Production"],
        [TeamRole.Service] = ["Production", "Quality", "Logistics", "IT"],
        [TeamRole.Marketing] = ["Marketing"],
        [TeamRole.ExecutiveSponsor] = ["Executive", "Finance", "Legal"],
    };

    public static bool HasAffinity(TeamRole? role, string? function) =>
        role is { } r && function is not null && Affinity[r].Any(a => function.Contains(a, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<Suggestion> Suggest(
        AccountMap map, IReadOnlyList<Node> counterparts, IEnumerable<Node> people, IReadOnlyDictionary<(string, string), Edge> talks, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(counterparts);
        ArgumentNullException.ThrowIfNull(talks);
        if (counterparts.Count == 0) return [];
        var load = counterparts.ToDictionary(c => c.Id, c => talks.Keys.Count(k => k.Item1 == c.Id));
        var suggestions = new List<Suggestion>();
        foreach (var person in people.Where(ContactMatrix.IsMember))
        {
            var hasPeer = counterparts.Any(c => talks.ContainsKey((c.Id, person.Id)) && ContactMatrix.Fit(c.Level, person.Level) == PeerFit.Peer);
            if (hasPeer || person.Level is null) continue;
            var function = map.FunctionOf(person.Id) is { } f ? map.Find(f)?.Name : null;
            var best = counterparts
                .Where(c => !talks.ContainsKey((c.Id, person.Id)) && c.Level is not null)
                .OrderBy(c => c.Level!.Value.Distance(person.Level.Value))
                .ThenBy(c => HasAffinity(c.TeamRole, function) ? 0 : 1)
                .ThenBy(c => load[c.Id])
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is null) continue;
            var fit = ContactMatrix.Fit(best.Level, person.Level);
            suggestions.Add(new Suggestion(person.Id, best.Id, fit, Why(text, best, person, function, fit, load[best.Id])));
        }
        return suggestions;
    }

    /// <summary>
    /// "Jordi Puig (executive sponsor, executive) is at the same level as María Vidal (CFO, Finance) and works with that function;
    /// 0 relationships today.": one template per case (same level or closest, with or without the function), as the languages
    /// order these clauses differently.
    /// </summary>
    private static string Why(IStringLocalizer text, Node ours, Node person, string? function, PeerFit fit, int load)
    {
        var us = $"{ours.Name} ({string.Join(", ", new[] { text.InSentence(ours.TeamRole), text.InSentence(ours.Level) }.Where(s => s.Length > 0))})";
        var them = $"{person.Name} ({person.Title ?? text.InSentence(person.Level)}{(function is null ? "" : ", " + function)})";
        var key = (fit == PeerFit.Peer ? "Matrix.Why.SameLevel" : "Matrix.Why.Closest") + (HasAffinity(ours.TeamRole, function) ? ".Function" : "");
        var today = load == 1 ? text["Matrix.Why.Load.One"] : text["Matrix.Why.Load.Many", load];
        return $"{text[key, us, them]}; {today}.";
    }
}

using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Graph.Reach;

/// <summary>Risks in an account's relationship map: coverage gaps, peer-level mismatches, single threads, opposition near the decision.</summary>
public static partial class AccountAnalysis
{
    /// <summary>The findings, each sentence in the words of <paramref name="text"/> (the reader's language); the cache holds no words.</summary>
    public static IReadOnlyList<Finding> Risks(AccountMap map, IStringLocalizer text, ReachGraphCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(text);
        var facts = new Facts(map, cache?.Get(map) ?? ReachGraph.Build(map), text);
        var findings = new List<Finding>(MissingBasis(map, text));
        findings.AddRange(UncoveredMembers(facts));
        findings.AddRange(UncoveredFunctions(facts));
        findings.AddRange(LevelMismatches(facts));
        findings.AddRange(NoPeerContacts(facts));
        findings.AddRange(UnknownStances(facts));
        findings.AddRange(SingleThreaded(facts));
        findings.AddRange(SinglePaths(facts));
        findings.AddRange(DetractorsNearDecisionMakers(facts));
        findings.AddRange(KeyInfluencers(facts));
        findings.AddRange(UnansweredConcerns(map, text));
        findings.Sort(Order);
        return findings;
    }

    /// <summary>What the map lacks to be judged at all: an empty account is the biggest risk, not the absence of one.</summary>
    private static IEnumerable<Finding> MissingBasis(AccountMap map, IStringLocalizer text) => MapBasis.Missing(map).Select(m => new Finding(m switch
    {
        Plan.MissingBasis.EmptyMap => FindingKind.EmptyMap,
        Plan.MissingBasis.NoCustomerPeople => FindingKind.NoCustomerPeople,
        Plan.MissingBasis.NoBuyingCenter => FindingKind.NoBuyingCenter,
        _ => FindingKind.NoTeam,
    }, Severity.Critical, [], MapBasis.Sentence(text, m)));

    /// <summary>Most severe first, then by kind, then by the node ids (ordinal), so the list is stable.</summary>
    private static int Order(Finding a, Finding b)
    {
        var c = b.Severity.CompareTo(a.Severity);
        if (c == 0) c = string.CompareOrdinal(a.Kind, b.Kind);
        for (var i = 0; c == 0 && i < Math.Min(a.NodeIds.Count, b.NodeIds.Count); i++) c = string.CompareOrdinal(a.NodeIds[i], b.NodeIds[i]);
        return c != 0 ? c : a.NodeIds.Count.CompareTo(b.NodeIds.Count);
    }

    /// <summary>What every analysis reads, computed once.</summary>
    private sealed class Facts
    {
        public Facts(AccountMap map, ReachGraph graph, IStringLocalizer text)
        {
            Map = map;
            Text = text;
            Graph = graph;
            Talks = [.. map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH && e.Status != RelationshipStatus.Planned)];
            TalkedTo = ContactMatrix.TalkedTo(map);
            TalksTo = map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH).ToLookup(e => e.To, StringComparer.Ordinal);
            var worksIn = map.Edges.Where(e => e.Type == EdgeType.WORKS_IN).ToArray();
            Staff = worksIn.ToLookup(e => e.To, e => e.From, StringComparer.Ordinal);
            _functionOf = worksIn.DistinctBy(e => e.From).ToDictionary(e => e.From, e => map.Find(e.To)?.Name, StringComparer.Ordinal);
            People = [.. map.OfKind(NodeKind.Person).OrderBy(n => n.Id, StringComparer.Ordinal)];
            Members = [.. People.Where(ContactMatrix.IsMember)];
            DecisionMakers = [.. People.Where(p => p.Has(BuyingRole.DecisionMaker))];
        }

        public AccountMap Map { get; }
        public ReachGraph Graph { get; }
        /// <summary>The reader's words.</summary>
        public IStringLocalizer Text { get; }
        /// <summary>TALKS_WITH that are relationships (not merely planned).</summary>
        public IReadOnlyList<Edge> Talks { get; }
        public IReadOnlySet<string> TalkedTo { get; }
        /// <summary>Every TALKS_WITH (planned too) by the person talked with.</summary>
        public ILookup<string, Edge> TalksTo { get; }
        /// <summary>The people working in each function.</summary>
        public ILookup<string, string> Staff { get; }
        public IReadOnlyList<Node> People { get; }
        /// <summary>The buying center: anyone with a buying role or high influence.</summary>
        public IReadOnlyList<Node> Members { get; }
        public IReadOnlyList<Node> DecisionMakers { get; }

        public string Name(string id) => Map.Find(id)?.Name ?? id;

        /// <summary>"María Vidal (CFO, decision maker)": title (or function) and buying roles, in the reader's words.</summary>
        public string Who(Node n, bool stance = false)
        {
            var parts = new List<string>();
            if ((n.Title ?? FunctionName(n.Id)) is { } what) parts.Add(what);
            if (n.Kind == NodeKind.Counterpart && n.TeamRole is { } role) parts.Add(Text.InSentence(role));
            if (stance && n.Stance is { } s and not Stance.Unknown) parts.Add(Text.InSentence(s));
            parts.AddRange(n.Roles.Select(r => Text.InSentence(r)));
            return parts.Count == 0 ? n.Name : $"{n.Name} ({string.Join(", ", parts)})";
        }

        public string? FunctionName(string personId) => _functionOf.GetValueOrDefault(personId);

        /// <summary>The template <paramref name="key"/> filled in.</summary>
        public string Say(string key, params object[] args) => Text[key, args];

        private readonly Dictionary<string, string?> _functionOf;
    }

    /// <summary>Decision makers, signers and budget owners escalate gaps about them.</summary>
    private static bool Key(Node n) => n.Has(BuyingRole.DecisionMaker) || n.Has(BuyingRole.Signer) || n.Has(BuyingRole.EconomicBuyer);
}

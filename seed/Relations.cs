using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>Our account team, who of us talks with whom, and who sways whom on the customer side.</summary>
internal static class Relations
{
    private static readonly int[] Cadences = [14, 30, 60, 90];

    private static readonly TeamRole[] Optional =
        [TeamRole.SalesEngineer, TeamRole.ProductManager, TeamRole.Service, TeamRole.Marketing, TeamRole.ExecutiveSponsor];

    public static void AddTeam(MapBuilder map, Random random, PeopleBuilder names, IReadOnlyList<Member> people,
        SupplierPosition position, Lessons lessons, DateOnly today, string locale)
    {
        // A coverage gap: a buying-center member nobody of ours talks with (never the purchaser, our way in).
        var gap = lessons.CoverageGap ? random.Pick(people.Where(p => p.InBuyingCenter && !p.Has(BuyingRole.Purchaser)).ToList()) : null;
        var reachable = people.Where(p => p != gap).ToList();
        var roles = new List<TeamRole> { TeamRole.AccountManager };
        roles.AddRange(random.Sample(Optional, random.Next(2, 6)));

        foreach (var role in roles)
        {
            var (title, level) = random.Pick(TitleWords.For(role));
            var (first, last, woman) = names.NextName();
            var id = map.Add(new NodeDraft { Kind = NodeKind.Counterpart, Name = $"{first} {last}", Title = title.In(locale, woman), Level = level, TeamRole = role });
            var preferred = reachable.Where(p => Prefers(role, p)).ToList();
            var contacts = random.Sample(preferred.Count > 0 ? preferred : reachable, random.Next(1, 4));
            if (role == TeamRole.AccountManager)
                contacts = [.. people.Where(p => p.Has(BuyingRole.Purchaser)).Concat(contacts).Distinct()];
            foreach (var person in contacts) map.Connect(TalksWith(random, id, person, position, today, locale));
        }
    }

    public static void AddInfluences(MapBuilder map, Random random, IReadOnlyList<Member> people, Lessons lessons, string locale)
    {
        void Influence(Member from, Member to, int strength, string? note)
        {
            if (from != to && !map.Has(EdgeType.INFLUENCES, from.Id, to.Id))
                map.Connect(new EdgeDraft { Type = EdgeType.INFLUENCES, From = from.Id, To = to.Id, Strength = strength, Note = note });
        }
        string? Note() => random.Chance(0.5) ? random.Pick(DemoVocabulary.InfluenceNotes).In(locale) : null;

        var deciders = people.Where(p => p.Has(BuyingRole.DecisionMaker)).ToList();
        var voices = people.Where(p => !p.Has(BuyingRole.DecisionMaker) && p.InBuyingCenter).ToList();
        foreach (var decider in deciders)
            foreach (var voice in random.Sample(voices, random.Next(1, 3)))
                Influence(voice, decider, random.Next(2, 6), Note());

        var critics = voices.Where(p => p.IsCritic).ToList();
        if (critics.Count > 0 && (lessons.CriticInfluencesDecisionMaker || random.Chance(0.3)))
        {
            var critic = random.Pick(critics);
            Influence(critic, random.Pick(deciders), random.Next(3, 6),
                string.Format(CultureInfo.InvariantCulture, DemoVocabulary.KeepsRaisingIt.In(locale), critic.Concerns));
        }

        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var from = random.Pick(people);
            var to = random.Pick(people.Where(p => p.InBuyingCenter && p.Level <= from.Level + 1).ToList());
            Influence(from, to, random.Next(1, 6), Note());
        }
    }

    internal static bool Prefers(TeamRole role, Member p) => role switch
    {
        TeamRole.AccountManager => p.Has(BuyingRole.EconomicBuyer) || (p.IsHead && p.Function == Functions.Purchasing),
        TeamRole.SalesEngineer => p.Has(BuyingRole.TechnicalEvaluator) || p.Has(BuyingRole.User),
        TeamRole.ProductManager => p.Function is Functions.Engineering or Functions.Marketing || p.Has(BuyingRole.TechnicalEvaluator),
        TeamRole.Service => p.Function is Functions.Production or Functions.Quality || p.Has(BuyingRole.User),
        TeamRole.Marketing => p.Function == Functions.Marketing || p.Has(BuyingRole.Influencer),
        _ => p.Level == Level.Executive,
    };

    internal static EdgeDraft TalksWith(Random random, string counterpartId, Member person, SupplierPosition position, DateOnly today, string locale)
    {
        var status = random.Weighted((RelationshipStatus.Active, 7), (RelationshipStatus.Dormant, 2), (RelationshipStatus.Planned, 1));
        var (low, high) = position switch
        {
            SupplierPosition.Potential or SupplierPosition.Listed => (1, 3),
            SupplierPosition.Active => (2, 4),
            _ => (2, 5),
        };
        var bias = person.Stance switch { Stance.Champion => 1, Stance.Detractor => -1, _ => 0 };
        var strength = status == RelationshipStatus.Planned ? 1 : Math.Clamp(random.Next(low, high + 1) + bias, 1, 5);
        // A planned relationship has not started, so it has no last contact yet.
        DateOnly? last = status switch
        {
            RelationshipStatus.Active => today.AddDays(-random.Next(1, 91)),
            RelationshipStatus.Dormant => today.AddDays(-random.Next(61, 121)),
            _ => null,
        };
        return new EdgeDraft { Type = EdgeType.TALKS_WITH, From = counterpartId, To = person.Id, Strength = strength, Status = status, CadenceDays = random.Pick(Cadences), LastContact = last, Goal = random.Pick(Goals(person)).In(locale) };
    }

    internal static IReadOnlyList<Words> Goals(Member person) =>
        person.Has(BuyingRole.DecisionMaker) || person.Has(BuyingRole.Signer) ? DemoVocabulary.GoalsForDecisionMakers
        : person.Stance switch
        {
            Stance.Champion or Stance.Supporter => DemoVocabulary.GoalsForFriends,
            Stance.Neutral => DemoVocabulary.GoalsForNeutrals,
            Stance.Skeptic or Stance.Detractor => DemoVocabulary.GoalsForCritics,
            _ => DemoVocabulary.GoalsForUnknowns,
        };
}

using SalesOps.Graph.Model;

namespace SalesOps.Seed.Training;

/// <summary>Our account team, who of us talks with whom, and who sways whom, planned in memory with the demo's habits.</summary>
internal static class TeamPlanner
{
    private static readonly TeamRole[] Optional =
        [TeamRole.SalesEngineer, TeamRole.ProductManager, TeamRole.Service, TeamRole.Marketing, TeamRole.ExecutiveSponsor];

    public static void Plan(Blueprint b, PeopleBuilder names)
    {
        var random = b.Random;
        var roles = new List<TeamRole> { TeamRole.AccountManager };
        roles.AddRange(random.Sample(Optional, random.Next(2, 6)));
        // Larger accounts get a larger team: more engineers and service people on more sites.
        var extra = b.Size switch { AccountSize.BuyingCenter => 0, AccountSize.Mid => random.Next(0, 3), AccountSize.Large => random.Next(2, 5), AccountSize.ExtraLarge => random.Next(4, 7), _ => random.Next(8, 13) };
        for (var i = 0; i < extra; i++) roles.Add(random.Pick(Optional));
        var contactsEach = b.Size == AccountSize.BuyingCenter ? (1, 4) : (2, 6);

        var preferredBy = new Dictionary<TeamRole, List<Member>>();
        foreach (var role in roles)
        {
            var (title, level) = random.Pick(TitleWords.For(role));
            var (first, last, woman) = names.NextName();
            var ours = new Ours { Name = $"{first} {last}", Title = title.In(b.Locale, woman), Level = level, Role = role };
            b.Team.Add(ours);
            // Roles repeat on a large team and the people do not change here: each role's choice is read once.
            if (!preferredBy.TryGetValue(role, out var preferred))
                preferredBy[role] = preferred = b.People.Where(p => Relations.Prefers(role, p) && (p.InBuyingCenter || b.Size == AccountSize.BuyingCenter || p.IsLeader)).ToList();
            var contacts = random.Sample(preferred.Count > 0 ? preferred : b.People, random.Next(contactsEach.Item1, contactsEach.Item2));
            if (role == TeamRole.AccountManager && b.Team.Count == 1)
                contacts = [.. b.People.Where(p => p.Has(BuyingRole.Purchaser)).Concat(contacts).Distinct()];
            foreach (var person in contacts)
            {
                if (b.Talks.Any(t => t.From == ours && t.To == person)) continue;
                var d = Relations.TalksWith(random, "", person, b.Position, b.Today, b.Locale);
                b.Talks.Add(new Talk { From = ours, To = person, Strength = d.Strength!.Value, Status = d.Status!.Value, Cadence = d.CadenceDays!.Value, Last = d.LastContact, Goal = d.Goal! });
            }
        }
        PlanSways(b);
    }

    private static void PlanSways(Blueprint b)
    {
        var random = b.Random;
        string? Note() => random.Chance(0.5) ? random.Pick(DemoVocabulary.InfluenceNotes).In(b.Locale) : null;
        var seen = new HashSet<(Member, Member)>();
        void Add(Member from, Member to, int strength)
        {
            if (from != to && seen.Add((from, to))) b.Sways.Add(new Sway { From = from, To = to, Strength = strength, Note = Note() });
        }

        var members = b.People.Where(p => p.InBuyingCenter).ToList();
        var voices = members.Where(p => !p.Has(BuyingRole.DecisionMaker)).ToList();
        foreach (var decider in b.DecisionMakers.ToList())
            foreach (var voice in random.Sample(voices, random.Next(1, 3)))
                Add(voice, decider, random.Next(2, 6));
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var from = random.Pick(b.People);
            var to = members.Where(p => p.Level <= from.Level + 1).ToList();
            if (to.Count > 0) Add(from, random.Pick(to), random.Next(1, 6));
        }
        // In a large company most influence is local: colleagues and the boss in one's own function.
        if (b.Size != AccountSize.BuyingCenter)
        {
            var byFunction = b.People.GroupBy(p => p.Function).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            for (var i = b.People.Count / 8; i > 0; i--)
            {
                var from = random.Pick(b.People);
                var pool = byFunction[from.Function];
                var to = random.Chance(0.5) && from.Manager is { } boss ? boss : random.Pick(pool);
                Add(from, to, random.Next(1, 6));
            }
        }
    }
}

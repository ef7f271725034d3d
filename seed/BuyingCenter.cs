using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>What an account is meant to teach; spread over the accounts so the set shows every gap.</summary>
internal sealed record Lessons(bool Detractor, bool Unknown, bool CoverageGap, bool CriticInfluencesDecisionMaker)
{
    public static Lessons For(int index) => new(index % 5 != 4, index % 2 == 0, index % 4 != 3, index % 2 == 0);
}

/// <summary>Hands out buying roles, stances, influence and concerns the way a real buying center looks.</summary>
internal static class BuyingCenter
{
    public static void Assign(Random random, IReadOnlyList<Member> people, IReadOnlyDictionary<string, Involvement> involvement,
        SupplierPosition position, Lessons lessons, string locale)
    {
        AssignRoles(random, people, involvement);
        AssignStances(random, people, position, lessons);
        foreach (var m in people)
        {
            var influence = m.Level switch
            {
                Level.Executive => random.Weighted((Influence.High, 8), (Influence.Medium, 2)),
                Level.Director => random.Weighted((Influence.High, 4), (Influence.Medium, 5), (Influence.Low, 1)),
                Level.Manager => random.Weighted((Influence.High, 1), (Influence.Medium, 6), (Influence.Low, 3)),
                _ => random.Weighted((Influence.Medium, 3), (Influence.Low, 7)),
            };
            // Whoever decides has the most say; whoever signs or holds the budget is never a minor voice.
            m.Influence = m.Has(BuyingRole.DecisionMaker) ? Influence.High
                : m.Has(BuyingRole.Signer) || m.Has(BuyingRole.EconomicBuyer) ? (Influence)Math.Max((int)influence, (int)Influence.Medium)
                : influence;
            if (m.IsCritic || (m.Stance == Stance.Neutral && random.Chance(0.25)))
                m.Concerns = random.Pick(DemoVocabulary.Concerns(m.Function, locale));
        }
    }

    private static void AssignRoles(Random random, IReadOnlyList<Member> people, IReadOnlyDictionary<string, Involvement> involvement)
    {
        var top = people[0];
        Member? HeadOf(string function) => people.FirstOrDefault(p => p.IsHead && p.Function == function);
        List<Member> TeamOf(string function) => [.. people.Where(p => !p.IsLeader && p.Function == function)];

        // Decisions sit high: the top, another executive, or the head of a directly involved function.
        int Weight(Member m) => m == top ? 4 : m.Level == Level.Executive ? 3
            : involvement.GetValueOrDefault(m.Function) == Involvement.Direct ? 2 : 0;
        var leaders = people.Where(p => p.IsLeader).Select(p => (p, Weight(p))).ToArray();
        var deciders = new List<Member> { random.Weighted(leaders) };
        var second = leaders.Where(l => l.Item2 >= 2 && l.p != deciders[0]).Select(l => l.p).ToList();
        if (second.Count > 0 && random.Chance(0.4)) deciders.Add(random.Pick(second));
        foreach (var d in deciders) d.Roles.Add(BuyingRole.DecisionMaker);

        var finance = people.FirstOrDefault(p => p.TitleKey == Titles.Cfo) ?? HeadOf(Functions.Finance);
        var purchasing = HeadOf(Functions.Purchasing)!;
        List<(Member, int)> signers = [(top, 3), (purchasing, 2)];
        if (finance is not null) signers.Add((finance, 3));
        random.Weighted([.. signers]).Roles.Add(BuyingRole.Signer);

        var production = HeadOf(Functions.Production);
        var budget = finance ?? (production is not null && random.Chance(0.4) ? production : top);
        budget.Roles.Add(BuyingRole.EconomicBuyer);

        var buyers = TeamOf(Functions.Purchasing);
        var purchaser = buyers.Count > 0 ? random.Pick(buyers) : purchasing;
        purchaser.Roles.Add(BuyingRole.Purchaser);

        var technical = Functions.Technical.SelectMany(TeamOf).ToList();
        if (technical.Count == 0) technical = [.. Functions.Technical.Select(HeadOf).OfType<Member>()];
        var evaluators = random.Sample(technical, random.Next(1, 4));
        foreach (var e in evaluators) e.Roles.Add(BuyingRole.TechnicalEvaluator);
        var users = technical.Where(p => p.Level == Level.Specialist && !evaluators.Contains(p));
        foreach (var u in random.Sample(users, random.Next(1, 3))) u.Roles.Add(BuyingRole.User);

        var assistant = people.FirstOrDefault(p => Titles.Assistant.Contains(p.TitleKey));
        var gatekeeper = assistant ?? (buyers.Count > 0 ? random.Pick(buyers) : purchasing);
        gatekeeper.Roles.Add(BuyingRole.Gatekeeper);

        var advisers = people.Where(p => p.Level is Level.Director or Level.Manager && !p.Has(BuyingRole.DecisionMaker));
        foreach (var a in random.Sample(advisers, random.Next(1, 4))) a.Roles.Add(BuyingRole.Influencer);

        var initiators = people.Where(p => p.Function is Functions.Production or Functions.Engineering && p.Level != Level.Specialist
            && !p.Has(BuyingRole.DecisionMaker)).ToList();
        if (initiators.Count > 0 && random.Chance(0.5)) random.Pick(initiators).Roles.Add(BuyingRole.Initiator);
    }

    private static void AssignStances(Random random, IReadOnlyList<Member> people, SupplierPosition position, Lessons lessons)
    {
        // The better our standing, the more friends and the fewer blank spots.
        var p = (int)position;
        foreach (var m in people)
        {
            m.Stance = random.Weighted(
                (Stance.Champion, 4 + 2 * p), (Stance.Supporter, 12 + 2 * p), (Stance.Neutral, 18), (Stance.Skeptic, 12),
                (Stance.Detractor, Math.Max(2, 8 - p)), (Stance.Unknown, (m.InBuyingCenter ? 6 : 25) + 2 * (5 - p)));
        }

        var ordinary = people.Where(m => !m.Has(BuyingRole.DecisionMaker) && !m.Has(BuyingRole.Signer)).ToList();
        if (lessons.Detractor && !people.Any(m => m.Stance == Stance.Detractor))
        {
            var candidates = ordinary.Where(m => m.InBuyingCenter && m.Level is Level.Director or Level.Manager).ToList();
            random.Pick(candidates.Count > 0 ? candidates : ordinary).Stance = Stance.Detractor;
        }
        if (lessons.Unknown && !people.Any(m => m.Stance == Stance.Unknown))
            random.Pick(ordinary.Where(m => m.Stance != Stance.Detractor).ToList()).Stance = Stance.Unknown;
    }
}

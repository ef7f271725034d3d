using SalesOps.Graph.Model;

namespace SalesOps.Seed.Training;

// Lessons about tending what we have: concerns left unanswered, relationships left to go cold.

/// <summary>Two buying-center members turn skeptic, and the account plan answers none of their concerns.</summary>
internal sealed class UnansweredSkeptics : ScenarioPlan
{
    public override string? FindingKind => Graph.Reach.FindingKind.UnansweredConcern;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var dm = OneDecisionMaker(b);
        var known = b.Relationships.Select(t => t.To).ToHashSet();
        var pool = b.People.Where(p => p != dm && p.InBuyingCenter).OrderByDescending(p => known.Contains(p)).ToList();
        var skeptics = pool.Take(2).ToList();
        foreach (var s in skeptics)
        {
            b.MakeCritic(s, Stance.Skeptic);
            b.Unanswered.Add(s);
        }
        return skeptics;
    }

    protected override void Check(Facts f, List<string> problems)
    {
        var answered = f.Edges(EdgeType.ANSWERS).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        foreach (var skeptic in f.People)
        {
            var raised = f.Edges(EdgeType.RAISED).Where(e => e.From == skeptic.Id).Select(e => e.To).ToList();
            if (skeptic.Stance != Stance.Skeptic) problems.Add($"{skeptic.Name} is not a skeptic.");
            if (raised.Count == 0) problems.Add($"{skeptic.Name} raised no concern.");
            if (raised.Any(answered.Contains)) problems.Add($"An argument answers a concern of {skeptic.Name}.");
        }
        if (f.People.Count < 2) problems.Add("Fewer than two skeptics.");
    }
}

/// <summary>Every relationship with the decision maker and the signer went dormant months ago.</summary>
internal sealed class Dormant : ScenarioPlan
{
    /// <summary>No contact for at least this long: meetings keep away from dormant ties for 60 days (AccountPlan).</summary>
    private const int QuietDays = 61;

    public override string? FindingKind => null;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var dm = OneDecisionMaker(b);
        var key = new List<Member> { dm };
        key.AddRange(b.People.Where(p => p.Has(BuyingRole.Signer) && p != dm));
        foreach (var person in key)
        {
            if (!b.Relationships.Any(t => t.To == person))
                b.Connect(b.Team.FirstOrDefault(o => o.Role == TeamRole.ExecutiveSponsor) ?? b.AccountManager, person, 3);
            foreach (var t in b.Talks.Where(t => t.To == person))
            {
                t.Status = RelationshipStatus.Dormant;
                t.Last = b.Today.AddDays(-b.Random.Next(120, 301));
            }
        }
        return key;
    }

    protected override void Check(Facts f, List<string> problems)
    {
        foreach (var person in f.People)
        {
            var talks = f.Edges(EdgeType.TALKS_WITH).Where(e => e.To == person.Id).ToList();
            if (talks.Count == 0) problems.Add($"Nobody of ours ever talked with {person.Name}.");
            if (talks.Any(e => e.Status != RelationshipStatus.Dormant && !Graph.Plan.RelationshipPlan.IsOverdue(e, Graph.Plan.LastMet.Of(f.Map, f.Today))))
                problems.Add($"A relationship with {person.Name} is alive.");
            if (talks.Any(e => e.LastContact is not { } last || last > f.Today.AddDays(-QuietDays)))
                problems.Add($"Someone of ours was in touch with {person.Name} in the last {QuietDays} days.");
        }
    }
}

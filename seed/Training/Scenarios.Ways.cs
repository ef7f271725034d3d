using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Seed.Training;

// Lessons about our ways in: one thread, one door, a friend without pull, a strong way through a critic.

/// <summary>Only the account manager has relationships; everyone else of ours merely plans them.</summary>
internal sealed class SingleThread : ScenarioPlan
{
    public override string? FindingKind => Graph.Reach.FindingKind.SingleThreaded;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var am = b.AccountManager;
        foreach (var t in b.Relationships.Where(t => t.From != am).ToList())
        {
            t.Status = RelationshipStatus.Planned;
            t.Last = null;
        }
        return [am];
    }

    protected override void Check(Facts f, List<string> problems)
    {
        if (f.Relationships.Select(e => e.From).Distinct().SingleOrDefault() != f.People[0].Id)
            problems.Add($"Relationships run through more than {f.People[0].Name}.");
    }
}

/// <summary>A specialist far from the decision is our champion and our strongest tie; a stronger way in runs elsewhere.</summary>
internal sealed class WeakChampion : ScenarioPlan
{
    public override string? FindingKind => null;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var dm = OneDecisionMaker(b);
        var far = b.People.Where(p => p != dm && p.Manager is { } m && m != dm && !p.Has(BuyingRole.DecisionMaker)
            && !p.Has(BuyingRole.Signer) && !p.Has(BuyingRole.EconomicBuyer) && !p.Has(BuyingRole.Purchaser)).ToList();
        var specialists = far.Where(p => p.Level == Level.Specialist).ToList();
        var champion = b.Random.Pick(specialists.Count > 0 ? specialists : far);
        champion.Stance = Stance.Champion;
        champion.Influence = Influence.Low;
        champion.Concerns = null;
        champion.DottedTo = null;
        champion.Roles.RemoveWhere(r => r != BuyingRole.User);
        b.Sways.RemoveAll(s => s.From == champion);

        // The strong way in: a voice the decision maker listens to, whom we know well.
        var voice = b.People.FirstOrDefault(p => p.Has(BuyingRole.Purchaser) && p != dm && p != champion)
            ?? b.People.First(p => p != dm && p != champion && p.Manager is not null);
        NotAvoided(voice);
        foreach (var t in b.Talks) t.Strength = Math.Min(t.Strength, 4);
        b.Connect(b.AccountManager, voice, 4);
        b.Sway(voice, dm, 5);
        b.Connect(b.Team.Count > 1 ? b.Team[1] : b.AccountManager, champion, 5);
        return [champion, dm];
    }

    protected override void Check(Facts f, List<string> problems)
    {
        var champion = f.People[0];
        if (champion.Stance != Stance.Champion || champion.Influence != Influence.Low) problems.Add($"{champion.Name} is not a champion of low influence.");
        var strongest = f.Relationships.Max(e => e.Strength);
        if (!f.Relationships.Any(e => e.To == champion.Id && e.Strength == strongest) || f.Relationships.Count(e => e.Strength == strongest) != 1)
            problems.Add($"{champion.Name} is not our one strongest relationship.");
        if (f.Map.Outgoing(champion.Id).Any(e => e.Type == EdgeType.INFLUENCES)) problems.Add($"{champion.Name} influences someone.");
        if (f.Key.BestWayIn is not { } best) problems.Add($"No way in: {f.Key.NoWayIn}");
        else if (best.Nodes.Contains(champion.Id)) problems.Add($"The best way in runs through {champion.Name}.");
    }
}

/// <summary>The decision maker heads a function; one of their direct reports is the only door into it.</summary>
internal sealed class Gatekeeper : ScenarioPlan
{
    public override string? FindingKind => Graph.Reach.FindingKind.SinglePathToDecisionMaker;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        bool HasReports(Member head) => b.People.Any(p => p.Manager == head);
        var heads = b.People.Where(p => p.IsHead && p.Manager is not null && HasReports(p)).ToList();
        var head = heads.FirstOrDefault(h => h.Function is Functions.Production or Functions.Engineering)
            ?? heads.FirstOrDefault(h => h.Function != Functions.Purchasing) ?? heads.First();
        var dm = OneDecisionMaker(b, head);
        var gatekeeper = b.Random.Pick(b.People.Where(p => p.Manager == dm).ToList());
        foreach (var p in b.People) p.Roles.Remove(BuyingRole.Gatekeeper);
        gatekeeper.Roles.Add(BuyingRole.Gatekeeper);
        NotAvoided(gatekeeper);

        // Nothing of ours and nothing of theirs enters the decision maker's part of the company except through the gatekeeper.
        var inside = b.Below(dm);
        b.Talks.RemoveAll(t => inside.Contains(t.To) && t.To != gatekeeper);
        b.Sways.RemoveAll(s => inside.Contains(s.To) && !inside.Contains(s.From));
        foreach (var p in b.People.Where(p => p.DottedTo is { } d && inside.Contains(d) && !inside.Contains(p))) p.DottedTo = null;
        if (!b.Relationships.Any(t => t.To == gatekeeper)) b.Connect(b.AccountManager, gatekeeper, 3);
        return [dm, gatekeeper];
    }

    protected override void Check(Facts f, List<string> problems)
    {
        var (dm, gatekeeper) = (f.People[0], f.People[1]);
        if (!gatekeeper.Has(BuyingRole.Gatekeeper)) problems.Add($"{gatekeeper.Name} is not marked as gatekeeper.");
        if (!f.Risks.Any(r => r.Kind == Graph.Reach.FindingKind.SinglePathToDecisionMaker && r.NodeIds.SequenceEqual([dm.Id, gatekeeper.Id])))
            problems.Add($"The engine does not find {gatekeeper.Name} to be the only door to {dm.Name}.");
    }
}

/// <summary>A skeptic we know very well sways the decision maker; every other tie of ours is weak.</summary>
internal sealed class SkepticPath : ScenarioPlan
{
    public override string? FindingKind => null;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var dm = OneDecisionMaker(b);
        var pool = b.People.Where(p => p != dm && p.InBuyingCenter && p.Manager is not null).ToList();
        var skeptic = b.Random.Pick(pool.Count > 0 ? pool : [.. b.People.Where(p => p != dm)]);
        b.MakeCritic(skeptic, Stance.Skeptic);
        foreach (var t in b.Talks) t.Strength = Math.Min(t.Strength, 2);
        b.Connect(b.AccountManager, skeptic, 5);
        b.Sway(skeptic, dm, 5);
        return [skeptic, dm];
    }

    protected override void Check(Facts f, List<string> problems)
    {
        var skeptic = f.People[0];
        if (skeptic.Stance != Stance.Skeptic) problems.Add($"{skeptic.Name} is not a skeptic.");
        if (f.Key.BestWayIn is not { } best || !best.Nodes.Contains(skeptic.Id)) { problems.Add($"The best way in does not run through {skeptic.Name}."); return; }
        var without = ReachEngine.Find(f.Map, new ReachQuery(Avoid: [Stance.Skeptic, Stance.Detractor]), f.Text);
        if (without.Paths.FirstOrDefault() is { } other && other.Strength > best.Strength / 2)
            problems.Add($"Without skeptics a way of strength {other.Strength:0.##} remains, more than half of {best.Strength:0.##}.");
    }
}

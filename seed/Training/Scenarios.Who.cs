using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Seed.Training;

// Lessons about who decides and who stands near the decision.

/// <summary>Our relationships are all in purchasing; the decision maker heads a technical function (or the company).</summary>
internal sealed class OutsidePurchasing : ScenarioPlan
{
    public override string? FindingKind => Graph.Reach.FindingKind.UncoveredMember;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var dm = OneDecisionMaker(b, b.People.FirstOrDefault(p => p.IsHead && p.Function is Functions.Production or Functions.Engineering) ?? Top(b));
        var purchaser = b.People.First(p => p.Has(BuyingRole.Purchaser));
        var head = b.People.First(p => p.IsHead && p.Function == Functions.Purchasing);
        NotAvoided(purchaser);
        NotAvoided(head);
        foreach (var t in b.Relationships.Where(t => t.To.Function != Functions.Purchasing).ToList())
        {
            t.Status = RelationshipStatus.Planned;
            t.Last = null;
        }
        if (!b.Relationships.Any(t => t.To == head)) b.Connect(b.AccountManager, head, 3);
        // Purchasing briefs the decision maker: the way in exists, it just does not start where the team thinks.
        b.Sway(head, dm, 3);
        return [dm, purchaser];
    }

    protected override void Check(Facts f, List<string> problems)
    {
        var (dm, purchaser) = (f.People[0], f.People[1]);
        if (f.Map.OfKind(NodeKind.Person).Any(p => p.Has(BuyingRole.DecisionMaker) && f.FunctionKey(p.Id) == Functions.Purchasing))
            problems.Add("A decision maker works in purchasing.");
        if (!dm.Has(BuyingRole.DecisionMaker) || !purchaser.Has(BuyingRole.Purchaser) || purchaser.Has(BuyingRole.DecisionMaker))
            problems.Add("The lesson's decision maker and purchaser are not what they should be.");
        if (f.Relationships.Any(e => f.FunctionKey(e.To) != Functions.Purchasing))
            problems.Add("Some relationship of ours goes outside purchasing.");
        if (f.Key.BestWayIn is null) problems.Add($"No way in to the decision maker: {f.Key.NoWayIn}");
    }
}

/// <summary>A detractor in the buying center influences the decision maker directly and strongly.</summary>
internal sealed class DetractorNearDecision : ScenarioPlan
{
    public override string? FindingKind => Graph.Reach.FindingKind.DetractorNearDecisionMaker;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var dm = OneDecisionMaker(b);
        var candidates = b.People.Where(p => p != dm && !p.Has(BuyingRole.Signer) && p.InBuyingCenter).ToList();
        var pool = candidates.Where(p => p.Level is Level.Director or Level.Manager).ToList();
        if (pool.Count == 0) pool = candidates.Count > 0 ? candidates : [.. b.People.Where(p => p != dm)];
        var detractor = b.Random.Pick(pool);
        b.MakeCritic(detractor, Stance.Detractor);
        b.Sway(detractor, dm, 5, string.Format(System.Globalization.CultureInfo.InvariantCulture, DemoVocabulary.KeepsRaisingIt.In(b.Locale), detractor.Concerns));
        return [detractor, dm];
    }

    protected override void Check(Facts f, List<string> problems)
    {
        var (detractor, dm) = (f.People[0], f.People[1]);
        if (detractor.Stance != Stance.Detractor) problems.Add($"{detractor.Name} is not a detractor.");
        if (f.Map.Between(EdgeType.INFLUENCES, detractor.Id, dm.Id) is null) problems.Add($"{detractor.Name} does not influence {dm.Name} directly.");
        if (!f.Risks.Any(r => r.Kind == Graph.Reach.FindingKind.DetractorNearDecisionMaker && r.Severity == Severity.Critical
                && r.NodeIds.SequenceEqual([detractor.Id, dm.Id])))
            problems.Add("The engine does not rate the detractor next to the decision maker as critical.");
    }
}

/// <summary>The decision maker sits on the board and only our managers talk with the board; our executives merely plan to.</summary>
internal sealed class NoPeer : ScenarioPlan
{
    public override string? FindingKind => Graph.Reach.FindingKind.NoPeerContact;

    public override IReadOnlyList<object> Shape(Blueprint b)
    {
        var dm = OneDecisionMaker(b, Top(b));
        foreach (var t in b.Relationships.Where(t => t.To.Level == Level.Executive && t.From.Level is Level.Executive or Level.Director).ToList())
        {
            t.Status = RelationshipStatus.Planned;
            t.Last = null;
        }
        return [dm];
    }

    protected override void Check(Facts f, List<string> problems)
    {
        var dm = f.People[0];
        if (dm.Level != Level.Executive || !dm.Has(BuyingRole.DecisionMaker)) problems.Add($"{dm.Name} is not an executive decision maker.");
        if (f.Relationships.Any(e => e.To == dm.Id && f.Map.Find(e.From)?.Level is Level.Executive or Level.Director))
            problems.Add($"An executive or director of ours talks with {dm.Name}.");
    }
}

using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

// Questions 1–3: who takes part, where they stand, who decides.
public sealed partial record AccountSheet
{
    private static SheetAnswer Participants(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        var functions = f.Map.OfKind(NodeKind.Function).Where(n => n.Involvement is Involvement.Direct or Involvement.Indirect)
            .OrderBy(n => n.Involvement).ThenBy(n => n.Name, StringComparer.CurrentCulture).ToList();
        foreach (var fn in functions)
        {
            var staff = f.People.Where(p => f.Map.FunctionOf(p.Id) == fn.Id).Select(p => p.Name).ToList();
            var how = fn.Involvement == Involvement.Direct ? "takes part directly" : "takes part indirectly";
            lines.Add(new(fn.Name, staff.Count == 0
                ? $"{how}; nobody on the map yet."
                : $"{how}; {SheetFacts.Count(staff.Count, "person", "people")}: {SheetFacts.List(staff, "and")}."));
            if (staff.Count == 0 && fn.Involvement == Involvement.Direct)
                gaps.Add($"Nobody in {fn.Name}, which takes part directly in the buying decision, is on the map yet.");
        }
        foreach (var m in f.Members)
        {
            var what = new List<string>();
            if (m.Roles.Count > 0) what.Add(SheetFacts.Roles(m));
            if (m.Influence is { } i) what.Add($"{i.ToString().ToLowerInvariant()} influence");
            lines.Add(new(m.Name, $"{f.Who(m)}: {string.Join("; ", what)}.", m.LinkedIn));
        }
        if (functions.Count == 0)
            gaps.Add("No function is marked as taking part in the buying decision, directly or indirectly.");
        if (f.Members.Count == 0)
            gaps.Add(MapBasis.Sentence(MissingBasis.NoBuyingCenter));
        return Answer(1, lines, gaps, "Nobody and no function of the customer is on the map yet.");
    }

    private static SheetAnswer Stances(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        (Stance Stance, string Label)[] scale =
            [(Stance.Champion, "Champions"), (Stance.Supporter, "Supporters"), (Stance.Neutral, "Neutral"), (Stance.Skeptic, "Skeptics"), (Stance.Detractor, "Detractors")];
        foreach (var (stance, label) in scale)
        {
            var names = f.People.Where(p => p.Stance == stance).Select(f.Who).ToList();
            if (names.Count > 0) lines.Add(new(label, SheetFacts.List(names, "and") + "."));
        }
        var unknown = f.People.Where(p => p.Stance is null or Stance.Unknown).ToList();
        if (unknown.Count > 0) lines.Add(new("Unknown", SheetFacts.List([.. unknown.Select(p => p.Name)], "and") + "."));
        foreach (var p in unknown)
            gaps.Add($"We do not know where {f.Who(p)} stands towards us.");
        if (f.People.Count > 0 && !f.People.Any(p => p.Stance == Stance.Champion))
            gaps.Add("Nobody at the account is a champion for us yet.");
        return Answer(2, lines, gaps, "Nobody of the customer is on the map yet.");
    }

    private static SheetAnswer Deciders(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        (BuyingRole Role, string Label)[] keys = [(BuyingRole.DecisionMaker, "Decides"), (BuyingRole.Signer, "Signs"), (BuyingRole.EconomicBuyer, "Holds the budget")];
        foreach (var (role, label) in keys)
        {
            var holders = f.WithRole(role).ToList();
            if (holders.Count == 0)
            {
                gaps.Add($"Nobody is marked as {role.Words()}.");
                continue;
            }
            lines.Add(new(label, SheetFacts.List([.. holders.Select(p => $"{f.Who(p)}, {SheetFacts.Stance(p.Stance)}")], "and") + "."));
        }
        var keyPeople = f.People.Where(p => keys.Any(k => p.Has(k.Role)));
        foreach (var p in keyPeople.Where(p => !f.TalkedTo.Contains(p.Id)))
        {
            var roles = SheetFacts.List([.. keys.Where(k => p.Has(k.Role)).Select(k => k.Role.Words())], "and");
            var sentence = $"Nobody of ours talks with the {roles}, {p.Name}.";
            var planned = f.Talks.Where(e => e.To == p.Id && e.Status == RelationshipStatus.Planned).Select(e => f.Name(e.From)).ToList();
            if (planned.Count > 0) sentence += $" A conversation with {SheetFacts.List(planned, "and")} is only planned.";
            gaps.Add(sentence);
        }
        return Answer(3, lines, gaps, "Nobody is marked as decision maker, signer or economic buyer.");
    }
}

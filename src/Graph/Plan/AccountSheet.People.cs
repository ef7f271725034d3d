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
            var how = $"Sheet.Q1.{fn.Involvement}";
            lines.Add(new(fn.Name, staff.Count switch
            {
                0 => f[how + ".Nobody"],
                1 => f[how + ".One", staff[0]],
                _ => f[how + ".Many", staff.Count, f.AndAtMost(staff)],
            }));
            if (staff.Count == 0 && fn.Involvement == Involvement.Direct)
                gaps.Add(f["Sheet.Q1.Gap.FunctionEmpty", fn.Name]);
        }
        foreach (var m in f.Members)
        {
            var what = new List<string>();
            if (m.Roles.Count > 0) what.Add(f.Roles(m));
            if (m.Influence is { } i) what.Add(f[$"Sheet.Influence.{i}"]);
            lines.Add(new(m.Name, $"{f.Who(m)}: {string.Join("; ", what)}.", m.LinkedIn));
        }
        if (functions.Count == 0)
            gaps.Add(f["Sheet.Q1.Gap.NoFunction"]);
        if (f.Members.Count == 0)
            gaps.Add(MapBasis.Sentence(f.Text, MissingBasis.NoBuyingCenter));
        return Answer(f, 1, lines, gaps, f["Sheet.Q1.Empty"]);
    }

    private static SheetAnswer Stances(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        foreach (var stance in (Stance[])[Stance.Champion, Stance.Supporter, Stance.Neutral, Stance.Skeptic, Stance.Detractor])
        {
            var names = f.People.Where(p => p.Stance == stance).Select(f.Who).ToList();
            if (names.Count > 0) lines.Add(new(f[$"Sheet.Q2.{stance}"], f.AndAtMost(names) + "."));
        }
        var unknown = f.People.Where(p => p.Stance is null or Stance.Unknown).ToList();
        if (unknown.Count > 0) lines.Add(new(f["Sheet.Q2.Unknown"], f.AndAtMost([.. unknown.Select(p => p.Name)]) + "."));
        foreach (var p in unknown)
            gaps.Add(f["Sheet.Q2.Gap.Unknown", f.Who(p)]);
        if (f.People.Count > 0 && !f.People.Any(p => p.Stance == Stance.Champion))
            gaps.Add(f["Sheet.Q2.Gap.NoChampion"]);
        return Answer(f, 2, lines, gaps, f["Sheet.Q2.Empty"]);
    }

    private static SheetAnswer Deciders(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        BuyingRole[] keys = [BuyingRole.DecisionMaker, BuyingRole.Signer, BuyingRole.EconomicBuyer];
        foreach (var role in keys)
        {
            var holders = f.WithRole(role).ToList();
            if (holders.Count == 0)
            {
                gaps.Add(f["Sheet.Q3.Gap.Nobody", f.Text.InSentence(role)]);
                continue;
            }
            lines.Add(new(f[$"Sheet.Q3.{role}"], f.And([.. holders.Select(p => $"{f.Who(p)}, {f.Stance(p.Stance)}")]) + "."));
        }
        var keyPeople = f.People.Where(p => keys.Any(p.Has));
        foreach (var p in keyPeople.Where(p => !f.TalkedTo.Contains(p.Id)))
        {
            var roles = f.And([.. keys.Where(p.Has).Select(r => f.Text.InSentence(r))]);
            gaps.Add(SheetFacts.Sentences(f["Sheet.Q3.Gap.NotTalked", roles, p.Name], OnlyPlanned(f, p)));
        }
        return Answer(f, 3, lines, gaps, f["Sheet.Q3.Empty"]);
    }

    /// <summary>"A conversation with Jordi Puig is only planned.", or nothing when none is.</summary>
    private static string? OnlyPlanned(SheetFacts f, Node person)
    {
        var planned = f.Talks.Where(e => e.To == person.Id && e.Status == RelationshipStatus.Planned).Select(e => f.Name(e.From)).ToList();
        return planned.Count > 0 ? f["Sheet.Gap.OnlyPlanned", f.And(planned)] : null;
    }
}

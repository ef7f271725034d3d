using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

// Questions 4, 5 and 10: who of ours talks with whom, who nobody talks with, and the plan to keep it alive.
public sealed partial record AccountSheet
{
    private static SheetAnswer Conversations(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        foreach (var e in f.Talks)
        {
            if (f.Map.Find(e.From) is not { } us || f.Map.Find(e.To) is not { } them) continue;
            var fit = ContactMatrix.Fit(us.Level, them.Level);
            var met = f.Met.Pair(e.From, e.To);
            var last = met is { } d ? f["Sheet.Q4.LastContact", f.Date(d)] : f["Sheet.Q4.NoContact"];
            var strength = e.Strength is { } s ? Formats.Strength(s) : f["Sheet.Q4.StrengthNotSet"];
            var status = e.Status is { } st ? f[$"Sheet.Status.{st}"] : "";
            lines.Add(new($"{us.Name} → {them.Name}", f["Sheet.Q4.Line", f.Who(us), f.Who(them), strength, status, last, f[$"Sheet.Fit.{fit}"]]));
            if (fit == PeerFit.Mismatch && e.Status != RelationshipStatus.Dormant)
                gaps.Add(f["Sheet.Q4.Gap.Mismatch", us.Name, f.Text.InSentence(us.Level), them.Name, f.Text.InSentence(them.Level)]);
            if (e.Status == RelationshipStatus.Active && met is null)
                gaps.Add(f["Sheet.Q4.Gap.NoLastContact", us.Name, them.Name]);
        }
        if (f.Talks.Count == 0 && f.People.Count > 0)
            gaps.Add(f["Sheet.Q4.Gap.Nobody"]);
        return Answer(f, 4, lines, gaps, f["Sheet.Q4.Empty"]);
    }

    private static SheetAnswer Coverage(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        var covered = f.Members.Where(m => f.TalkedTo.Contains(m.Id)).Select(m => m.Name).ToList();
        if (f.Members.Count > 0)
        {
            var of = f.Members.Count == 1 ? f["Sheet.Q5.Covered.One", covered.Count] : f["Sheet.Q5.Covered.Many", covered.Count, f.Members.Count];
            lines.Add(new(f["Sheet.Q5.Covered"], covered.Count == 0 ? of + "." : $"{of}: {f.AndAtMost(covered)}."));
        }
        foreach (var m in f.Members.Where(m => !f.TalkedTo.Contains(m.Id)))
        {
            var what = m.Roles.Count > 0 ? f.Roles(m) : f["Sheet.Influence.High"];
            gaps.Add(SheetFacts.Sentences(f["Sheet.Q5.Gap.Uncovered", f.Who(m), what], OnlyPlanned(f, m)));
        }
        return Answer(f, 5, lines, gaps, f["Sheet.Q5.Empty"]);
    }

    private static SheetAnswer ContactPlan(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        var matrix = ContactMatrix.Build(f.Map, f.Text);
        if (matrix.Rows.Count > 0 && matrix.Columns.Count > 0)
        {
            var peer = f.Talks.Count(e => e.Status != RelationshipStatus.Planned && ContactMatrix.Fit(f.Map.Find(e.From)?.Level, f.Map.Find(e.To)?.Level) == PeerFit.Peer);
            int Of(RelationshipStatus s) => f.Talks.Count(e => e.Status == s);
            lines.Add(new(f["Sheet.Q10.Matrix"], f["Sheet.Q10.Summary", f.Count(matrix.Rows.Count, "Sheet.People"), f.Count(matrix.Columns.Count, "Sheet.People"),
                f.Count(f.Talks.Count, "Sheet.Relationships"), Of(RelationshipStatus.Active), Of(RelationshipStatus.Planned), Of(RelationshipStatus.Dormant), peer]));
        }
        foreach (var s in matrix.Suggestions)
            lines.Add(new(f["Sheet.Q10.Suggested"], s.Why));
        foreach (var e in f.Talks.Where(e => RelationshipPlan.Due(e, f.Met) is not null))
        {
            var due = RelationshipPlan.Due(e, f.Met)!.Value;
            var overdue = RelationshipPlan.IsOverdue(e, f.Met);
            var every = f.Count(e.CadenceDays!.Value, "Sheet.Every");
            lines.Add(new(f[overdue ? "Sheet.Q10.Overdue" : "Sheet.Q10.Next"], f["Sheet.Q10.Due", f.Name(e.From), f.Name(e.To), f.Date(due), every]));
            if (overdue)
                gaps.Add(f["Sheet.Q10.Gap.Overdue", f.Name(e.From), f.Name(e.To), f.Date(due), f.Date(f.Met.Pair(e.From, e.To)!.Value), every]);
        }
        foreach (var e in f.Talks.Where(e => e.Status == RelationshipStatus.Active && e.CadenceDays is null))
            gaps.Add(f["Sheet.Q10.Gap.NoCadence", f.Name(e.From), f.Name(e.To)]);
        if (matrix.Rows.Count == 0 && f.People.Count > 0)
            gaps.Add(f["Sheet.Q10.Gap.NoOurs"]);
        return Answer(f, 10, lines, gaps, f["Sheet.Q10.Empty"]);
    }
}

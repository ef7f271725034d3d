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
            var last = met is { } d ? $"last contact {f.Date(d)}" : "no contact logged";
            lines.Add(new($"{us.Name} → {them.Name}",
                $"{f.Who(us)} with {f.Who(them)}: strength {(e.Strength is { } s ? Formats.Strength(s) : "not set")}, {e.Status?.ToString().ToLowerInvariant()}, {last}; {FitWords(fit)}."));
            if (fit == PeerFit.Mismatch && e.Status != RelationshipStatus.Dormant)
                gaps.Add($"{us.Name} ({us.Level?.Words()}) and {them.Name} ({them.Level?.Words()}) are two or more levels apart; the relationship is not peer to peer.");
            if (e.Status == RelationshipStatus.Active && met is null)
                gaps.Add($"No last contact is logged for {us.Name} and {them.Name}, though the relationship is active.");
        }
        if (f.Talks.Count == 0 && f.People.Count > 0)
            gaps.Add("Nobody of ours talks with anyone at this account yet.");
        return Answer(4, lines, gaps, "No relationships between our people and theirs are recorded yet.");
    }

    private static string FitWords(PeerFit fit) => fit switch
    {
        PeerFit.Peer => "peer to peer",
        PeerFit.Acceptable => "one level apart",
        PeerFit.Mismatch => "levels mismatched",
        _ => "peer fit unknown (a level is missing)",
    };

    private static SheetAnswer Coverage(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        var covered = f.Members.Where(m => f.TalkedTo.Contains(m.Id)).Select(m => m.Name).ToList();
        if (f.Members.Count > 0)
            lines.Add(new("Covered", $"{covered.Count} of {SheetFacts.Count(f.Members.Count, "buying-center member", "buying-center members")}" +
                (covered.Count == 0 ? "." : $": {SheetFacts.List(covered, "and")}.")));
        foreach (var m in f.Members.Where(m => !f.TalkedTo.Contains(m.Id)))
        {
            var what = m.Roles.Count > 0 ? SheetFacts.Roles(m) : "high influence";
            var sentence = $"Nobody of ours talks with {f.Who(m)}, {what}.";
            var planned = f.Talks.Where(e => e.To == m.Id && e.Status == RelationshipStatus.Planned).Select(e => f.Name(e.From)).ToList();
            if (planned.Count > 0) sentence += $" A conversation with {SheetFacts.List(planned, "and")} is only planned.";
            gaps.Add(sentence);
        }
        return Answer(5, lines, gaps, "No buying-center members are mapped yet, so coverage cannot be judged.");
    }

    private static SheetAnswer ContactPlan(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        var matrix = ContactMatrix.Build(f.Map);
        if (matrix.Rows.Count > 0 && matrix.Columns.Count > 0)
        {
            var peer = f.Talks.Count(e => e.Status != RelationshipStatus.Planned && ContactMatrix.Fit(f.Map.Find(e.From)?.Level, f.Map.Find(e.To)?.Level) == PeerFit.Peer);
            string Of(RelationshipStatus s) => $"{f.Talks.Count(e => e.Status == s)} {s.ToString().ToLowerInvariant()}";
            lines.Add(new("Matrix", $"{SheetFacts.Count(matrix.Rows.Count, "person", "people")} of ours × {SheetFacts.Count(matrix.Columns.Count, "person", "people")} of theirs; " +
                $"{SheetFacts.Count(f.Talks.Count, "relationship", "relationships")} ({Of(RelationshipStatus.Active)}, {Of(RelationshipStatus.Planned)}, {Of(RelationshipStatus.Dormant)}); {peer} peer to peer."));
        }
        foreach (var s in matrix.Suggestions)
            lines.Add(new("Suggested", s.Why));
        foreach (var e in f.Talks.Where(e => RelationshipPlan.Due(e, f.Met) is not null && e.Status != RelationshipStatus.Dormant))
        {
            var due = RelationshipPlan.Due(e, f.Met)!.Value;
            var overdue = RelationshipPlan.IsOverdue(e, f.Met);
            lines.Add(new(overdue ? "Overdue" : "Next contact", $"{f.Name(e.From)} with {f.Name(e.To)}: due {f.Date(due)} (every {e.CadenceDays} days)."));
            if (overdue)
                gaps.Add($"{f.Name(e.From)} is overdue to contact {f.Name(e.To)}: due {f.Date(due)}, last contact {f.Date(f.Met.Pair(e.From, e.To)!.Value)}, every {e.CadenceDays} days.");
        }
        foreach (var e in f.Talks.Where(e => e.Status == RelationshipStatus.Active && e.CadenceDays is null))
            gaps.Add($"No contact cadence is planned for {f.Name(e.From)} with {f.Name(e.To)}.");
        if (matrix.Rows.Count == 0 && f.People.Count > 0)
            gaps.Add("Nobody of ours is on this account yet.");
        return Answer(10, lines, gaps, "Nobody of ours and nobody of theirs is on the map yet, so there is no contact matrix.");
    }
}

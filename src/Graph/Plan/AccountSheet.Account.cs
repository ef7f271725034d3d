using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

// Questions 8 and 9: the meetings held and planned; where we stand as a supplier.
public sealed partial record AccountSheet
{
    private static SheetAnswer Meetings(SheetFacts f)
    {
        var lines = new List<SheetLine>();
        var gaps = new List<string>();
        var meetings = f.Map.OfKind(NodeKind.Meeting).OrderBy(m => m.Date ?? DateOnly.MaxValue).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var attended = f.Map.Edges.Where(e => e.Type == EdgeType.ATTENDED).ToLookup(e => e.To, e => e.From, StringComparer.Ordinal);
        string Who(Node m) => attended[m.Id].Select(f.Name).Order(StringComparer.CurrentCulture).ToList() is { Count: > 0 } names
            ? f["Sheet.Q8.With", f.And(names)] : f["Sheet.Q8.NobodyAttending"];
        foreach (var m in meetings.Where(m => m.Held))
        {
            var how = m.Method is { } method ? f.Text.InSentence(method) : f["Sheet.Q8.NoMethod"];
            var outcome = string.IsNullOrWhiteSpace(m.Outcome) ? f["Sheet.Q8.NoOutcome"] : f["Sheet.Q8.Outcome", m.Outcome.Trim().TrimEnd('.')];
            var next = string.IsNullOrWhiteSpace(m.NextSteps) ? null : f["Sheet.Q8.NextSteps", m.NextSteps.Trim().TrimEnd('.')];
            lines.Add(new(m.Date is { } d ? f["Sheet.Q8.Held", f.Date(d)] : f["Sheet.Q8.Held.Undated"],
                SheetFacts.Sentences($"{m.Name} ({how}).", outcome, next, Who(m))));
            if (string.IsNullOrWhiteSpace(m.Outcome)) gaps.Add(f["Sheet.Q8.Gap.NoOutcome", m.Name]);
        }
        foreach (var m in meetings.Where(m => !m.Held))
        {
            lines.Add(new(m.Date is { } d ? f["Sheet.Q8.Planned", f.Date(d)] : f["Sheet.Q8.Planned.Undated"], SheetFacts.Sentences($"{m.Name}.", Who(m))));
            if (m.Date is { } d2 && d2 < f.Today)
                gaps.Add(f["Sheet.Q8.Gap.NotHeld", m.Name, f.Date(d2)]);
        }
        if (!meetings.Any(m => !m.Held && (m.Date is null || m.Date >= f.Today)))
            gaps.Add(f["Sheet.Q8.Gap.NoNext"]);
        foreach (var member in f.Members.Where(p => !f.Met.Recently(p.Id)))
            gaps.Add(f.Met.Person(member.Id) is { } last
                ? f["Sheet.Q8.Gap.NotMet", f.Who(member), LastMet.RecentDays, f.Date(last)]
                : f["Sheet.Q8.Gap.NeverMet", f.Who(member), LastMet.RecentDays]);
        return Answer(f, 8, lines, gaps, f["Sheet.Q8.Empty"]);
    }

    private static SheetAnswer Position(SheetFacts f)
    {
        var a = f.Map.Account;
        var gaps = new List<string>();
        string YesNo(bool b) => f[b ? "Sheet.Yes" : "Sheet.No"];
        var lines = new List<SheetLine>
        {
            new(f["Sheet.Q9.Position"], f[$"Sheet.Position.{a.Position}"] + "."),
            new(f["Sheet.Q9.Share"], a.ShareOfWallet is { } s ? f["Sheet.Q9.Share.Of", Formats.Share(s)] : f["Sheet.Q9.Share.Unknown"]),
            new(f["Sheet.Q9.Potential"], a.PotentialAmount is { } p ? Formats.Money(p, a.PotentialCurrency) + "." : f["Sheet.Q9.Potential.Unknown"]),
            new(f["Sheet.Q9.Innovations"], YesNo(a.BringsInnovations)),
            new(f["Sheet.Q9.Development"], YesNo(a.InvolvesInDevelopment)),
            new(f["Sheet.Q9.Strategy"], YesNo(a.ConsultsOnStrategy)),
        };
        foreach (var h in a.History)
        {
            var position = f[$"Sheet.Position.{h.Position}"];
            lines.Add(new(f.Date(h.Date), h.ShareOfWallet is { } hs ? f["Sheet.Q9.History.Share", position, Formats.Share(hs)] : position + "."));
        }
        if (a.History.Count == 0) lines.Add(new(f["Sheet.Q9.History"], f["Sheet.Q9.History.None"]));
        if (a.Position is SupplierPosition.Potential or SupplierPosition.Listed && a.ShareOfWallet == 0)
            gaps.Add(f[$"Sheet.Q9.Gap.NothingSold.{a.Position}", Formats.Share(0)]);
        if (a.ShareOfWallet is null) gaps.Add(f["Sheet.Q9.Gap.ShareUnknown"]);
        if (a.PotentialAmount is null) gaps.Add(f["Sheet.Q9.Gap.PotentialUnknown"]);
        if (a.Position >= SupplierPosition.Preferred && !a.BringsInnovations)
            gaps.Add(f["Sheet.Q9.Gap.NoInnovations", f[$"Sheet.Position.{a.Position}"]]);
        if (a.Position >= SupplierPosition.DevelopmentPartner && !a.InvolvesInDevelopment)
            gaps.Add(f["Sheet.Q9.Gap.NoDevelopment", f[$"Sheet.Position.{a.Position}"]]);
        if (a.Position == SupplierPosition.StrategicPartner && !a.ConsultsOnStrategy)
            gaps.Add(f["Sheet.Q9.Gap.NoStrategy"]);
        return Answer(f, 9, lines, gaps, "");
    }
}

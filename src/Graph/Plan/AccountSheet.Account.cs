using System.Globalization;
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
            ? $" With {SheetFacts.List(names, "and")}." : " Nobody is linked as attending.";
        foreach (var m in meetings.Where(m => m.Held))
        {
            var how = m.Method is { } method ? Method(method) : "method not logged";
            var outcome = string.IsNullOrWhiteSpace(m.Outcome) ? " No outcome logged." : $" Outcome: {m.Outcome.Trim().TrimEnd('.')}.";
            var next = string.IsNullOrWhiteSpace(m.NextSteps) ? "" : $" Next steps: {m.NextSteps.Trim().TrimEnd('.')}.";
            lines.Add(new(m.Date is { } d ? $"Held {f.Date(d)}" : "Held, undated", $"{m.Name} ({how}).{outcome}{next}{Who(m)}"));
            if (string.IsNullOrWhiteSpace(m.Outcome)) gaps.Add($"The outcome of the meeting “{m.Name}” is not logged.");
        }
        foreach (var m in meetings.Where(m => !m.Held))
        {
            lines.Add(new(m.Date is { } d ? $"Planned {f.Date(d)}" : "Planned, undated", $"{m.Name}.{Who(m)}"));
            if (m.Date is { } d2 && d2 < f.Today)
                gaps.Add($"The meeting “{m.Name}” was planned for {f.Date(d2)} and is not logged as held.");
        }
        if (!meetings.Any(m => !m.Held && (m.Date is null || m.Date >= f.Today)))
            gaps.Add("No next meeting is planned.");
        foreach (var member in f.Members.Where(p => !f.Met.Recently(p.Id)))
            gaps.Add($"We have not met {f.Who(member)} in the last {LastMet.RecentDays} days" +
                (f.Met.Person(member.Id) is { } last ? $" (last met {f.Date(last)})." : ", and no earlier meeting or contact is logged."));
        return Answer(8, lines, gaps, "No meetings logged yet. Plan or log one on the account's Meetings page; held and planned meetings then show here with their objective, method and outcome.");
    }

    private static string Method(MeetingMethod m) => m switch
    {
        MeetingMethod.OnSite => "on site",
        MeetingMethod.Video => "video call",
        MeetingMethod.Call => "phone call",
        _ => m.ToString().ToLowerInvariant(),
    };

    private static SheetAnswer Position(SheetFacts f)
    {
        var a = f.Map.Account;
        var gaps = new List<string>();
        var lines = new List<SheetLine>
        {
            new("Supplier position", a.Position.Words() + "."),
            new("Share of wallet", a.ShareOfWallet is { } s ? $"{s} % of the customer's purchasing potential." : "not known."),
            new("Purchasing potential", a.PotentialAmount is { } p
                ? $"{p.ToString("#,0.##", CultureInfo.InvariantCulture)} {a.PotentialCurrency}".TrimEnd() + "." : "not known."),
            new("Brings us innovations first", a.BringsInnovations ? "yes." : "no."),
            new("Involves us in product or process development", a.InvolvesInDevelopment ? "yes." : "no."),
            new("Consults us on strategy", a.ConsultsOnStrategy ? "yes." : "no."),
        };
        foreach (var h in a.History)
            lines.Add(new(f.Date(h.Date), $"{h.Position.Words()}" + (h.ShareOfWallet is { } hs ? $", {hs} % share of wallet." : ".")));
        if (a.History.Count == 0) lines.Add(new("History", "no changes of position are recorded."));
        if (a.Position is SupplierPosition.Potential or SupplierPosition.Listed && a.ShareOfWallet == 0)
            gaps.Add($"We are {(a.Position == SupplierPosition.Listed ? "listed" : "only a potential supplier")} with a 0 % share of wallet: the account buys nothing from us yet.");
        if (a.ShareOfWallet is null) gaps.Add("Our share of wallet is not known.");
        if (a.PotentialAmount is null) gaps.Add("The customer's purchasing potential is not known.");
        if (a.Position >= SupplierPosition.Preferred && !a.BringsInnovations)
            gaps.Add($"We are marked {a.Position.Words()}, yet the account does not bring us innovations first.");
        if (a.Position >= SupplierPosition.DevelopmentPartner && !a.InvolvesInDevelopment)
            gaps.Add($"We are marked {a.Position.Words()}, yet the account does not involve us in product or process development.");
        if (a.Position == SupplierPosition.StrategicPartner && !a.ConsultsOnStrategy)
            gaps.Add("We are marked strategic partner, yet the account does not consult us on strategy.");
        return Answer(9, lines, gaps, "");
    }
}

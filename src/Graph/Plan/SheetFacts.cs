using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>What the sheet's answers read, computed once, and the words they share.</summary>
internal sealed class SheetFacts
{
    public SheetFacts(AccountMap map, DateOnly today)
    {
        Map = map;
        Today = today;
        People = [.. map.OfKind(NodeKind.Person).OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id, StringComparer.Ordinal)];
        Members = [.. People.Where(ContactMatrix.IsMember)];
        Ours = [.. map.OfKind(NodeKind.Counterpart).OrderBy(c => c.Name, StringComparer.CurrentCulture).ThenBy(c => c.Id, StringComparer.Ordinal)];
        Talks = [.. map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH)
            .OrderBy(e => Name(e.From), StringComparer.CurrentCulture).ThenBy(e => Name(e.To), StringComparer.CurrentCulture)];
        TalkedTo = new HashSet<string>(Talks.Where(e => e.Status != RelationshipStatus.Planned).Select(e => e.To), StringComparer.Ordinal);
        Met = LastMet.Of(map, today);
    }

    public AccountMap Map { get; }
    public DateOnly Today { get; }
    public IReadOnlyList<Node> People { get; }
    /// <summary>Buying-center members: any buying role, or high influence.</summary>
    public IReadOnlyList<Node> Members { get; }
    public IReadOnlyList<Node> Ours { get; }
    /// <summary>Every TALKS_WITH, planned ones too, by our name then theirs.</summary>
    public IReadOnlyList<Edge> Talks { get; }
    /// <summary>People someone of ours really talks with (not only planned).</summary>
    public IReadOnlySet<string> TalkedTo { get; }
    /// <summary>When we last met each of their people, and each pair: the one definition of "met".</summary>
    public LastMet Met { get; }

    public IEnumerable<Node> WithRole(BuyingRole role) => People.Where(p => p.Has(role));

    public string Name(string id) => Map.Find(id)?.Name ?? id;

    public string? FunctionName(Node person) => Map.FunctionOf(person.Id) is { } f ? Map.Find(f)?.Name : null;

    /// <summary>"María Vidal (CFO, Finance)": the name in full with whatever title and function are known.</summary>
    public string Who(Node n)
    {
        var about = n.Kind == NodeKind.Counterpart
            ? new[] { n.TeamRole?.Words(), n.Level?.Words() }
            : [n.Title ?? n.Level?.Words(), FunctionName(n)];
        var known = about.Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        return known.Length == 0 ? n.Name : $"{n.Name} ({string.Join(", ", known)})";
    }

    /// <summary>A day as every page shows it (<see cref="Formats.Date"/>), the year only when it is not this year's.</summary>
    public string Date(DateOnly d) => Formats.Date(d, Today);

    public static string Stance(Stance? s) => s is null or Model.Stance.Unknown ? "stance unknown" : s.Value.ToString().ToLowerInvariant();

    public static string Roles(Node p) => List([.. p.Roles.Select(r => r.Words())], "and");

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items, string conjunction) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + $" {conjunction} " + items[^1],
    };

    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}

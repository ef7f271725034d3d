using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>What the sheet's answers read, computed once, and the words they share, in the reader's language.</summary>
internal sealed class SheetFacts
{
    public SheetFacts(AccountMap map, DateOnly today, IStringLocalizer text)
    {
        Map = map;
        Today = today;
        Text = text;
        People = [.. map.OfKind(NodeKind.Person).OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id, StringComparer.Ordinal)];
        Members = [.. People.Where(ContactMatrix.IsMember)];
        Ours = [.. map.OfKind(NodeKind.Counterpart).OrderBy(c => c.Name, StringComparer.CurrentCulture).ThenBy(c => c.Id, StringComparer.Ordinal)];
        Talks = [.. map.Edges.Where(e => e.Type == EdgeType.TALKS_WITH)
            .OrderBy(e => Name(e.From), StringComparer.CurrentCulture).ThenBy(e => Name(e.To), StringComparer.CurrentCulture)];
        TalkedTo = ContactMatrix.TalkedTo(map);
        Met = LastMet.Of(map, today);
    }

    public AccountMap Map { get; }
    public DateOnly Today { get; }
    /// <summary>The reader's words (the app's Text resources), handed in by the caller.</summary>
    public IStringLocalizer Text { get; }
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

    /// <summary>A template of the sheet's in the reader's language.</summary>
    public string this[string key, params object[] args] => Text[key, args];

    public IEnumerable<Node> WithRole(BuyingRole role) => People.Where(p => p.Has(role));

    public string Name(string id) => Map.Find(id)?.Name ?? id;

    public string? FunctionName(Node person) => Map.FunctionOf(person.Id) is { } f ? Map.Find(f)?.Name : null;

    /// <summary>"María Vidal (CFO, Finance)": the name in full with whatever title and function are known.</summary>
    public string Who(Node n)
    {
        var about = n.Kind == NodeKind.Counterpart
            ? new string?[] { Text.InSentence(n.TeamRole), Text.InSentence(n.Level) }
            : [n.Title ?? Text.InSentence(n.Level), FunctionName(n)];
        var known = about.Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        return known.Length == 0 ? n.Name : $"{n.Name} ({string.Join(", ", known)})";
    }

    /// <summary>A day as every page shows it (<see cref="Formats.Date"/>), the year only when it is not this year's.</summary>
    public string Date(DateOnly d) => Formats.Date(d, Today);

    /// <summary>A stance inside a sentence ("skeptic", "escéptico", "Skeptiker", "neutral"), or that it is unknown.</summary>
    public string Stance(Stance? s) => Text[$"Sheet.Stance.{s ?? Model.Stance.Unknown}"];

    public string Roles(Node p) => And([.. p.Roles.Select(r => Text.InSentence(r))]);

    /// <summary>"A", "A and B", "A, B and C" in the reader's language.</summary>
    public string And(IReadOnlyList<string> items) => Text.And(items);

    /// <summary>
    /// Like <see cref="And"/>, but a list longer than <paramref name="max"/> names its first ones and says how many more
    /// ("A, B, C and 488 more"): a 500-person account would otherwise fill a page with one sentence.
    /// </summary>
    public string AndAtMost(IReadOnlyList<string> items, int max = 12) =>
        items.Count <= max ? Text.And(items) : Text["Sheet.AndMore", string.Join(", ", items.Take(max)), items.Count - max];

    /// <summary>A counted noun through its two keys, "1 person" (<paramref name="key"/>.One) or "3 people" (<paramref name="key"/>.Many, {0} the count).</summary>
    public string Count(int n, string key) => n == 1 ? Text[key + ".One"] : Text[key + ".Many", n];

    /// <summary>Sentences one after another, the empty ones left out.</summary>
    public static string Sentences(params string?[] sentences) => string.Join(" ", sentences.Where(s => !string.IsNullOrEmpty(s)));
}

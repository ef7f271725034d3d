using System.Collections;
using System.Globalization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

/// <summary>
/// The history in words, English for now, built here and only here from the structured items
/// (<see cref="ChangeStory"/>, <see cref="MapDiff"/>, <see cref="Revert"/>): "Ana Ruiz changed Lois
/// Conroy's stance from skeptic to neutral", "Jordi Puig added Marta Gil, Plant Manager, in Production,
/// reporting to Pedro Ruiz". Days and strengths are shown with <see cref="Formats"/>.
/// </summary>
public static partial class HistoryWords
{
    public static IReadOnlyList<string> Sentences(HistoryEntry entry, DateOnly today, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return [.. entry.Items.Select(i => Sentence(entry, i, today, culture))];
    }

    public static string Sentence(HistoryEntry entry, ChangeItem item, DateOnly today, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(item);
        var by = entry.By.Name;
        var back = entry.Kind is ChangeKind.Undo or ChangeKind.Restore;
        var text = item.What switch
        {
            Happened.Created => $"{by} created the account{Counts(item)}",
            Happened.Imported => $"{by} imported the account{Counts(item)}",
            Happened.Based => $"The history before this was cleared; the account stood here{Counts(item)}",
            Happened.Added when item.Node is { } n => $"{by} {(back ? "brought back" : "added")} {Added(entry, item, n)}",
            Happened.Removed when item.Node is { } n => $"{by} removed {Thing(n)}{(item.Relationships > 0 ? $" and {Count(item.Relationships, "relationship")}" : "")}",
            Happened.Moved when item.Node is { } n => $"{by} moved {Thing(n)} on the map",
            Happened.Changed when item.Node is { } n => $"{by} changed {Possessive(Thing(n))} {Phrases(item.Fields, entry.Name, today, culture)}",
            Happened.Changed when item.Edge is { } e => $"{by} changed the relationship {Relationship(e, entry.Name)}: {Phrases(item.Fields, entry.Name, today, culture)}",
            Happened.Changed when item.ElementId is { } id => $"{by} changed {Possessive(entry.Name(id))} {Phrases(item.Fields, entry.Name, today, culture)}",
            Happened.Changed => $"{by} changed the account's {Phrases(item.Fields, entry.Name, today, culture)}",
            Happened.Added when item.Edge is { } e => $"{by} {(back ? "brought back" : "added")} the relationship {Relationship(e, entry.Name)}{Strength(e)}",
            Happened.Removed when item.Edge is { } e => $"{by} removed the relationship {Relationship(e, entry.Name)}",
            _ => $"{by} changed the map",
        };
        return text + Suffix(entry) + ".";
    }

    /// <summary>"stance from skeptic to neutral", for one field.</summary>
    public static string Phrase(FieldChange f, Func<string?, string> name, DateOnly today, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var (before, after) = (Value(f.Field, f.Before, name, today, culture), Value(f.Field, f.After, name, today, culture));
        return Empty(f.Before) ? $"{Label(f.Field)} to {after}" : $"{Label(f.Field)} from {before} to {after}";
    }

    /// <summary>A field's value as people read it: names for ids, a stance in lower case, "4/5", a day, quoted text.</summary>
    public static string Value(string field, object? value, Func<string?, string> name, DateOnly today, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (field, value) switch
        {
            ("function", null) => "no function",
            ("function", string id) => name(id),
            ("roles", IEnumerable roles) when !roles.Cast<object>().Any() => "no buying role",
            ("roles", IEnumerable roles) => string.Join(", ", roles.Cast<BuyingRole>().Select(r => r.Words())),
            ("documents", IEnumerable docs) => Count(docs.Cast<object>().Count(), "document"),
            ("history", IEnumerable h) => Count(h.Cast<object>().Count(), "entry", "entries"),
            (_, null) => "none",
            ("strength", int s) => Formats.Strength(s),
            ("shareOfWallet", int w) => string.Create(CultureInfo.InvariantCulture, $"{w} %"),
            ("cadenceDays", int d) => Count(d, "day"),
            (_, Level l) => l.Words(),
            (_, TeamRole t) => t.Words(),
            (_, SupplierPosition p) => p.Words(),
            (_, BuyingRole r) => r.Words(),
            (_, Enum e) => Spaced(e.ToString()),
            (_, DateOnly d) => Formats.Date(d, today, culture),
            (_, bool b) => b ? "yes" : "no",
            (_, string s) => $"“{(s.Length > 60 ? s[..57].TrimEnd() + "…" : s)}”",
            (_, IFormattable n) => n.ToString(null, culture ?? CultureInfo.CurrentCulture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>A field's name in words: "buying roles", "share of wallet", "supplier position".</summary>
    public static string Label(string field) => field switch
    {
        "roles" => "buying roles",
        "position" => "supplier position",
        "history" => "position history",
        "cadenceDays" => "cadence",
        "linkedIn" => "profile link",
        "teamRole" => "team role",
        "potentialAmount" => "purchasing potential",
        "potentialCurrency" => "currency",
        "bringsInnovations" => "“brings us innovations”",
        "involvesInDevelopment" => "“involves us in development”",
        "consultsOnStrategy" => "“consults us on strategy”",
        "held" => "held",
        _ => Spaced(field),
    };

    /// <summary>How a node is named in a sentence: people by name, other kinds with what they are.</summary>
    public static string Thing(Node n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return n.Kind switch
        {
            NodeKind.Function => $"the function {n.Name}",
            NodeKind.Meeting => $"the meeting “{n.Name}”",
            NodeKind.Concern => $"the concern “{n.Name}”",
            NodeKind.Argument => $"the argument “{n.Name}”",
            _ => n.Name,
        };
    }

    public static string Relationship(Edge e, Func<string?, string> name)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(name);
        return $"{name(e.From)} {EdgeRules.Verb(e.Type)} {name(e.To)}";
    }

    private static string Added(HistoryEntry entry, ChangeItem item, Node n)
    {
        var parts = new List<string> { Thing(n) };
        if (n.Kind == NodeKind.Counterpart && n.TeamRole is { } role) parts[0] += $" ({role.Words()}) to our team";
        if (n.Kind is NodeKind.Person && n.Title is { Length: > 0 } title) parts.Add(title);
        if (item.FunctionId is { } f) parts.Add("in " + entry.Name(f));
        if (item.ManagerId is { } m) parts.Add("reporting to " + entry.Name(m));
        return string.Join(", ", parts);
    }

    private static string Phrases(IReadOnlyList<FieldChange> fields, Func<string?, string> name, DateOnly today, CultureInfo? culture)
    {
        // A position change also writes its history entry: the position says it, the entry need not.
        var told = fields.Any(f => f.Field is "position" or "shareOfWallet") ? fields.Where(f => f.Field != "history").ToList() : fields;
        return List([.. told.Select(f => Phrase(f, name, today, culture))]);
    }

    private static string Suffix(HistoryEntry e) => (e.Kind, e.By.Of) switch
    {
        (ChangeKind.Undo, { } v) => $" (undoing version {v})",
        (ChangeKind.Restore, { } v) => $" (restored from version {v})",
        _ => "",
    };

    private static string Counts(ChangeItem i)
    {
        var parts = new List<string>();
        if (i.People > 0) parts.Add(Count(i.People, "person", "people"));
        if (i.Ours > 0) parts.Add(i.Ours + " of ours");
        if (i.Relationships > 0) parts.Add(Count(i.Relationships, "relationship"));
        return parts.Count == 0 ? "" : " with " + List(parts);
    }

    private static string Strength(Edge e) => e.Strength is { } s && EdgeRules.HasStrength(e.Type) ? $" ({Formats.Strength(s)})" : "";

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static bool Empty(object? v) => v is null || (v is string s && s.Length == 0) || (v is IEnumerable l and not string && !l.Cast<object>().Any());

    private static string Count(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");

    private static string List(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    private static string Spaced(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}

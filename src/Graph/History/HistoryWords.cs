using System.Collections;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

/// <summary>
/// The history in the reader's words, composed here and only here at read time from the structured items
/// (<see cref="ChangeStory"/>, <see cref="MapDiff"/>, <see cref="Revert"/>): the store keeps facts, never sentences,
/// so one commit reads "Ana Ruiz changed Lois Conroy's stance from skeptic to neutral", "Ana Ruiz cambió en Lois
/// Conroy: actitud de escéptico a neutral" or "Ana Ruiz hat bei Lois Conroy geändert: Haltung von Skeptiker auf
/// neutral". One template per kind of sentence ("History.*" in Text.resx); days and strengths through <see cref="Formats"/>.
/// </summary>
public static partial class HistoryWords
{
    public static IReadOnlyList<string> Sentences(HistoryEntry entry, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return [.. entry.Items.Select(i => Sentence(entry, i, today, text))];
    }

    public static string Sentence(HistoryEntry entry, ChangeItem item, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(text);
        var by = entry.By.Name;
        var back = entry.Kind is ChangeKind.Undo or ChangeKind.Restore ? "BroughtBack" : "Added";
        string Fields() => Phrases(item.Fields, entry.Name, today, text);
        var sentence = item.What switch
        {
            Happened.Created or Happened.Imported => Counts(text, item) is { } c ? text[$"History.{item.What}.With", by, c] : text[$"History.{item.What}", by],
            Happened.Based => Counts(text, item) is { } c ? text["History.Based.With", c] : text["History.Based"],
            Happened.Added when item.Node is { } n => text[$"History.{back}.{Who(n)}", by, Added(entry, item, n, text)],
            Happened.Removed when item.Node is { } n => item.Relationships > 0
                ? text[$"History.Removed.{Who(n)}.With", by, Thing(text, n), Count(text, item.Relationships, "Sheet.Relationships")]
                : text[$"History.Removed.{Who(n)}", by, Thing(text, n)],
            Happened.Moved when item.Node is { } n => text[$"History.Moved.{Who(n)}", by, Thing(text, n)],
            Happened.Changed when item.Node is { } n => text["History.Changed.Node", by, Thing(text, n), Fields()],
            Happened.Changed when item.Edge is { } e => text["History.Changed.Relationship", by, Relationship(text, e, entry.Name), Fields()],
            Happened.Changed when item.ElementId is { } id => text["History.Changed.Node", by, entry.Name(id), Fields()],
            Happened.Changed => text["History.Changed.Account", by, Fields()],
            Happened.Added when item.Edge is { } e => e.Strength is { } s && EdgeRules.HasStrength(e.Type)
                ? text[$"History.{back}.Relationship.Strength", by, Relationship(text, e, entry.Name), Formats.Strength(s)]
                : text[$"History.{back}.Relationship", by, Relationship(text, e, entry.Name)],
            Happened.Removed when item.Edge is { } e => text["History.Removed.Relationship", by, Relationship(text, e, entry.Name)],
            _ => text["History.ChangedMap", by],
        };
        return Suffix(text, entry) is { } suffix ? $"{sentence} {suffix}." : sentence + ".";
    }

    /// <summary>"stance from skeptic to neutral", for one field.</summary>
    public static string Phrase(FieldChange f, Func<string?, string> name, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(f);
        var after = Value(f.Field, f.After, name, today, text);
        return Empty(f.Before)
            ? text["History.Phrase.To", Label(text, f.Field), after]
            : text["History.Phrase.FromTo", Label(text, f.Field), Value(f.Field, f.Before, name, today, text), after];
    }

    /// <summary>A field's value as people read it: names for ids, a stance as a word of the sentence, "4/5", a day, quoted text.</summary>
    public static string Value(string field, object? value, Func<string?, string> name, DateOnly today, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return (field, value) switch
        {
            ("function", null) => text["History.Value.NoFunction"],
            ("function", string id) => name(id),
            ("roles", IEnumerable roles) when !roles.Cast<object>().Any() => text["History.Value.NoRole"],
            ("roles", IEnumerable roles) => string.Join(", ", roles.Cast<BuyingRole>().Select(r => text.InSentence(r))),
            ("documents", IEnumerable docs) => Count(text, docs.Cast<object>().Count(), "History.Documents"),
            ("history", IEnumerable h) => Count(text, h.Cast<object>().Count(), "History.Entries"),
            (_, null) => text["History.Value.None"],
            ("strength", int s) => Formats.Strength(s),
            ("shareOfWallet", int w) => Formats.Share(w),
            ("cadenceDays", int d) => Count(text, d, "History.Days"),
            (_, SupplierPosition p) => text[$"Sheet.Position.{p}"],
            (_, Stance st) when st != Stance.Unknown => text[$"Sheet.Stance.{st}"],
            (_, RelationshipStatus s) => text[$"Sheet.Status.{s}"],
            (_, Enum e) => text.InSentenceOrNull(e) ?? Spaced(e.ToString()),
            (_, DateOnly d) => Formats.Date(d, today),
            (_, bool b) => text[b ? "History.Yes" : "History.No"],
            (_, string s) => text["History.Quoted", s.Length > 60 ? s[..57].TrimEnd() + "…" : s],
            (_, IFormattable n) => n.ToString(null, System.Globalization.CultureInfo.CurrentCulture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>A field's name in words ("History.Field.roles": "buying roles", "roles de compra", "Rollen im Buying Center").</summary>
    public static string Label(IStringLocalizer text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(field);
        return text[$"History.Field.{field}"] is { ResourceNotFound: false } label ? label.Value : Spaced(field);
    }

    /// <summary>How a node is named in a sentence: people by name, other kinds with what they are.</summary>
    public static string Thing(IStringLocalizer text, Node n)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(n);
        return n.Kind is NodeKind.Function or NodeKind.Meeting or NodeKind.Concern or NodeKind.Argument ? text[$"History.Thing.{n.Kind}", n.Name] : n.Name;
    }

    /// <summary>"Lois Conroy reports to Pedro Ruiz", "Lois Conroy reporta a Pedro Ruiz".</summary>
    public static string Relationship(IStringLocalizer text, Edge e, Func<string?, string> name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(name);
        return text[$"History.Verb.{e.Type}", name(e.From), name(e.To)];
    }

    /// <summary>People take their own templates: Spanish puts "a" before a person it adds, removes or moves.</summary>
    private static string Who(Node n) => n.Kind is NodeKind.Person or NodeKind.Counterpart ? "Person" : "Thing";

    private static string Added(HistoryEntry entry, ChangeItem item, Node n, IStringLocalizer text)
    {
        var parts = new List<string> { Thing(text, n) };
        if (n.Kind == NodeKind.Counterpart && n.TeamRole is { } role) parts[0] = text["History.ToOurTeam", parts[0], text.InSentence(role)];
        if (n.Kind is NodeKind.Person && n.Title is { Length: > 0 } title) parts.Add(title);
        if (item.FunctionId is { } f) parts.Add(text["History.InFunction", entry.Name(f)]);
        if (item.ManagerId is { } m) parts.Add(text["History.ReportingTo", entry.Name(m)]);
        return string.Join(", ", parts);
    }

    private static string Phrases(IReadOnlyList<FieldChange> fields, Func<string?, string> name, DateOnly today, IStringLocalizer text)
    {
        // A position change also writes its history entry: the position says it, the entry need not.
        var told = fields.Any(f => f.Field is "position" or "shareOfWallet") ? fields.Where(f => f.Field != "history").ToList() : fields;
        return text.And([.. told.Select(f => Phrase(f, name, today, text))]);
    }

    private static string? Suffix(IStringLocalizer text, HistoryEntry e) => (e.Kind, e.By.Of) switch
    {
        (ChangeKind.Undo, { } v) => text["History.Undoing", v].Value,
        (ChangeKind.Restore, { } v) => text["History.RestoredFrom", v].Value,
        _ => null,
    };

    /// <summary>" with 3 people, 2 of ours and 4 relationships" as its list ("3 people, 2 of ours and 4 relationships"), or null.</summary>
    private static string? Counts(IStringLocalizer text, ChangeItem i)
    {
        var parts = new List<string>();
        if (i.People > 0) parts.Add(Count(text, i.People, "Sheet.People"));
        if (i.Ours > 0) parts.Add(text["History.Ours", i.Ours]);
        if (i.Relationships > 0) parts.Add(Count(text, i.Relationships, "Sheet.Relationships"));
        return parts.Count == 0 ? null : text.And(parts);
    }

    /// <summary>A counted noun through its two keys, <paramref name="key"/>.One and .Many ({0} the count).</summary>
    private static string Count(IStringLocalizer text, int n, string key) => n == 1 ? text[key + ".One"] : text[key + ".Many", n];


    private static bool Empty(object? v) => v is null || (v is string s && s.Length == 0) || (v is IEnumerable l and not string && !l.Cast<object>().Any());

    private static string Spaced(string name) =>
        string.Concat(name.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}

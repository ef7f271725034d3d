using System.Collections;
using System.Reflection;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.History;

/// <summary>A field that changed: its camelCase name, its value before and after (ids, enums, numbers, text as the model holds them).</summary>
public sealed record FieldChange(string Field, object? Before, object? After);

/// <summary>
/// The fields of accounts, nodes and edges read from the records themselves, so a field added to the
/// model is compared, described and restored without being listed again. Identity (id, kind, type,
/// ends) and the version stamp are not fields; a node's place on the map is (x, y).
/// </summary>
public static class ElementFields
{
    private static readonly Dictionary<Type, PropertyInfo[]> Fields = new()
    {
        [typeof(Account)] = Of<Account>("Id", "Version"),
        [typeof(Node)] = Of<Node>("Id", "Kind", "Version"),
        [typeof(Edge)] = Of<Edge>("Id", "Type", "From", "To", "Version"),
    };

    /// <summary>Fields that place a card on the map: a change of only these is a move.</summary>
    public static readonly IReadOnlySet<string> Layout = new HashSet<string>(StringComparer.Ordinal) { "x", "y" };

    public static IReadOnlyList<string> Names<T>() where T : class => [.. Fields[typeof(T)].Select(p => Camel(p.Name))];

    /// <summary>Every field whose value differs, in declaration order.</summary>
    public static IReadOnlyList<FieldChange> Changes<T>(T before, T after) where T : class
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        List<FieldChange>? changes = null;
        foreach (var p in Fields[typeof(T)])
        {
            var (b, a) = (p.GetValue(before), p.GetValue(after));
            if (!Same(b, a)) (changes ??= []).Add(new FieldChange(Camel(p.Name), b, a));
        }
        return changes ?? (IReadOnlyList<FieldChange>)[];
    }

    public static object? Get<T>(T element, string field) where T : class => Property<T>(field).GetValue(element);

    /// <summary>A copy of the record with one field set (the record's own clone, then its init setter).</summary>
    public static T With<T>(T element, string field, object? value) where T : class
    {
        ArgumentNullException.ThrowIfNull(element);
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(element, null)!;
        Property<T>(field).SetValue(copy, value);
        return copy;
    }

    public static bool Has<T>(string field) where T : class => Fields[typeof(T)].Any(p => Camel(p.Name) == field);

    /// <summary>Equal values; lists (roles, documents, history) element by element.</summary>
    public static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string x, string y) => x == y,
        (IEnumerable x, IEnumerable y) => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => a.Equals(b),
    };

    private static PropertyInfo Property<T>(string field) =>
        Fields[typeof(T)].FirstOrDefault(p => Camel(p.Name) == field) ?? throw GraphException.Invalid(Errors.Say($"History.NotField.{typeof(T).Name.ToLowerInvariant()}", field), "field");

    private static PropertyInfo[] Of<T>(params string[] identity) =>
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && !identity.Contains(p.Name))
            .OrderBy(p => p.MetadataToken)];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

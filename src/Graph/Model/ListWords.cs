using Microsoft.Extensions.Localization;

namespace SalesOps.Graph.Model;

/// <summary>
/// Lists in the reader's language: "A", "A and B", "A, B and C" ("A, B y C", "A, B und C"). The last two
/// items join through "List.And"/"List.Or", the others through "List.Separator".
/// </summary>
public static class ListWords
{
    public static string And(this IStringLocalizer text, IReadOnlyList<string> items) => Join(text, items, "List.And");

    public static string Or(this IStringLocalizer text, IReadOnlyList<string> items) => Join(text, items, "List.Or");

    private static string Join(IStringLocalizer text, IReadOnlyList<string> items, string last)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => text[last, string.Join(text["List.Separator"], items.Take(items.Count - 1)), items[^1]],
        };
    }
}

using Microsoft.Extensions.Localization;

namespace SalesOps.Graph.Model;

/// <summary>
/// An enum value as a word inside a sentence ("Term.BuyingRole.DecisionMaker": "decision maker", "decisor",
/// "Entscheider"): labels (<see cref="EnumWords"/>) start with a capital, but mid-sentence only German nouns
/// keep theirs ("technischer Bewerter"), which no rule on the label's first letter gets right.
/// </summary>
public static class TermWords
{
    public static string Term<T>(this IStringLocalizer text, T value) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Term.{typeof(T).Name}.{value}"];
    }
}

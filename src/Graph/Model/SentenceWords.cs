using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SalesOps.Graph.Model;

/// <summary>
/// An enum word inside a sentence rather than on a label: "decision maker" in "Nobody is marked as decision maker",
/// "decisor" in Spanish, "Entscheider" in German. A word whose case no rule gets right ("technischer Bewerter",
/// "neutral") is spelled out under "Term.{Type}.{Value}"; any other is its label ("Enum.{Type}.{Value}") in lower
/// case for English and Spanish, with the capital German nouns keep. Adjectives that German writes in lower case
/// (a status, a result, a position) have their own sentence keys instead of going through here.
/// </summary>
public static class SentenceWords
{
    public static string InSentence<T>(this IStringLocalizer text, T value) where T : struct, Enum => text.InSentence((Enum)value);

    /// <summary>The word in a sentence, or <paramref name="none"/> when there is no value.</summary>
    public static string InSentence<T>(this IStringLocalizer text, T? value, string none = "") where T : struct, Enum =>
        value is { } v ? text.InSentence((Enum)v) : none;

    /// <summary>The word for a value of any enum; null when the resources have no word for it.</summary>
    public static string? InSentenceOrNull(this IStringLocalizer text, Enum value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        var term = text[$"Term.{value.GetType().Name}.{value}"];
        if (!term.ResourceNotFound && term.Value.Length > 0) return term.Value;
        var label = text[$"Enum.{value.GetType().Name}.{value}"];
        if (label.ResourceNotFound || label.Value.Length == 0) return null;
        var culture = CultureInfo.CurrentUICulture;
        return culture.TwoLetterISOLanguageName == "de" ? label.Value : char.ToLower(label.Value[0], culture) + label.Value[1..];
    }

    private static string InSentence(this IStringLocalizer text, Enum value) => text.InSentenceOrNull(value) ?? value.ToString();
}

using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SalesOps.Graph.Model;

/// <summary>
/// An enum word inside a sentence rather than on a label: "decision maker" in "Nobody is marked as decision maker",
/// "decisor" in Spanish. English and Spanish write these nouns in lower case mid-sentence; German keeps its nouns'
/// capital ("Entscheider"), so the word stays as the resources spell it. Adjectives that German writes in lower case
/// (a status, a result, a position) have their own sentence keys instead of going through here.
/// </summary>
public static class SentenceWords
{
    public static string InSentence<T>(this IStringLocalizer text, T value) where T : struct, Enum
    {
        var word = text.Word(value);
        var culture = CultureInfo.CurrentUICulture;
        return word.Length == 0 || culture.TwoLetterISOLanguageName == "de" ? word : char.ToLower(word[0], culture) + word[1..];
    }

    /// <summary>The word in a sentence, or <paramref name="none"/> when there is no value.</summary>
    public static string InSentence<T>(this IStringLocalizer text, T? value, string none = "") where T : struct, Enum =>
        value is { } v ? text.InSentence(v) : none;
}

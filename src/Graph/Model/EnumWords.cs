using Microsoft.Extensions.Localization;

namespace SalesOps.Graph.Model;

/// <summary>
/// An enum value as people read it in their language ("Enum.MeetingMethod.OnSite": "On site", "Presencial",
/// "Vor Ort"). Only for people: the API and the stores keep the values as the model spells them.
/// The words live in the web app's resources (Text.resx and its translations); src/Graph composes its
/// sentences through the same localizer, handed in by the caller, so there is one set of words.
/// </summary>
public static class EnumWords
{
    public static string Word<T>(this IStringLocalizer text, T value) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Enum.{typeof(T).Name}.{value}"];
    }

    /// <summary>The word, or <paramref name="none"/> when there is no value.</summary>
    public static string Word<T>(this IStringLocalizer text, T? value, string none = "") where T : struct, Enum =>
        value is { } v ? text.Word(v) : none;
}

using System.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace SalesOps.Graph.Model;

/// <summary>
/// The messages Graph raises (Resources/Errors.resx, .es, .de), composed when they are thrown in
/// CultureInfo.CurrentUICulture — the request's or circuit's language — so that whoever shows a
/// <see cref="GraphException"/>'s Message (ProblemDetails, the pages, the CLI) shows it as it is.
/// Graph has its own resources because it cannot see the web app's Text.resx.
/// </summary>
public static class Errors
{
    private const string BaseName = "SalesOps.Graph.Resources.Errors";

    public static IStringLocalizer Text { get; } = LocalizerOver(typeof(Errors).Assembly, BaseName);

    /// <summary>A localizer over an assembly's embedded resources, for words needed where no one can hand one in (a message composed as it is thrown).</summary>
    public static IStringLocalizer LocalizerOver(System.Reflection.Assembly assembly, string baseName) =>
        new ResourceManagerStringLocalizer(new ResourceManager(baseName, assembly), assembly, baseName, new ResourceNamesCache(), NullLogger.Instance);

    /// <summary>The template <paramref name="key"/> filled with <paramref name="args"/>, in the current UI culture (numbers and dates in the current culture).</summary>
    public static string Say(string key, params object?[] args) => Text[key, [.. args.Select(a => a ?? "")]].Value;

    /// <summary>An input field as the reader calls it ("nombre", "Name"); English and unknown fields keep the API's name.</summary>
    public static string Field(string field) =>
        Text[$"Field.{field}"] is { ResourceNotFound: false } word ? word.Value : field;

    /// <summary>A node kind as the reader calls it ("Reunión", "Termin"); English keeps the API's spelling.</summary>
    public static string Kind(NodeKind kind) => Say($"Kind.{kind}");
}

using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SalesOps.Benchmarks;

/// <summary>
/// Words for benchmarks, which run without the web app and its resources: each template is its key with the
/// arguments after it, so a benchmark still does the composing work (formatting, joining) it measures.
/// </summary>
public sealed class TemplateWords : IStringLocalizer
{
    public static TemplateWords Instance { get; } = new();

    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, name + " " + string.Join(" | ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture))));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}

namespace SalesOps.Tests.Web.Languages;

/// <summary>Every English word has its Spanish and German translation, filling the same placeholders.</summary>
public sealed class ResourceCompletenessTests
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFiles.Read(null);

    public static TheoryData<string> Translations => new() { "es", "de" };

    [Theory, MemberData(nameof(Translations))]
    public void Every_English_key_is_translated(string language)
    {
        var translated = ResourceFiles.Read(language);
        var missing = English.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        missing.ShouldBeEmpty($"Text.{language}.resx lacks {missing.Count} key(s): {string.Join(", ", missing)}");
    }

    [Theory, MemberData(nameof(Translations))]
    public void No_translation_is_empty(string language)
    {
        var empty = ResourceFiles.Read(language).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        empty.ShouldBeEmpty($"Text.{language}.resx has empty values: {string.Join(", ", empty)}");
    }

    [Theory, MemberData(nameof(Translations))]
    public void A_translation_fills_the_same_placeholders_as_English(string language)
    {
        var translated = ResourceFiles.Read(language);
        var differing = English
            .Where(e => translated.TryGetValue(e.Key, out var t)
                && !ResourceFiles.Placeholders(t).SequenceEqual(ResourceFiles.Placeholders(e.Value)))
            .Select(e => $"{e.Key}: en {string.Join("", ResourceFiles.Placeholders(e.Value))}, {language} {string.Join("", ResourceFiles.Placeholders(translated[e.Key]))}")
            .ToList();
        differing.ShouldBeEmpty($"Text.{language}.resx fills other placeholders than English:\n{string.Join("\n", differing)}");
    }

    [Theory, MemberData(nameof(Translations))]
    public void A_translation_has_no_key_that_English_lacks(string language)
    {
        var extra = ResourceFiles.Read(language).Keys.Where(k => !English.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        extra.ShouldBeEmpty($"Text.{language}.resx has keys that Text.resx does not: {string.Join(", ", extra)}");
    }

    [Fact]
    public void Placeholders_are_read_with_their_names_and_without_formats()
    {
        ResourceFiles.Placeholders("{at}{1} of {0:N0} and {1}, not {{literal}}").ShouldBe(["{0}", "{1}", "{at}"]);
    }
}

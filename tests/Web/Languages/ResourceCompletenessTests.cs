namespace SalesOps.Tests.Web.Languages;

/// <summary>Every English word (the app's Text and Graph's Errors) has its Spanish and German translation, filling the same placeholders.</summary>
public sealed class ResourceCompletenessTests
{
    public static TheoryData<string, string> Translations => new() { { "Text", "es" }, { "Text", "de" }, { "Errors", "es" }, { "Errors", "de" } };

    [Theory, MemberData(nameof(Translations))]
    public void Every_English_key_is_translated(string set, string language)
    {
        var english = ResourceFiles.Read(null, set);
        var translated = ResourceFiles.Read(language, set);
        var missing = english.Keys.Where(k => !translated.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        missing.ShouldBeEmpty($"{set}.{language}.resx lacks {missing.Count} key(s): {string.Join(", ", missing)}");
    }

    [Theory, MemberData(nameof(Translations))]
    public void No_translation_is_empty(string set, string language)
    {
        var empty = ResourceFiles.Read(language, set).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList();
        empty.ShouldBeEmpty($"{set}.{language}.resx has empty values: {string.Join(", ", empty)}");
    }

    [Theory, MemberData(nameof(Translations))]
    public void A_translation_fills_the_same_placeholders_as_English(string set, string language)
    {
        var english = ResourceFiles.Read(null, set);
        var translated = ResourceFiles.Read(language, set);
        var differing = english
            .Where(e => translated.TryGetValue(e.Key, out var t)
                && !ResourceFiles.Placeholders(t).SequenceEqual(ResourceFiles.Placeholders(e.Value)))
            .Select(e => $"{e.Key}: en {string.Join("", ResourceFiles.Placeholders(e.Value))}, {language} {string.Join("", ResourceFiles.Placeholders(translated[e.Key]))}")
            .ToList();
        differing.ShouldBeEmpty($"{set}.{language}.resx fills other placeholders than English:\n{string.Join("\n", differing)}");
    }

    [Theory, MemberData(nameof(Translations))]
    public void A_translation_has_no_key_that_English_lacks(string set, string language)
    {
        var english = ResourceFiles.Read(null, set);
        var extra = ResourceFiles.Read(language, set).Keys.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        extra.ShouldBeEmpty($"{set}.{language}.resx has keys that {set}.resx does not: {string.Join(", ", extra)}");
    }

    [Fact]
    public void Placeholders_are_read_with_their_names_and_without_formats()
    {
        ResourceFiles.Placeholders("{at}{1} of {0:N0} and {1}, not {{literal}}").ShouldBe(["{0}", "{1}", "{at}"]);
    }
}

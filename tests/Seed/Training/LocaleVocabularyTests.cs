using System.Text.RegularExpressions;
using SalesOps.Graph.Model;
using SalesOps.Seed;
using SalesOps.Seed.Training;
using Words = SalesOps.Tests.Support.Words;

namespace SalesOps.Tests.Seed.Training;

/// <summary>
/// A set generated in one language carries no word of another language's curated vocabulary. Checked over
/// the whole generated text (names of people aside: Bogus's German list has a Peer and a Line, its English
/// one a Wunsch), and over the vocabulary itself, so an entry left untranslated is caught even before a
/// seed happens to pick it. Words spelled alike in two languages are listed, each a real word of both.
/// </summary>
public sealed partial class LocaleVocabularyTests
{
    private static readonly string[] Standards = ["iso", "iq", "oq", "opc", "ua", "profinet"];

    /// <summary>Homographs per pair: function words, business words both languages own, acronyms they share.</summary>
    private static readonly Dictionary<(string, string), HashSet<string>> Shared = new()
    {
        [("de", "en")] = [.. Standards, "an", "in", "was", "still", "co", "it", "marketing", "region", "installation"],
        [("en", "es")] = [.. Standards, "no", "general", "director", "global", "industrial", "regional", "similar", "comparable", "total", "material", "portal", "marketing"],
        [("de", "es")] = [.. Standards, "es", "marketing"],
    };

    private static readonly string[] Locales = ["en", "de", "es"];

    private static HashSet<string> Allowed(string a, string b) => Shared[string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a)];

    private static IEnumerable<string> Tokens(string text) =>
        NonLetters().Split(text).Where(t => t.Length > 1).Select(t => t.ToLowerInvariant());

    private static HashSet<string> Vocabulary(string locale) => [.. Lexicon.In(locale).SelectMany(Tokens)];

    /// <summary>Every text field of a map except people's names, ids, e-mail addresses, phone numbers and links.</summary>
    private static IEnumerable<string> Text(AccountMap m) =>
        new[] { m.Account.Industry, m.Account.Country }
            .Concat(m.Nodes.SelectMany(n => new[] { n.Kind is NodeKind.Person or NodeKind.Counterpart ? null : n.Name, n.Title, n.Concerns, n.Topic, n.Outcome, n.NextSteps, n.Text }
                .Concat(n.Documents.Select(d => d.Title))))
            .Concat(m.Edges.SelectMany(e => new[] { e.Note, e.Goal }))
            .OfType<string>();

    private static List<AccountMap> Set(string locale) =>
    [
        .. new[] { 1, 2, 3 }.SelectMany(seed => TrainingSets.Generate(new TrainingSet { Scenarios = Scenarios.All, Locale = locale, Seed = seed }, Words.Text).Select(a => a.Map)),
        .. TrainingSets.Generate(new TrainingSet { Scenarios = [Scenario.UnansweredSkeptics], Locale = locale, Size = AccountSize.Mid }, Words.Text).Select(a => a.Map),
        .. DemoData.Generate(locale: locale),
    ];

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var a in Locales)
            foreach (var b in Locales.Where(b => b != a))
                data.Add(a, b);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_generated_set_has_no_word_of_another_languages_vocabulary(string locale, string other)
    {
        var foreign = Vocabulary(other);
        var words = Set(locale).SelectMany(Text).SelectMany(Tokens).ToHashSet();
        words.Where(w => foreign.Contains(w) && !Allowed(locale, other).Contains(w)).Order().ShouldBeEmpty($"{other} words in a {locale} set");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_vocabularies_share_only_the_listed_homographs(string locale, string other) =>
        Vocabulary(locale).Intersect(Vocabulary(other)).Where(w => !Allowed(locale, other).Contains(w)).Order().ShouldBeEmpty();

    [Theory]
    [InlineData("en", new[] { "Ltd", "plc", "Inc.", "Corp.", "LLC" })]
    [InlineData("de", new[] { "GmbH", "AG", "GmbH & Co. KG" })]
    [InlineData("es", new[] { "S.A.", "S.L.", "S.A. de C.V." })]
    public void Company_names_end_in_the_locales_legal_forms(string locale, string[] forms) =>
        Set(locale).ShouldAllBe(m => forms.Any(f => m.Account.Name.EndsWith(" " + f, StringComparison.Ordinal)));

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NonLetters();
}

namespace SalesOps.Seed;

/// <summary>
/// The generator's whole curated vocabulary, per locale: every phrase that can end up in a generated map,
/// apart from the people's and companies' surnames Bogus supplies. Tests use it to check that a map in one
/// language carries no word that only another language's vocabulary has.
/// </summary>
public static class Lexicon
{
    /// <summary>The phrases every locale has a translation of.</summary>
    public static IEnumerable<Words> Translated =>
        Functions.AllWords
            .Concat(TitleWords.AllWords)
            .Concat(DemoVocabulary.Industries.Select(i => i.Label))
            .Concat(DemoVocabulary.ConcernsByFunction.Values.SelectMany(c => c.Select(x => x.Text)))
            .Concat(DemoVocabulary.GoalsForDecisionMakers).Concat(DemoVocabulary.GoalsForFriends).Concat(DemoVocabulary.GoalsForNeutrals)
            .Concat(DemoVocabulary.GoalsForCritics).Concat(DemoVocabulary.GoalsForUnknowns).Concat(DemoVocabulary.InfluenceNotes)
            .Append(DemoVocabulary.KeepsRaisingIt)
            .Concat(PlanVocabulary.AllWords);

    /// <summary>Every phrase of a locale: the translated ones, and what only that locale has (industry nouns, countries, legal forms, name patterns).</summary>
    public static IEnumerable<string> In(string locale)
    {
        Words.Check(locale, nameof(locale));
        return Translated.Select(w => w.In(locale))
            .Concat(DemoVocabulary.Industries.SelectMany(i => i.Nouns(locale)))
            .Concat(DemoVocabulary.Markets(locale).SelectMany(m => m.LegalForms.Append(m.Country)))
            .Concat(DemoVocabulary.CompanyNamePatterns(locale));
    }
}

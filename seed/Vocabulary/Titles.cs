using SalesOps.Graph.Model;

namespace SalesOps.Seed;

/// <summary>
/// Job titles that fit a function and a level, in the words B2B account teams meet every day. The English
/// lists are the keys the generator reasons with (<see cref="Cfo"/>, <see cref="Assistant"/>); a map in
/// another locale shows the same title in its language (<see cref="TitleWords"/>).
/// </summary>
public static class Titles
{
    /// <summary>Titles for the person at the top of the customer.</summary>
    public static readonly IReadOnlyList<string> Top = English(TitleWords.Top);

    /// <summary>Board members without a function of their own in the map (added when Finance or Production is absent).</summary>
    public const string Cfo = "CFO";
    public const string Coo = "COO";

    public static readonly IReadOnlyList<string> Assistant = English(TitleWords.Assistant);

    /// <summary>Titles for a customer person in a function at a level (empty where the map never places one).</summary>
    public static IReadOnlyList<string> For(string function, Level level) => English(TitleWords.For(function, level));

    /// <summary>Titles and levels for one of our people in a team role.</summary>
    public static IReadOnlyList<(string Title, Level Level)> For(TeamRole role) =>
        [.. TitleWords.For(role).Select(t => (t.Title.En, t.Level))];

    /// <summary>Every title a customer person can carry, in English.</summary>
    public static IReadOnlySet<string> AllPersonTitles { get; } =
        new HashSet<string>(TitleWords.AllPerson.Select(w => w.En), StringComparer.Ordinal);

    /// <summary>Every title one of our counterparts can carry, in English.</summary>
    public static IReadOnlySet<string> AllCounterpartTitles { get; } =
        new HashSet<string>(TitleWords.AllCounterpart.Select(w => w.En), StringComparer.Ordinal);

    /// <summary>The title in every language and form for an English title key.</summary>
    public static JobTitle Of(string title) => ByEnglish[title];

    /// <summary>Every title a card in <paramref name="locale"/> can show, for a woman or for a man.</summary>
    public static IReadOnlySet<string> Shown(string locale, bool woman) =>
        TitleWords.All.Select(t => t.In(locale, woman)).ToHashSet(StringComparer.Ordinal);

    // Titles shared by two lists (Managing Director) are the same words.
    private static readonly Dictionary<string, JobTitle> ByEnglish =
        TitleWords.All.DistinctBy(t => t.En).ToDictionary(t => t.En, StringComparer.Ordinal);

    private static string[] English(IEnumerable<JobTitle> words) => [.. words.Select(w => w.En)];
}

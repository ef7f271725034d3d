using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Plan;

/// <summary>One row of an answer: a short label (a name, a date, a field), what the data says about it, and where the label links to.</summary>
public sealed record SheetLine(string Label, string Text, string? Link = null);

/// <summary>
/// One of the ten questions of the account plan (docs/domain.md) with its answer. <see cref="Gaps"/> are what the team should fix;
/// <see cref="Empty"/> says why there are no lines, when there are none.
/// </summary>
public sealed record SheetAnswer(int Number, string Title, IReadOnlyList<SheetLine> Lines, IReadOnlyList<string> Gaps, string? Empty = null);

/// <summary>
/// The account sheet: the ten questions an account team must be able to answer, answered from the map,
/// with every gap in the data or in our coverage called out in a sentence. <see cref="Missing"/> comes
/// first: what the map lacks to answer them at all (an empty map is the biggest gap of all).
/// </summary>
public sealed partial record AccountSheet(
    string AccountId, string AccountName, long Version, DateOnly Today, IReadOnlyList<string> Missing, IReadOnlyList<SheetAnswer> Answers)
{
    /// <summary>
    /// The question <paramref name="number"/> (1–10) in the reader's language ("Sheet.Q1" … "Sheet.Q10"): who takes part,
    /// where they stand, who decides, our conversations, coverage, opposition, ways in, meetings, position, contact plan.
    /// </summary>
    public static string Question(IStringLocalizer text, int number)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Sheet.Q{number}"];
    }

    /// <summary>
    /// The sheet as of <paramref name="today"/> in the reader's language (<paramref name="text"/>, the app's words, and the
    /// current culture's dates and money); <paramref name="cache"/> (optional) keeps the reach projection of the map's version.
    /// </summary>
    public static AccountSheet Build(AccountMap map, DateOnly today, IStringLocalizer text, Reach.ReachGraphCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(text);
        var f = new SheetFacts(map, today, text);
        SheetAnswer[] answers =
        [
            Participants(f), Stances(f), Deciders(f), Conversations(f), Coverage(f),
            Opposition(f), WaysIn(f), Meetings(f), Position(f), ContactPlan(f),
        ];
        var ranked = KeyGaps.RankOver(f, cache);
        return new AccountSheet(map.Account.Id, map.Account.Name, map.Version, today, [.. MapBasis.Missing(map).Select(m => MapBasis.Sentence(text, m))], answers)
        {
            Moves = BestMoves(map, text, cache),
            Summary = [.. ranked.Take(SummaryGaps)],
            SummaryOf = ranked.Count,
        };
    }

    private static SheetAnswer Answer(SheetFacts f, int number, List<SheetLine> lines, List<string> gaps, string empty) =>
        new(number, Question(f.Text, number), lines, gaps, lines.Count == 0 ? empty : null);
}

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
    public static readonly IReadOnlyList<string> Questions =
    [
        "Who takes part in the buying process, and which functions, directly or indirectly?",
        "Who is champion, supporter, neutral, skeptic, detractor — and who is still unknown?",
        "Who decides, who signs, who holds the budget?",
        "Who of us talks with whom, how strongly, how recently — and is it peer to peer?",
        "Which members of the buying center does nobody on our side talk to (coverage gaps)?",
        "Which detractors or skeptics influence the decision maker, and what arguments answer their concerns?",
        "What is the best way from each of our people to the decision maker?",
        "Which meetings took place, with what objective, method and result, and what is planned next?",
        "What is our position as a supplier and our share of the customer's purchasing potential?",
        "Who of ours should talk with whom (the contact matrix), and how do we keep those relationships alive?",
    ];

    /// <summary>The sheet as of <paramref name="today"/>; <paramref name="cache"/> (optional) keeps the reach projection of the map's version.</summary>
    public static AccountSheet Build(AccountMap map, DateOnly today, IStringLocalizer text, Reach.ReachGraphCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var f = new SheetFacts(map, today);
        SheetAnswer[] answers =
        [
            Participants(f), Stances(f), Deciders(f), Conversations(f), Coverage(f),
            Opposition(f), WaysIn(f, text), Meetings(f), Position(f), ContactPlan(f),
        ];
        return new AccountSheet(map.Account.Id, map.Account.Name, map.Version, today, [.. MapBasis.Missing(map).Select(MapBasis.Sentence)], answers)
        {
            Moves = BestMoves(map, text, cache),
        };
    }

    private static SheetAnswer Answer(int number, List<SheetLine> lines, List<string> gaps, string empty) =>
        new(number, Questions[number - 1], lines, gaps, lines.Count == 0 ? empty : null);
}

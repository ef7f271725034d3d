using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Graph.Plan;

/// <summary>A section of the sheet beside the ten questions: its title, its lines, why it has none, and sentences under them.</summary>
public sealed record SheetSection(string Title, IReadOnlyList<SheetLine> Lines, string? Empty = null)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}

// Beside question 7 (our ways in): the three relationships that would most improve the best of them (issue #18).
public sealed partial record AccountSheet
{
    /// <summary>The best next moves to the decision makers (<see cref="NextMoves.Top"/>), each in its sentence.</summary>
    public SheetSection Moves { get; init; } = new("", []);

    private static SheetSection BestMoves(AccountMap map, IStringLocalizer text, ReachGraphCache? cache)
    {
        var answer = NextMoves.Find(map, new NextMovesQuery(K: 3), text, cache);
        var lines = answer.Moves.Select(m => new SheetLine($"{Name(m.From)} → {Name(m.To)}", m.Explanation)).ToList();
        return new SheetSection(text["Sheet.Moves.Title"], lines, answer.Reason is { Length: > 0 } r ? char.ToUpperInvariant(r[0]) + r[1..] + "." : null)
        {
            // The moves raise the best way in, which counts the best-reached decision maker: the others are named.
            Notes = [.. answer.Weaker.Select(w => NextMoveWords.Weaker(text, w, answer.Baseline.Strength))],
        };

        string Name(string id) => map.Find(id)?.Name ?? id;
    }
}

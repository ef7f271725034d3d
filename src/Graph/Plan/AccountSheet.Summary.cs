namespace SalesOps.Graph.Plan;

// Before the ten questions: the few gaps an executive must know about (issue #13), out of the hundreds a big account has.
public sealed partial record AccountSheet
{
    /// <summary>How many gaps the summary names at most.</summary>
    public const int SummaryGaps = 5;

    /// <summary>The most important gaps (<see cref="KeyGaps.Rank"/>), at most <see cref="SummaryGaps"/>.</summary>
    public IReadOnlyList<KeyGap> Summary { get; init; } = [];

    /// <summary>How many gaps <see cref="KeyGaps.Rank"/> found in all, the summary's among them.</summary>
    public int SummaryOf { get; init; }
}

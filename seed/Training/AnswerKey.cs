using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Seed.Training;

/// <summary>A person the key names: id to highlight, and what a trainer reads aloud (in the map's own language).</summary>
public sealed record KeyPerson(string Id, string Name, string? Title, string? Function);

/// <summary>What the account hides: its scenario and the people the lesson is about, in the order its sentence names them.</summary>
public sealed record Lesson(Scenario Scenario, IReadOnlyList<KeyPerson> People, string? FindingKind);

/// <summary>
/// The trainer's answer key of one training account, computed by the engine on the generated map: who
/// decides and signs, the strongest way in from our people (<see cref="ReachEngine"/>), the top risks
/// (<see cref="AccountAnalysis"/>) and the lesson. Structured data only; <see cref="AnswerWords"/> puts it in words.
/// </summary>
public sealed record AnswerKey
{
    public required string AccountId { get; init; }
    public required string AccountName { get; init; }
    public required IReadOnlyList<KeyPerson> DecisionMakers { get; init; }
    public required IReadOnlyList<KeyPerson> Signers { get; init; }
    /// <summary>The strongest path from any of ours to a decision maker (default options: detractors avoided), or null.</summary>
    public ReachPath? BestWayIn { get; init; }
    /// <summary>Why there is no way in, when <see cref="BestWayIn"/> is null.</summary>
    public string? NoWayIn { get; init; }
    /// <summary>The most severe findings, at most <see cref="AnswerKeys.TopRiskCount"/>, plus the lesson's own finding when it ranks lower.</summary>
    public required IReadOnlyList<Finding> TopRisks { get; init; }
    public required Lesson Lesson { get; init; }
}

/// <summary>Computes answer keys from a map and the lesson's people.</summary>
public static class AnswerKeys
{
    public const int TopRiskCount = 5;

    public static AnswerKey Compute(AccountMap map, Lesson lesson, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(lesson);
        var cache = new ReachGraphCache(); // one map: its graph is built once for both questions
        var best = ReachEngine.Find(map, new ReachQuery(), text, cache);
        var risks = AccountAnalysis.Risks(map, text, cache);
        var top = risks.Take(TopRiskCount).ToList();
        if (lesson.FindingKind is { } kind && !top.Any(f => Matches(f, lesson)) && risks.FirstOrDefault(f => Matches(f, lesson)) is { } own)
            top.Add(own);
        return new AnswerKey
        {
            AccountId = map.Account.Id,
            AccountName = map.Account.Name,
            DecisionMakers = People(map, BuyingRole.DecisionMaker),
            Signers = People(map, BuyingRole.Signer),
            BestWayIn = best.Paths.FirstOrDefault(),
            NoWayIn = best.Reason,
            TopRisks = top,
            Lesson = lesson,
        };
    }

    /// <summary>The finding that proves the lesson: of its kind, about its first person.</summary>
    public static bool Matches(Finding finding, Lesson lesson)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(lesson);
        return finding.Kind == lesson.FindingKind && lesson.People.Count > 0 && finding.NodeIds.Contains(lesson.People[0].Id);
    }

    public static KeyPerson Person(AccountMap map, string id)
    {
        ArgumentNullException.ThrowIfNull(map);
        var node = map.Find(id) ?? throw new ArgumentException($"There is no node '{id}' in the map.", nameof(id));
        var function = map.FunctionOf(id) is { } f ? map.Find(f)?.Name : null;
        return new KeyPerson(node.Id, node.Name, node.Title, function);
    }

    private static IReadOnlyList<KeyPerson> People(AccountMap map, BuyingRole role) =>
        [.. map.OfKind(NodeKind.Person).Where(p => p.Has(role)).OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => Person(map, p.Id))];
}

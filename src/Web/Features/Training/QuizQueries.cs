using Microsoft.Extensions.Localization;
using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Seed.Training;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Training;

/// <summary>Something a participant can pick: its id and what the form shows; a risk also the heading of its kind
/// (<paramref name="Group"/>), under which the page lists it.</summary>
public sealed record QuizChoice(string Id, string Label, string? Group = null);

/// <summary>The questions' choices on a training account, without the answers: the people, ours, and the map's findings.</summary>
public sealed record QuizSheet(string AccountId, string AccountName, IReadOnlyList<QuizChoice> People, IReadOnlyList<QuizChoice> Ours, IReadOnlyList<QuizChoice> Risks);

/// <summary>A participant's answers: who decides, the best way in (one of ours, then their first contact) and the top risk (a finding's id).</summary>
public sealed record QuizAnswers
{
    public string? DecisionMaker { get; init; }
    public string? Ours { get; init; }
    public string? FirstContact { get; init; }
    public string? Risk { get; init; }
}

/// <summary>One answer marked: right or not, and the answer key's words for it.</summary>
public sealed record QuizMark(bool Right, string Explanation);

public sealed record QuizResult(QuizMark WhoDecides, QuizMark WayIn, QuizMark TopRisk, string Lesson)
{
    public int Score => new[] { WhoDecides, WayIn, TopRisk }.Count(m => m.Right);
}

/// <summary>The quiz of a training account: anyone on its team. The sheet holds no answer.</summary>
public sealed record GetQuiz(string AccountId) : IQuery<QuizSheet>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

/// <summary>Marks a participant's answers against the account's answer key (of the map as generated). A query: it changes nothing.</summary>
public sealed record CheckQuiz(string AccountId, QuizAnswers Answers) : IQuery<QuizResult>, IDoor
{
    public Need Need => Need.Read(AccountId);
}

public sealed class QuizHandlers(IGraphStore store, IStringLocalizer<Text> text) : IQueryHandler<GetQuiz, QuizSheet>, IQueryHandler<CheckQuiz, QuizResult>
{
    public async ValueTask<QuizSheet> Handle(GetQuiz q, CancellationToken ct)
    {
        var (map, _) = await LoadAsync(q.AccountId, ct);
        // Grouped by kind, the kinds and the findings within each by their words, not by severity: the list's order must
        // not give the answer away, and a participant scans a few headings instead of forty sentences.
        var risks = AccountAnalysis.Risks(map, text).Select(f => new QuizChoice(Id(f), f.Sentence, RiskGroup(f.Kind)))
            .DistinctBy(c => c.Id).OrderBy(c => c.Group, StringComparer.CurrentCulture).ThenBy(c => c.Label, StringComparer.CurrentCulture);
        return new QuizSheet(map.Account.Id, map.Account.Name, Choices(map, NodeKind.Person), Choices(map, NodeKind.Counterpart), [.. risks]);
    }

    public async ValueTask<QuizResult> Handle(CheckQuiz q, CancellationToken ct)
    {
        var a = q.Answers ?? new QuizAnswers();
        var missing = new[] { (a.DecisionMaker, "decisionMaker"), (a.Ours, "ours"), (a.FirstContact, "firstContact"), (a.Risk, "risk") }
            .FirstOrDefault(x => string.IsNullOrWhiteSpace(x.Item1)).Item2;
        if (missing is not null) throw GraphException.Invalid(text["Quiz.AnswerAll"], missing);
        var (map, recipe) = await LoadAsync(q.AccountId, ct);
        var key = (await Task.Run(() => TrainingSets.Generate(recipe, text, null, ct), ct)).Key;

        var decides = key.DecisionMakers.Any(p => p.Id == a.DecisionMaker);
        var path = key.BestWayIn?.Nodes;
        var wayIn = path is { Count: >= 2 } && path[0] == a.Ours && path[1] == a.FirstContact;
        var chosen = AccountAnalysis.Risks(map, text).FirstOrDefault(f => Id(f) == a.Risk);
        var risk = chosen is not null && (key.Lesson.FindingKind is null
            ? key.TopRisks.Count > 0 && Id(key.TopRisks[0]) == a.Risk
            : AnswerKeys.Matches(chosen, key.Lesson));
        var topRisk = key.TopRisks.FirstOrDefault(f => AnswerKeys.Matches(f, key.Lesson)) ?? key.TopRisks.FirstOrDefault();
        return new QuizResult(
            new QuizMark(decides, AnswerWords.WhoDecides(key, text)),
            new QuizMark(wayIn, AnswerWords.BestWayIn(key, text)),
            new QuizMark(risk, topRisk?.Sentence ?? AnswerWords.Lesson(key.Lesson, text)),
            AnswerWords.Lesson(key.Lesson, text));
    }

    /// <summary>The heading a kind of finding is listed under in the quiz.</summary>
    private string RiskGroup(string kind) => text[$"Quiz.RiskKind.{kind}"];

    /// <summary>A finding's id: its kind and the nodes it is about (stable while the map is).</summary>
    public static string Id(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind + ":" + string.Join(",", finding.NodeIds);
    }

    private async Task<(AccountMap Map, TrainingRecipe Recipe)> LoadAsync(string accountId, CancellationToken ct)
    {
        var map = await store.GetMapAsync(accountId, ct) ?? throw GraphException.NotFound(text["Quiz.NoAccount", accountId]);
        var recipe = TrainingRecipe.Parse(accountId) ?? throw GraphException.Invalid(text["Quiz.NotTraining"], "accountId");
        return (map, recipe);
    }

    private static IReadOnlyList<QuizChoice> Choices(AccountMap map, NodeKind kind) =>
        [.. map.OfKind(kind).OrderBy(n => n.Name, StringComparer.CurrentCulture)
            .Select(n => new QuizChoice(n.Id, string.IsNullOrEmpty(n.Title) ? n.Name : $"{n.Name} ({n.Title})"))];
}

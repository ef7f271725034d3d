using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Training;

namespace SalesOps.Tests.Web.Training;

/// <summary>The quiz of a training account through the real app's mediator, as a participant (Ana) and as others.</summary>
public sealed class QuizTests : AppTest
{
    private const string Account = "trn-detractor-es-bc-s42-d20260302-c1";

    private async Task<AppFactory> ClassAsync()
    {
        var (app, _, admin) = StartApp(seed: false);
        await admin.PostAsync("/api/training/sets", new { scenarios = new[] { "detractor" }, locale = "es", seed = 42, date = "2026-03-02", participants = new[] { "ana@demo.salesops.example" } });
        return app;
    }

    private static async Task<T> AsAsync<T>(AppFactory app, string who, Func<IMediator, ValueTask<T>> send)
    {
        using var scope = app.ScopeAs(who);
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    [Fact]
    public async Task A_participant_who_marks_the_key_answers_gets_three_of_three_and_the_lesson()
    {
        var app = await ClassAsync();
        var key = TrainingSets.Generate(TrainingRecipe.Parse(Account)!, Words.Text).Key;
        var sheet = await AsAsync(app, "ana", m => m.Send(new GetQuiz(Account)));
        var risk = sheet.Risks.Single(r => r.Id.StartsWith(key.Lesson.FindingKind + ":", StringComparison.Ordinal) && r.Id.Contains(key.Lesson.People[0].Id, StringComparison.Ordinal));

        var result = await AsAsync(app, "ana", m => m.Send(new CheckQuiz(Account, new QuizAnswers
        {
            DecisionMaker = key.DecisionMakers[0].Id, Ours = key.BestWayIn!.Nodes[0], FirstContact = key.BestWayIn.Nodes[1], Risk = risk.Id,
        })));

        result.Score.ShouldBe(3);
        result.Lesson.ShouldBe(AnswerWords.Lesson(key.Lesson, Words.Text));
        result.WayIn.Explanation.ShouldBe(AnswerWords.BestWayIn(key, Words.Text));
        sheet.People.Select(p => p.Id).ShouldContain(key.DecisionMakers[0].Id);
        sheet.Ours.Select(p => p.Id).ShouldContain(key.BestWayIn!.Nodes[0]);
    }

    [Fact]
    public async Task Wrong_answers_are_marked_wrong_and_explained_from_the_answer_key()
    {
        var app = await ClassAsync();
        var key = TrainingSets.Generate(TrainingRecipe.Parse(Account)!, Words.Text).Key;
        var sheet = await AsAsync(app, "ana", m => m.Send(new GetQuiz(Account)));
        var notDeciding = sheet.People.First(p => key.DecisionMakers.All(d => d.Id != p.Id));
        var wrongRisk = sheet.Risks.First(r => !r.Id.StartsWith(key.Lesson.FindingKind + ":", StringComparison.Ordinal));

        var result = await AsAsync(app, "ana", m => m.Send(new CheckQuiz(Account, new QuizAnswers
        {
            DecisionMaker = notDeciding.Id, Ours = key.BestWayIn!.Nodes[0], FirstContact = notDeciding.Id, Risk = wrongRisk.Id,
        })));

        (result.WhoDecides.Right, result.WayIn.Right, result.TopRisk.Right).ShouldBe((false, false, false));
        result.WhoDecides.Explanation.ShouldBe(AnswerWords.WhoDecides(key, Words.Text));
        result.TopRisk.Explanation.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_risks_to_choose_from_stand_under_a_heading_per_kind_in_an_order_that_gives_nothing_away()
    {
        var app = await ClassAsync();
        var sheet = await AsAsync(app, "ana", m => m.Send(new GetQuiz(Account)));

        // Each risk under its kind's heading; the headings and the sentences under each by their words, not by severity.
        sheet.Risks.ShouldAllBe(r => r.Group == Words.Text[$"Quiz.RiskKind.{r.Id.Split(':', 2)[0]}"].Value);
        var groups = sheet.Risks.Select(r => r.Group!).Distinct().ToList();
        groups.Count.ShouldBeGreaterThan(2);
        groups.ShouldBe(groups.Order(StringComparer.CurrentCulture).ToList());
        sheet.Risks.Select(r => r.Group).ShouldBe(sheet.Risks.OrderBy(r => r.Group, StringComparer.CurrentCulture).Select(r => r.Group), "each kind's risks together");
        foreach (var g in sheet.Risks.GroupBy(r => r.Group))
            g.Select(r => r.Label).ShouldBe(g.Select(r => r.Label).Order(StringComparer.CurrentCulture));

        // Every kind of finding has its heading, so none shows a resource key.
        foreach (var kind in typeof(SalesOps.Graph.Reach.FindingKind).GetFields().Select(f => (string)f.GetValue(null)!))
            Words.Text[$"Quiz.RiskKind.{kind}"].ResourceNotFound.ShouldBeFalse(kind);
    }

    [Fact]
    public async Task The_quiz_sheet_holds_no_answer_and_an_unanswered_question_is_refused_by_name()
    {
        var app = await ClassAsync();

        var missing = await Should.ThrowAsync<GraphException>(async () => await AsAsync(app, "ana", m => m.Send(new CheckQuiz(Account, new QuizAnswers { DecisionMaker = "x" }))));
        var keys = await Should.ThrowAsync<GraphException>(async () => await AsAsync(app, "ana", m => m.Send(new GetAnswerKeys("es-bc-s42-d20260302"))));
        var outsider = await Should.ThrowAsync<GraphException>(async () => await AsAsync(app, "jordi", m => m.Send(new GetQuiz(Account))));

        (missing.Error, missing.Field).ShouldBe((GraphError.Invalid, "ours"));
        keys.Error.ShouldBe(GraphError.Forbidden, "participants never see answer keys");
        outsider.Error.ShouldBe(GraphError.NotFound, "someone off the team does not even learn the account exists");
        typeof(QuizSheet).GetProperties().Select(p => p.Name).ShouldBe(["AccountId", "AccountName", "People", "Ours", "Risks"]);
    }
}

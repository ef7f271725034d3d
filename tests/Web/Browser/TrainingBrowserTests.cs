using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using SalesOps.Web.Features.Training;

namespace SalesOps.Tests.Web.Browser;

/// <summary>The class in Chromium: Marta (trainer) prepares a Spanish set, Ana (participant) takes the quiz, Marta resets.</summary>
public sealed class TrainingBrowserTests(Support.Browser browser) : BrowserTest(browser)
{
    private const string Detractor = "trn-detractor-es-bc-s42-d20260302-c1";

    private static string Content(JsonNode map) => new JsonArray(map["nodes"]!.DeepClone(), map["edges"]!.DeepClone()).ToJsonString();

    [Fact]
    public async Task A_trainer_generates_a_Spanish_set_reads_the_key_a_participant_answers_the_quiz_and_a_reset_puts_the_edited_account_back()
    {
        var (app, address, admin) = StartApp(seed: false);
        var marta = await NewPageAsync(address, signedInAs: "marta");
        await marta.GotoAsync("/training");
        await marta.Locator("h1[data-ready='true']").WaitForAsync();

        await marta.Locator("#training-generate").ClickAsync();
        await marta.Locator("#scenarios-error").GetByText("Pick at least one lesson.").WaitForAsync();
        await marta.Locator("#scenario-detractor").CheckAsync();
        await marta.Locator("#scenario-gatekeeper").CheckAsync();
        (await marta.Locator("#training-locale").InputValueAsync()).ShouldBe("en", "the class's language starts as the page's");
        await marta.Locator("#training-locale").SelectOptionAsync("es");
        await marta.Locator("#training-seed").FillAsync("42");
        await marta.Locator("#training-date").FillAsync("2026-03-02");
        await marta.Locator("#training-participants").FillAsync("ana@demo.salesops.example");
        await marta.Locator("#training-generate").ClickAsync();
        var set = marta.Locator(".training-set[data-set-id='es-bc-s42-d20260302']");
        await set.Locator("tr[data-account-id]").Nth(1).WaitForAsync();
        await set.GetByRole(AriaRole.Button, new() { Name = "Show answer keys" }).ClickAsync();
        var key = set.Locator($".answer-key[data-account-id='{Detractor}']");
        await key.WaitForAsync();
        await Support.Browser.ShotAsync(marta, "training-page");
        var generated = Content(await admin.GetAsync($"/api/accounts/{Detractor}/map"));

        (await marta.Locator("a[href='/training']").CountAsync()).ShouldBe(1, "the nav shows Training to a trainer");
        (await set.Locator("tr[data-account-id]").CountAsync()).ShouldBe(2);
        (await key.Locator(".key-lesson").InnerTextAsync()).ShouldContain("a detractor, influences");
        (await key.Locator(".key-way-in").InnerTextAsync()).ShouldStartWith("Strength ");

        var answers = TrainingSets.Generate(TrainingRecipe.Parse(Detractor)!, Words.Text).Key;
        var ana = await NewPageAsync(address, signedInAs: "ana");
        (await ana.Locator("a[href='/training']").CountAsync()).ShouldBe(0, "participants do not see the Training link");
        await ana.GotoAsync("/training");
        await ana.GetByRole(AriaRole.Alert).WaitForAsync();
        (await ana.Locator(".answer-key, #training-generate").CountAsync()).ShouldBe(0, "nor the page's form or keys");
        await ana.GotoAsync($"/accounts/{Detractor}/quiz");
        await ana.Locator("h1[data-ready='true']").WaitForAsync();
        await ana.Locator("#quiz-decides").SelectOptionAsync(answers.DecisionMakers[0].Id);
        await ana.Locator("#quiz-ours").SelectOptionAsync(answers.BestWayIn!.Nodes[0]);
        await ana.Locator("#quiz-first").SelectOptionAsync(answers.BestWayIn.Nodes[1]);
        var lessonRisk = QuizHandlers.Id(answers.TopRisks.First(f => AnswerKeys.Matches(f, answers.Lesson)));
        await ana.Locator($"input[name='quiz-risk'][value='{lessonRisk}']").CheckAsync();
        await ana.Locator("#quiz-check").ClickAsync();
        await ana.Locator("#quiz-score").GetByText("3 of 3 right").WaitForAsync();
        (await ana.Locator(".quiz-mark.right").CountAsync()).ShouldBe(3);
        await Support.Browser.ShotAsync(ana, "training-quiz");
        await new ApiClient(app.CreateClientAs("ana")).AddNodeAsync(Detractor, new { kind = "Person", name = "Persona Añadida", level = "Manager" });
        Content(await admin.GetAsync($"/api/accounts/{Detractor}/map")).ShouldNotBe(generated);

        await set.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
        await marta.Locator("#confirm-reset").ClickAsync();
        await marta.GetByText("Reset 2 accounts to what was generated.").WaitForAsync();

        Content(await admin.GetAsync($"/api/accounts/{Detractor}/map")).ShouldBe(generated);
        await ana.GotoAsync($"/accounts/{Detractor}/quiz");
        await ana.Locator("h1[data-ready='true']").WaitForAsync();

        // The quiz of an account that has none says so and leads on: to that account's map, or to the list when there is no such account.
        var plain = await admin.CreateAccountAsync("Plain Industries Ltd");
        var lukas = await NewPageAsync(address);
        await lukas.GotoAsync($"/accounts/{plain}/quiz");
        await lukas.GetByRole(AriaRole.Alert).GetByText("This account is not a training account: it has no quiz.").WaitForAsync();
        await lukas.GetByRole(AriaRole.Link, new() { Name = "Back to the account's map" }).ClickAsync();
        await lukas.Locator(".canvas-wrap[data-ready='true']").WaitForAsync();
        lukas.Url.ShouldEndWith($"/accounts/{plain}");
        await lukas.GotoAsync("/accounts/no-such-account/quiz");
        await lukas.GetByRole(AriaRole.Alert).WaitForAsync();
        (await lukas.GetByRole(AriaRole.Link, new() { Name = "Back to the accounts" }).GetAttributeAsync("href")).ShouldBe("/");
    }

    [Fact]
    public async Task Generating_a_stress_set_shows_progress_and_Cancel_stops_it_before_anything_is_written()
    {
        var (_, address, admin) = StartApp(seed: false);
        var page = await NewPageAsync(address, signedInAs: "marta");
        await page.GotoAsync("/training");
        await page.Locator("h1[data-ready='true']").WaitForAsync();
        await page.Locator("#scenario-detractor").CheckAsync();
        await page.Locator("#scenario-dormant").CheckAsync();
        await page.Locator("#training-size").SelectOptionAsync("stress");

        await page.Locator("#training-generate").ClickAsync();
        await page.Locator("#training-progress").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#training-progress')?.value > 0");
        await Support.Browser.ShotAsync(page, "training-progress");
        await page.Locator("#training-cancel").ClickAsync();
        await page.GetByText("Cancelled: nothing was written.").WaitForAsync();

        (await page.Locator("#training-progress").CountAsync()).ShouldBe(0);
        (await page.Locator(".training-set").CountAsync()).ShouldBe(0);
        (await page.GetByText("No training sets yet.", new() { Exact = false }).CountAsync()).ShouldBe(1);
        (await admin.GetAsync("/api/training/sets")).AsArray().Count.ShouldBe(0);
    }
}

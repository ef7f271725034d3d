using SalesOps.Graph.Reach;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Seed.Training;

/// <summary>The trainer's answer key in the trainer's language: the lesson and who decides, names as the map has them.</summary>
public sealed class AnswerWordsLanguageTests
{
    private static readonly KeyPerson Maria = new("p-maria", "María Vidal", "CFO", null);
    private static readonly KeyPerson Luis = new("p-luis", "Luis Gómez", "Head of Procurement", "Purchasing");

    private static readonly AnswerKey Key = new()
    {
        AccountId = "acc-sample", AccountName = "Vidal Packaging S.A.", DecisionMakers = [Maria], Signers = [Maria], TopRisks = [],
        Lesson = new Lesson(Scenario.GatekeeperInTheWay, [Maria, Luis], null),
    };

    [Theory]
    [InlineData("en", "Every way in to María Vidal (CFO) passes through Luis Gómez (Head of Procurement, Purchasing), the gatekeeper; we need a second door.",
        "María Vidal (CFO) decides and signs.")]
    [InlineData("es", "Todo acceso a María Vidal (CFO) pasa por Luis Gómez (Head of Procurement, Purchasing), el filtro; necesitamos una segunda puerta.",
        "Decide y firma María Vidal (CFO).")]
    [InlineData("de", "Jeder Zugang zu María Vidal (CFO) führt über Luis Gómez (Head of Procurement, Purchasing), den Gatekeeper; wir brauchen eine zweite Tür.",
        "María Vidal (CFO) entscheidet und unterschreibt.")]
    public void The_answer_key_explains_the_lesson_and_who_decides_in_the_trainers_language(string culture, string lesson, string whoDecides)
    {
        using var _ = Words.In(culture);

        AnswerWords.Lesson(Key.Lesson, Words.Text).ShouldBe(lesson);
        AnswerWords.WhoDecides(Key, Words.Text).ShouldBe(whoDecides);
    }

    [Theory]
    [InlineData("en", "María Vidal (CFO) decides; Luis Gómez (Head of Procurement, Purchasing) signs.")]
    [InlineData("es", "Decide María Vidal (CFO); firma Luis Gómez (Head of Procurement, Purchasing).")]
    [InlineData("de", "María Vidal (CFO) entscheidet; Luis Gómez (Head of Procurement, Purchasing) unterschreibt.")]
    public void When_someone_else_signs_the_key_names_both(string culture, string whoDecides)
    {
        using var _ = Words.In(culture);

        AnswerWords.WhoDecides(Key with { Signers = [Luis] }, Words.Text).ShouldBe(whoDecides);
    }
}

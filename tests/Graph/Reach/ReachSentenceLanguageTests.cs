using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>The reach explanation and the reasons for no path, as an account manager reads them in English, Spanish and German.</summary>
public sealed class ReachSentenceLanguageTests
{
    private static ReachAnswer Find(string language, AccountMap map, ReachQuery query)
    {
        using var _ = Words.In(language);
        return ReachEngine.Find(map, query, Words.Text);
    }

    [Theory]
    [InlineData("en", "Ana Ruiz (account manager) talks with Luis Gómez (Compras, supporter, purchaser, strength 4/5) → Luis Gómez reports (dotted line) to Elena Sanz (Directora de Operaciones, champion, strength 4/5) → Elena Sanz influences María Vidal (CFO, neutral, decision maker, strength 3/5)")]
    [InlineData("es", "Ana Ruiz (gestor de cuenta) habla con Luis Gómez (Compras, partidario, comprador, intensidad 4/5) → Luis Gómez reporta (línea discontinua) a Elena Sanz (Directora de Operaciones, defensor, intensidad 4/5) → Elena Sanz influye en María Vidal (CFO, neutral, decisor, intensidad 3/5)")]
    [InlineData("de", "Ana Ruiz (Account Manager) spricht mit Luis Gómez (Compras, Befürworter, Einkäufer, Stärke 4/5) → Luis Gómez berichtet (gestrichelte Linie) an Elena Sanz (Directora de Operaciones, Fürsprecher, Stärke 4/5) → Elena Sanz beeinflusst María Vidal (CFO, neutral, Entscheider, Stärke 3/5)")]
    public void A_three_hop_way_in_over_a_dotted_reporting_line_reads_as_one_sentence_per_hop(string language, string explanation)
    {
        var path = Find(language, VidalPackaging.Map(), new ReachQuery()).Paths.ShouldHaveSingleItem();

        path.Explanation.ShouldBe(explanation);
        path.Nodes.ShouldBe(["c-ana", "p-luis", "p-elena", "p-maria"]);
    }

    [Theory]
    [InlineData("en", "blocked: every path to María Vidal passes through a supporter or a skeptic (Luis Gómez and Raúl Ortiz); allow supporters and skeptics to see it")]
    [InlineData("es", "bloqueado: todos los caminos hasta María Vidal pasan por un partidario o un escéptico (Luis Gómez y Raúl Ortiz); deja de evitar a los partidarios y los escépticos para verlos")]
    [InlineData("de", "blockiert: Wer María Vidal erreichen will, muss über einen Befürworter oder einen Skeptiker (Luis Gómez und Raúl Ortiz) gehen; lassen Sie Befürworter und Skeptiker zu, um den Weg zu sehen")]
    public void A_way_blocked_by_avoided_stances_names_the_stances_and_the_people(string language, string reason)
    {
        var map = VidalPackaging.Builder()
            .Person("p-raul", "Raúl Ortiz", Stance.Skeptic).Talks("c-ana", "p-raul", 3).Influences("p-raul", "p-maria", 3).Build();

        var answer = Find(language, map, new ReachQuery(Avoid: [Stance.Supporter, Stance.Skeptic]));

        answer.Paths.ShouldBeEmpty();
        answer.Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData("en", "María Vidal is unreachable from our people within 2 hops; the shortest way takes 3 hops")]
    [InlineData("es", "no se puede llegar a María Vidal desde nuestro equipo en 2 saltos o menos; el camino más corto tiene 3 saltos")]
    [InlineData("de", "María Vidal ist von unserem Team aus in höchstens 2 Schritten nicht erreichbar; der kürzeste Weg hat 3 Schritte")]
    public void A_target_beyond_the_hop_limit_is_unreachable_and_the_shortest_way_is_named(string language, string reason) =>
        Find(language, VidalPackaging.Map(), new ReachQuery(MaxHops: 2)).Reason.ShouldBe(reason);

    [Theory]
    [InlineData("en", "María Vidal is unreachable from Jordi Puig within 6 hops")]
    [InlineData("es", "no se puede llegar a María Vidal desde Jordi Puig en 6 saltos o menos")]
    [InlineData("de", "María Vidal ist von Jordi Puig aus in höchstens 6 Schritten nicht erreichbar")]
    public void One_of_ours_with_only_a_planned_talk_reaches_nobody(string language, string reason) =>
        Find(language, VidalPackaging.Map(), new ReachQuery(From: "c-jordi")).Reason.ShouldBe(reason);

    [Theory]
    [InlineData("en", "the decision makers Carlos Ortega and María Vidal are unreachable from our people within 1 hop; the shortest way takes 3 hops")]
    [InlineData("es", "no se puede llegar a los decisores Carlos Ortega y María Vidal desde nuestro equipo en 1 salto; el camino más corto tiene 3 saltos")]
    [InlineData("de", "die Entscheider Carlos Ortega und María Vidal sind von unserem Team aus in 1 Schritt nicht erreichbar; der kürzeste Weg hat 3 Schritte")]
    public void Several_decision_makers_are_named_together_and_agree_in_number(string language, string reason)
    {
        var map = VidalPackaging.Builder().Person("p-carlos", "Carlos Ortega", roles: BuyingRole.DecisionMaker).Build();

        Find(language, map, new ReachQuery(MaxHops: 1)).Reason.ShouldBe(reason);
    }

    [Theory]
    [InlineData("en", "no decision maker is marked in this account")]
    [InlineData("es", "no hay ningún decisor marcado en esta cuenta")]
    [InlineData("de", "in diesem Account ist kein Entscheider markiert")]
    public void An_account_without_a_decision_maker_says_so(string language, string reason) =>
        Find(language, new MapBuilder().Counterpart("c-ana", "Ana Ruiz").Build(), new ReachQuery()).Reason.ShouldBe(reason);

    [Fact]
    public void One_cached_projection_answers_each_reader_in_their_own_words()
    {
        var cache = new ReachGraphCache();
        var map = VidalPackaging.Map();

        string[] said = [.. new[] { "es", "de", "en" }.Select(language =>
        {
            using var _ = Words.In(language);
            return ReachEngine.Find(map, new ReachQuery(), Words.Text, cache).Paths[0].Explanation;
        })];

        cache.Count.ShouldBe(1);
        said[0].ShouldStartWith("Ana Ruiz (gestor de cuenta) habla con Luis Gómez");
        said[1].ShouldStartWith("Ana Ruiz (Account Manager) spricht mit Luis Gómez");
        said[2].ShouldStartWith("Ana Ruiz (account manager) talks with Luis Gómez");
    }
}

using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>Every kind of risk finding on one fixed account, as an account manager reads it in English, Spanish and German.</summary>
public sealed class RiskSentenceLanguageTests
{
    /// <summary>The sentence of the finding of <paramref name="kind"/> whose subject is <paramref name="subject"/>.</summary>
    private static string Sentence(string language, string kind, string subject)
    {
        using var _ = Words.In(language);
        return AccountAnalysis.Risks(VidalPackaging.Map(), Words.Text).Single(f => f.Kind == kind && f.NodeIds[0] == subject).Sentence;
    }

    [Theory]
    [InlineData("en", "Nobody of ours talks with María Vidal (CFO, decision maker). A conversation with Jordi Puig is only planned.")]
    [InlineData("es", "Nadie de nuestro equipo habla con María Vidal (CFO, decisor). Solo está planificada una conversación por parte de Jordi Puig.")]
    [InlineData("de", "Niemand von uns spricht mit María Vidal (CFO, Entscheider). Bisher ist nur ein Gespräch seitens Jordi Puig geplant.")]
    public void Uncovered_decision_maker_with_a_planned_talk(string language, string sentence) =>
        Sentence(language, FindingKind.UncoveredMember, "p-maria").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "Nobody of ours talks with Rosa Gil (Controller, influencer).")]
    [InlineData("es", "Nadie de nuestro equipo habla con Rosa Gil (Controller, influenciador).")]
    [InlineData("de", "Niemand von uns spricht mit Rosa Gil (Controller, Beeinflusser).")]
    public void Uncovered_member(string language, string sentence) =>
        Sentence(language, FindingKind.UncoveredMember, "p-rosa").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "Nobody of ours talks with anyone in IT, which takes part directly in the buying decision.")]
    [InlineData("es", "Nadie de nuestro equipo habla con nadie de IT, que participa directamente en la decisión de compra.")]
    [InlineData("de", "Niemand von uns spricht mit jemandem aus IT; diese Funktion ist direkt an der Kaufentscheidung beteiligt.")]
    public void Uncovered_function(string language, string sentence) =>
        Sentence(language, FindingKind.UncoveredFunction, "f-it").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "Jordi Puig (specialist) plans to talk with María Vidal (executive): three levels apart; a contact closer to María Vidal's level would carry more weight.")]
    [InlineData("es", "Jordi Puig (especialista) tiene previsto hablar con María Vidal (alta dirección): tres niveles de diferencia; un contacto más cercano al nivel de María Vidal tendría más peso.")]
    [InlineData("de", "Jordi Puig (Fachebene) plant ein Gespräch mit María Vidal (Geschäftsleitung): drei Ebenen Unterschied; ein Kontakt näher an der Ebene von María Vidal hätte mehr Gewicht.")]
    public void Planned_talk_three_levels_apart(string language, string sentence) =>
        Sentence(language, FindingKind.LevelMismatch, "c-jordi").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "No executive or director of ours talks with María Vidal (CFO, decision maker), an executive; a peer-level contact would open doors a junior one cannot.")]
    [InlineData("es", "Nadie de nuestra alta dirección ni de nuestra dirección habla con María Vidal (CFO, decisor), que pertenece a la alta dirección; un contacto entre iguales abriría puertas que uno de nivel inferior no puede abrir.")]
    [InlineData("de", "Niemand aus unserer Geschäfts- oder Bereichsleitung spricht mit María Vidal (CFO, Entscheider) aus der Geschäftsleitung; ein Kontakt auf Augenhöhe öffnet Türen, die einem Kontakt auf niedrigerer Ebene verschlossen bleiben.")]
    public void No_peer_contact_with_an_executive(string language, string sentence) =>
        Sentence(language, FindingKind.NoPeerContact, "p-maria").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "We do not know where Rosa Gil (Controller, influencer) stands towards us.")]
    [InlineData("es", "No sabemos qué actitud tiene Rosa Gil (Controller, influenciador) hacia nosotros.")]
    [InlineData("de", "Wir wissen nicht, wie Rosa Gil (Controller, Beeinflusser) zu uns steht.")]
    public void Unknown_stance(string language, string sentence) =>
        Sentence(language, FindingKind.UnknownStance, "p-rosa").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "Every conversation with this account runs through Ana Ruiz (account manager); if Ana Ruiz is away or leaves, we lose touch.")]
    [InlineData("es", "Todas las conversaciones con esta cuenta pasan por Ana Ruiz (gestor de cuenta); si Ana Ruiz se ausenta o se va, perdemos el contacto.")]
    [InlineData("de", "Jedes Gespräch mit diesem Account läuft über Ana Ruiz (Account Manager); ist Ana Ruiz abwesend oder verlässt das Unternehmen, verlieren wir den Kontakt.")]
    public void Single_threaded(string language, string sentence) =>
        Sentence(language, FindingKind.SingleThreaded, "c-ana").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "María Vidal (CFO, decision maker) can only be reached through Luis Gómez; a second way in would make the deal safer.")]
    [InlineData("es", "Solo se llega a María Vidal (CFO, decisor) a través de Luis Gómez; un segundo acceso haría más seguro el negocio.")]
    [InlineData("de", "María Vidal (CFO, Entscheider) ist nur über Luis Gómez erreichbar; ein zweiter Zugang würde das Geschäft absichern.")]
    public void Single_path_to_the_decision_maker(string language, string sentence) =>
        Sentence(language, FindingKind.SinglePathToDecisionMaker, "p-maria").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "Pedro Sanz (Responsable de IT, detractor) influences María Vidal (CFO, decision maker) through Elena Sanz. Their concerns: Teme una migración larga.")]
    [InlineData("es", "Pedro Sanz (Responsable de IT, detractor) influye en María Vidal (CFO, decisor) a través de Elena Sanz. Sus objeciones: Teme una migración larga.")]
    [InlineData("de", "Pedro Sanz (Responsable de IT, Gegner) beeinflusst María Vidal (CFO, Entscheider) über Elena Sanz. Einwände: Teme una migración larga.")]
    public void Detractor_near_the_decision_maker_with_their_concerns(string language, string sentence) =>
        Sentence(language, FindingKind.DetractorNearDecisionMaker, "p-pedro").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "Key influencers of María Vidal (CFO, decision maker): Elena Sanz (strength 60%, 1 hop), Luis Gómez (strength 48%, 2 hops) and Pedro Sanz (strength 48%, 2 hops).")]
    [InlineData("es", "Influenciadores clave de María Vidal (CFO, decisor): Elena Sanz (intensidad 60 %, 1 salto), Luis Gómez (intensidad 48 %, 2 saltos) y Pedro Sanz (intensidad 48 %, 2 saltos).")]
    [InlineData("de", "Wichtigste Beeinflusser von María Vidal (CFO, Entscheider): Elena Sanz (Stärke 60 %, 1 Schritt), Luis Gómez (Stärke 48 %, 2 Schritte) und Pedro Sanz (Stärke 48 %, 2 Schritte).")]
    public void Key_influencers_with_strength_and_hops(string language, string sentence) =>
        Sentence(language, FindingKind.KeyInfluencers, "p-maria").ShouldBe(sentence);

    [Theory]
    [InlineData("en", "Pedro Sanz (detractor) raised “El precio es un 10 % más alto” and no argument answers it yet.")]
    [InlineData("es", "Pedro Sanz (detractor) planteó «El precio es un 10 % más alto» y todavía ningún argumento responde a esa objeción.")]
    [InlineData("de", "Pedro Sanz (Gegner) äußerte „El precio es un 10 % más alto“, und noch beantwortet kein Argument diesen Einwand.")]
    public void Unanswered_concern(string language, string sentence) =>
        Sentence(language, FindingKind.UnansweredConcern, "p-pedro").ShouldBe(sentence);

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData("de")]
    public void The_findings_are_the_same_in_every_language_only_their_words_differ(string language)
    {
        IReadOnlyList<Finding> In(string l)
        {
            using var _ = Words.In(l);
            return AccountAnalysis.Risks(VidalPackaging.Map(), Words.Text);
        }

        In(language).Select(f => (f.Kind, f.Severity, string.Join(" ", f.NodeIds)))
            .ShouldBe(In("en").Select(f => (f.Kind, f.Severity, string.Join(" ", f.NodeIds))));
    }
}

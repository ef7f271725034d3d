using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>Next moves as an account manager reads them in English, Spanish and German, percentages in the reader's culture.</summary>
public sealed class MoveSentenceLanguageTests
{
    [Theory]
    [InlineData("en",
        "If Ana Ruiz (manager) builds a relationship with María Vidal (CFO, neutral, decision maker) at strength 3, our best way in rises from 38 % to 60 %, two levels apart.",
        "If Jordi Puig (specialist) takes up the planned relationship with María Vidal (CFO, neutral, decision maker) at strength 3, our best way in rises from 38 % to 60 %, three levels apart.",
        "If Ana Ruiz (manager) deepens the relationship with Luis Gómez (director, supporter, purchaser) from strength 4 to 5, our best way in rises from 38 % to 48 %, one level apart.")]
    [InlineData("es",
        "Si Ana Ruiz (mando intermedio) establece una relación con María Vidal (CFO, neutral, decisor) con intensidad 3, nuestro mejor acceso sube del 38 % al 60 %, a dos niveles de distancia.",
        "Si Jordi Puig (especialista) inicia la relación planificada con María Vidal (CFO, neutral, decisor) con intensidad 3, nuestro mejor acceso sube del 38 % al 60 %, a tres niveles de distancia.",
        "Si Ana Ruiz (mando intermedio) refuerza la relación con Luis Gómez (dirección, partidario, comprador) de intensidad 4 a 5, nuestro mejor acceso sube del 38 % al 48 %, a un nivel de distancia.")]
    [InlineData("de",
        "Wenn Ana Ruiz (Abteilungsleitung) eine Beziehung zu María Vidal (CFO, neutral, Entscheider) mit Stärke 3 aufbaut, steigt unser bester Zugang von 38 % auf 60 %, bei zwei Ebenen Unterschied.",
        "Wenn Jordi Puig (Fachebene) die geplante Beziehung zu María Vidal (CFO, neutral, Entscheider) mit Stärke 3 aufnimmt, steigt unser bester Zugang von 38 % auf 60 %, bei drei Ebenen Unterschied.",
        "Wenn Ana Ruiz (Abteilungsleitung) die Beziehung zu Luis Gómez (Bereichsleitung, Befürworter, Einkäufer) von Stärke 4 auf 5 vertieft, steigt unser bester Zugang von 38 % auf 48 %, bei einer Ebene Unterschied.")]
    public void A_new_a_planned_and_a_stronger_relationship_each_read_as_a_sentence(string language, string first, string second, string third)
    {
        using var _ = Words.In(language);

        var moves = NextMoves.Find(VidalPackaging.Map(), new NextMovesQuery(K: 3), Words.Text).Moves;

        moves.Select(m => m.Explanation).ShouldBe([first, second, third]);
    }

    [Theory]
    [InlineData("en", "If Ana Ruiz (director) builds a relationship with Luis Gómez (director, supporter) at strength 3, we gain a way to María Vidal at 60 %, peer to peer.")]
    [InlineData("es", "Si Ana Ruiz (dirección) establece una relación con Luis Gómez (dirección, partidario) con intensidad 3, ganamos un acceso a María Vidal con una intensidad del 60 %, entre iguales.")]
    [InlineData("de", "Wenn Ana Ruiz (Bereichsleitung) eine Beziehung zu Luis Gómez (Bereichsleitung, Befürworter) mit Stärke 3 aufbaut, gewinnen wir einen Zugang zu María Vidal mit einer Stärke von 60 %, auf Augenhöhe.")]
    public void A_first_way_to_one_person_at_peer_level(string language, string sentence)
    {
        using var _ = Words.In(language);
        var facts = new MoveFacts
        {
            Ours = "Ana Ruiz", OursLevel = Level.Director, Theirs = "Luis Gómez", TheirsLevel = Level.Director, TheirsStance = Stance.Supporter,
            Strength = 3, Before = 0, After = 0.6, Fit = PeerFit.Peer, Target = "María Vidal",
        };

        NextMoveWords.Sentence(Words.Text, facts).ShouldBe(sentence);
    }

    [Theory]
    [InlineData("en", "47.6 % to 47.9 %")]
    [InlineData("es", "del 47,6 % al 47,9 %")]
    [InlineData("de", "von 47,6 % auf 47,9 %")]
    public void Close_percentages_get_a_decimal_in_the_readers_culture(string language, string percentages)
    {
        using var _ = Words.In(language);
        var facts = new MoveFacts { Ours = "Ana", Theirs = "Luis", Strength = 3, Before = 0.4761, After = 0.4789, Fit = PeerFit.Unknown };

        NextMoveWords.Sentence(Words.Text, facts).ShouldContain(percentages);
    }

    [Theory]
    [InlineData("en", "no single new or stronger relationship of ours would raise our best way in above 100 %")]
    [InlineData("es", "ninguna relación nueva o más intensa de nuestro equipo elevaría nuestro mejor acceso por encima del 100 %")]
    [InlineData("de", "keine einzelne neue oder stärkere Beziehung von uns würde unseren besten Zugang über 100 % heben")]
    public void Nothing_better_than_a_perfect_way_in(string language, string reason)
    {
        using var _ = Words.In(language);
        var map = new MapBuilder().Counterpart("c-ana", "Ana Ruiz").Person("p-maria", "María Vidal", roles: BuyingRole.DecisionMaker)
            .Talks("c-ana", "p-maria", 5).Build();

        NextMoves.Find(map, new NextMovesQuery(), Words.Text).Reason.ShouldBe(reason);
    }
}

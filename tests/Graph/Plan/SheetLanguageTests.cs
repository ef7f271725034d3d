using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

/// <summary>
/// The account sheet, the matrix's suggestion and the meeting statistics read as sentences in English, Spanish and German
/// for the sample map (<see cref="Maps.Sample"/>): María Vidal decides and signs and nobody of ours talks with her;
/// Ana Ruiz talks with Luis Gómez. Numbers, money and days follow the reader's culture.
/// </summary>
public sealed class SheetLanguageTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static AccountSheet Sheet(string culture)
    {
        using var _ = Words.In(culture);
        return AccountSheet.Build(Maps.Sample(), Today, Words.Text);
    }

    private static SheetAnswer Q(AccountSheet sheet, int n) => sheet.Answers.Single(a => a.Number == n);

    private static string Line(SheetAnswer a, string label) => a.Lines.Single(l => l.Label == label).Text;

    [Theory]
    [InlineData("en", "Who decides, who signs, who holds the budget?", "Nobody at the account is a champion for us yet.",
        "Nobody is marked as economic buyer.", "Nobody of ours talks with the decision maker and signer, María Vidal.",
        "Nobody of ours talks with María Vidal (CFO), decision maker and signer.")]
    [InlineData("es", "¿Quién decide, quién firma, quién tiene el presupuesto?", "Todavía nadie en la cuenta es defensor nuestro.",
        "Nadie está marcado como responsable del presupuesto.", "Nadie de los nuestros habla con María Vidal, decisor y firmante.",
        "Nadie de los nuestros habla con María Vidal (CFO), decisor y firmante.")]
    [InlineData("de", "Wer entscheidet, wer unterschreibt, wer verantwortet das Budget?", "Noch ist niemand im Account Fürsprecher für uns.",
        "Niemand ist als Budgetverantwortlicher markiert.", "Niemand von uns spricht mit María Vidal (Entscheider und Unterzeichner).",
        "Niemand von uns spricht mit María Vidal (CFO), Entscheider und Unterzeichner.")]
    public void The_sheets_questions_and_gaps_read_as_sentences_in_the_readers_language(
        string culture, string question3, string noChampion, string noBudget, string signerUncovered, string memberUncovered)
    {
        var sheet = Sheet(culture);

        Q(sheet, 3).Title.ShouldBe(question3);
        Q(sheet, 2).Gaps.ShouldBe([noChampion]);
        Q(sheet, 3).Gaps.ShouldBe([noBudget, signerUncovered]);
        Q(sheet, 5).Gaps.ShouldBe([memberUncovered]);
    }

    [Theory]
    [InlineData("en", "Purchasing", "takes part directly; 1 person: Luis Gómez.",
        "We have not met María Vidal (CFO) in the last 90 days, and no earlier meeting or contact is logged.",
        "Ana Ruiz (account manager, manager) with Luis Gómez (Head of Procurement, Purchasing): strength 4/5, active, last contact Nov 2; one level apart.")]
    [InlineData("es", "Purchasing", "participa directamente; 1 persona: Luis Gómez.",
        "No nos hemos reunido con María Vidal (CFO) en los últimos 90 días, y no consta ninguna reunión ni contacto anterior.",
        "Ana Ruiz (gestor de cuenta, mando intermedio) con Luis Gómez (Head of Procurement, Purchasing): intensidad 4/5, activa, último contacto el 2 de nov; a un nivel de distancia.")]
    [InlineData("de", "Purchasing", "direkt beteiligt; 1 Person: Luis Gómez.",
        "Wir haben María Vidal (CFO) in den letzten 90 Tagen nicht getroffen, und es ist kein früherer Termin oder Kontakt erfasst.",
        "Ana Ruiz (Account Manager, Abteilungsleitung) mit Luis Gómez (Head of Procurement, Purchasing): Stärke 4/5, aktiv, letzter Kontakt am 2. Nov.; eine Ebene auseinander.")]
    public void Answers_lines_and_their_days_follow_the_reader(string culture, string function, string participants, string notMet, string conversation)
    {
        var sheet = Sheet(culture);

        Line(Q(sheet, 1), function).ShouldBe(participants);
        Q(sheet, 8).Gaps.ShouldContain(notMet);
        Line(Q(sheet, 4), "Ana Ruiz → Luis Gómez").ShouldBe(conversation);
    }

    [Theory]
    [InlineData("en", "Share of wallet", "12% of the customer's purchasing potential.", "Purchasing potential", "€1,250,000.50.", "Supplier position", "listed.")]
    [InlineData("es", "Cuota de cliente", "12 % del potencial de compra del cliente.", "Potencial de compra", "1.250.000,50 €.", "Posición como proveedor", "homologado.")]
    [InlineData("de", "Share of Wallet", "12 % des Einkaufspotenzials des Kunden.", "Einkaufspotenzial", "1.250.000,50 €.", "Lieferantenstatus", "gelistet.")]
    public void Share_of_wallet_and_the_purchasing_potential_are_written_in_the_readers_numbers_and_money(
        string culture, string shareLabel, string share, string potentialLabel, string potential, string positionLabel, string position)
    {
        var q9 = Q(Sheet(culture), 9);

        Line(q9, shareLabel).ShouldBe(share);
        Line(q9, potentialLabel).ShouldBe(potential);
        Line(q9, positionLabel).ShouldBe(position);
    }

    [Theory]
    [InlineData("en", "€1,250,000", "12%")]
    [InlineData("es", "1.250.000 €", "12 %")]
    [InlineData("de", "1.250.000 €", "12 %")]
    public void Money_and_shares_take_the_readers_grouping_and_symbol_place(string culture, string money, string share)
    {
        using var _ = Words.In(culture);

        Formats.Money(1_250_000m, "EUR").ShouldBe(money);
        Formats.Share(12).ShouldBe(share);
    }

    [Theory]
    [InlineData("en", "Ana Ruiz (account manager, manager) is the closest level we have to María Vidal (CFO); 1 relationship today.")]
    [InlineData("es", "Ana Ruiz (gestor de cuenta, mando intermedio) es el nivel más cercano que tenemos a María Vidal (CFO); hoy tiene 1 relación.")]
    [InlineData("de", "Ana Ruiz (Account Manager, Abteilungsleitung) ist von uns der Ebene von María Vidal (CFO) am nächsten; heute 1 Beziehung.")]
    public void The_matrix_suggests_a_contact_in_a_sentence_of_the_readers_language(string culture, string why)
    {
        using var _ = Words.In(culture);

        ContactMatrix.Build(Maps.Sample(), Words.Text).Suggestions.ShouldHaveSingleItem().Why.ShouldBe(why);
    }

    [Theory]
    [InlineData("en", "Q4 2026")]
    [InlineData("es", "T4 2026")]
    [InlineData("de", "Q4 2026")]
    public void Meeting_statistics_name_the_quarter_as_the_reader_does(string culture, string quarter)
    {
        using var _ = Words.In(culture);
        var stats = MeetingStats.Of(Maps.SamplePlan(), Today);

        stats.PerQuarter.Select(q => MeetingStats.Quarter(Words.Text, q.Quarter)).ShouldBe([quarter]);
    }
}

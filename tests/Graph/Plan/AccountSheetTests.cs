using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Plan;

[English]
public sealed class AccountSheetTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Node Person(string id, string name, Level level, Stance stance, params BuyingRole[] roles) =>
        new() { Id = id, Kind = NodeKind.Person, Name = name, Title = null, Level = level, Roles = roles, Stance = stance, Influence = Influence.Medium };

    private static Node Ours(string id, string name, Level level, TeamRole role = TeamRole.AccountManager) =>
        new() { Id = id, Kind = NodeKind.Counterpart, Name = name, Level = level, TeamRole = role };

    private static Edge E(EdgeType type, string from, string to, int? strength = null) =>
        new() { Id = $"{type}-{from}-{to}", Type = type, From = from, To = to, Strength = strength };

    private static Edge Talks(string from, string to, int strength = 4, DateOnly? last = null, int? cadence = 30) =>
        E(EdgeType.TALKS_WITH, from, to, strength) with { Status = RelationshipStatus.Active, LastContact = last, CadenceDays = cadence };

    /// <summary>María decides and signs (nobody of ours talks with her); Pedro, a skeptic, influences her through Luis.</summary>
    private static AccountMap Vidal(params Edge[] extra)
    {
        Node[] nodes =
        [
            new() { Id = "f-fin", Kind = NodeKind.Function, Name = "Finance", Involvement = Involvement.Direct },
            new() { Id = "f-qa", Kind = NodeKind.Function, Name = "Quality", Involvement = Involvement.Indirect },
            new() { Id = "f-legal", Kind = NodeKind.Function, Name = "Legal", Involvement = Involvement.Direct },
            Person("maria", "María Vidal", Level.Executive, Stance.Neutral, BuyingRole.DecisionMaker, BuyingRole.Signer) with { Title = "CFO" },
            Person("luis", "Luis Gómez", Level.Manager, Stance.Supporter, BuyingRole.Purchaser),
            Person("pedro", "Pedro Sanz", Level.Director, Stance.Skeptic, BuyingRole.TechnicalEvaluator) with { Concerns = "Lot traceability." },
            Person("eva", "Eva Mora", Level.Specialist, Stance.Unknown),
            Ours("ana", "Ana Ruiz", Level.Manager),
            Ours("jordi", "Jordi Puig", Level.Executive, TeamRole.ExecutiveSponsor),
            new() { Id = "c1", Kind = NodeKind.Concern, Name = "Lots cannot be traced", Date = new(2026, 10, 1) },
            new() { Id = "c2", Kind = NodeKind.Concern, Name = "Validation takes too long" },
            new() { Id = "a1", Kind = NodeKind.Argument, Name = "Traceability", Text = "Every lot carries a scannable code" },
            new() { Id = "m1", Kind = NodeKind.Meeting, Name = "Quality review", Held = true, Date = new(2026, 11, 10), Method = MeetingMethod.OnSite, Outcome = "Agreed a pilot" },
            new() { Id = "m2", Kind = NodeKind.Meeting, Name = "Pilot kick-off", Date = new(2026, 12, 15) },
        ];
        Edge[] edges =
        [
            E(EdgeType.WORKS_IN, "maria", "f-fin"), E(EdgeType.WORKS_IN, "pedro", "f-qa"),
            E(EdgeType.INFLUENCES, "pedro", "luis", 4), E(EdgeType.INFLUENCES, "luis", "maria", 3),
            Talks("ana", "luis", last: new(2026, 10, 1)), Talks("ana", "pedro", 2, last: new(2026, 11, 20)),
            E(EdgeType.RAISED, "pedro", "c1"), E(EdgeType.RAISED, "pedro", "c2"),
            E(EdgeType.ANSWERS, "a1", "c1") with { Result = ArgumentResult.Convinced, Date = new(2026, 10, 20) },
            E(EdgeType.ATTENDED, "ana", "m1"), E(EdgeType.ATTENDED, "pedro", "m1"), E(EdgeType.ATTENDED, "luis", "m2"),
            .. extra,
        ];
        var account = new Account
        {
            Id = "vidal", Name = "Vidal Packaging", Position = SupplierPosition.Listed, ShareOfWallet = 0, PotentialAmount = 1_250_000m, PotentialCurrency = "EUR",
            History = [new(new(2025, 3, 1), SupplierPosition.Potential, null), new(new(2026, 2, 1), SupplierPosition.Listed, 0)],
        };
        return new AccountMap(account, nodes, edges);
    }

    private static SheetAnswer Q(AccountSheet sheet, int n) => sheet.Answers.Single(a => a.Number == n);

    private static string Text(SheetAnswer a) => string.Join("\n", a.Lines.Select(l => $"{l.Label}: {l.Text}"));

    [Fact]
    public void The_sheet_answers_the_ten_questions_in_order_each_titled_by_its_question()
    {
        var sheet = AccountSheet.Build(Vidal(), Today, Words.Text);

        sheet.Answers.Select(a => a.Number).ShouldBe(Enumerable.Range(1, 10));
        sheet.Answers.Select(a => a.Title).ShouldBe(Enumerable.Range(1, 10).Select(n => AccountSheet.Question(Words.Text, n)));
        sheet.Answers.ShouldAllBe(a => a.Lines.Count > 0 && a.Empty == null);
        (sheet.AccountName, sheet.Today).ShouldBe(("Vidal Packaging", Today));
    }

    [Fact]
    public void Participants_stances_and_deciders_are_named_in_full_and_their_gaps_called_out()
    {
        var sheet = AccountSheet.Build(Vidal(), Today, Words.Text);

        Text(Q(sheet, 1)).ShouldContain("Finance: takes part directly; 1 person: María Vidal.");
        Text(Q(sheet, 1)).ShouldContain("María Vidal: María Vidal (CFO, Finance): decision maker and signer; medium influence.");
        Text(Q(sheet, 1)).ShouldNotContain("Eva Mora");
        Q(sheet, 1).Gaps.ShouldContain("Nobody in Legal, which takes part directly in the buying decision, is on the map yet.");
        Text(Q(sheet, 2)).ShouldContain("Skeptics: Pedro Sanz (director, Quality).");
        Q(sheet, 2).Gaps.ShouldBe(["We do not know where Eva Mora (specialist) stands towards us.", "Nobody at the account is a champion for us yet."]);
        Text(Q(sheet, 3)).ShouldContain("Signs: María Vidal (CFO, Finance), neutral.");
        Q(sheet, 3).Gaps.ShouldBe(["Nobody is marked as economic buyer.", "Nobody of ours talks with the decision maker and signer, María Vidal."]);
    }

    [Fact]
    public void Only_a_planned_conversation_still_leaves_the_signer_uncovered()
    {
        var planned = Talks("jordi", "maria") with { Status = RelationshipStatus.Planned };
        var sheet = AccountSheet.Build(Vidal(planned), Today, Words.Text);

        Q(sheet, 3).Gaps.ShouldContain("Nobody of ours talks with the decision maker and signer, María Vidal. A conversation with Jordi Puig is only planned.");
        Q(sheet, 5).Gaps.ShouldContain("Nobody of ours talks with María Vidal (CFO, Finance), decision maker and signer. A conversation with Jordi Puig is only planned.");
        Text(Q(sheet, 5)).ShouldBe("Covered: 2 of 3 buying-center members: Luis Gómez and Pedro Sanz.");
    }

    [Fact]
    public void Conversations_show_strength_status_last_contact_and_peer_fit()
    {
        var sheet = AccountSheet.Build(Vidal(Talks("ana", "maria", 2, last: new(2026, 11, 25))), Today, Words.Text);

        Text(Q(sheet, 4)).ShouldContain("Ana Ruiz → Luis Gómez: Ana Ruiz (account manager, manager) with Luis Gómez (manager): strength 4/5, active, last contact Oct 1; peer to peer.");
        Q(sheet, 4).Gaps.ShouldBe(["Ana Ruiz (manager) and María Vidal (executive) are two or more levels apart; the relationship is not peer to peer."]);
        Q(sheet, 3).Gaps.ShouldBe(["Nobody is marked as economic buyer."]);
    }

    [Fact]
    public void A_skeptic_two_steps_from_the_decision_maker_shows_with_concerns_arguments_and_the_unanswered_one()
    {
        var q = Q(AccountSheet.Build(Vidal(), Today, Words.Text), 6);

        Text(q).ShouldContain("Pedro Sanz: Pedro Sanz (director, Quality), skeptic, influences María Vidal through Luis Gómez. Noted concerns: Lot traceability.");
        Text(q).ShouldContain("Concern: Pedro Sanz: “Lots cannot be traced” (raised Oct 1).");
        Text(q).ShouldContain("Argument: “Traceability: Every lot carries a scannable code” — convinced, Oct 20.");
        q.Gaps.ShouldBe(["No argument answers Pedro Sanz's concern “Validation takes too long”."]);
    }

    [Fact]
    public void Each_of_ours_gets_the_best_way_to_the_decision_maker_or_the_reason_there_is_none()
    {
        var q = Q(AccountSheet.Build(Vidal(), Today, Words.Text), 7);

        Text(q).ShouldContain("Ana Ruiz: strength 48%, 2 steps: Ana Ruiz (account manager) talks with Luis Gómez");
        q.Gaps.ShouldHaveSingleItem().ShouldStartWith("No way from Jordi Puig to the decision makers: ");
        q.Gaps[0].ShouldContain("unreachable");
    }

    [Fact]
    public void Meetings_list_held_and_planned_and_members_not_met_in_ninety_days_are_gaps()
    {
        var q = Q(AccountSheet.Build(Vidal(), Today, Words.Text), 8);

        Text(q).ShouldBe(
            "Held Nov 10: Quality review (on site). Outcome: Agreed a pilot. With Ana Ruiz and Pedro Sanz.\n" +
            "Planned Dec 15: Pilot kick-off. With Luis Gómez.");
        // Luis was last contacted on 1 Oct, without a meeting: that is met too (LastMet).
        q.Gaps.ShouldBe(["We have not met María Vidal (CFO, Finance) in the last 90 days, and no earlier meeting or contact is logged."]);
        var later = Q(AccountSheet.Build(Vidal(), Today.AddDays(91), Words.Text), 8);
        later.Gaps.ShouldContain("We have not met Pedro Sanz (director, Quality) in the last 90 days (last met Nov 20, 2026).");
        later.Gaps.ShouldContain("The meeting “Pilot kick-off” was planned for Dec 15, 2026 and is not logged as held.");
    }

    [Fact]
    public void Position_share_potential_signals_and_history_are_shown_and_a_listed_supplier_with_nothing_sold_is_a_gap()
    {
        var q = Q(AccountSheet.Build(Vidal(), Today, Words.Text), 9);

        Text(q).ShouldContain("Supplier position: listed.");
        Text(q).ShouldContain("Purchasing potential: €1,250,000.");
        Text(q).ShouldContain("Consults us on strategy: no.");
        Text(q).ShouldContain("Feb 1: listed, 0% share of wallet.");
        q.Gaps.ShouldBe(["We are listed with a 0% share of wallet: the account buys nothing from us yet."]);
    }

    [Fact]
    public void The_contact_plan_has_the_matrix_summary_suggestions_and_overdue_relationships()
    {
        var q = Q(AccountSheet.Build(Vidal(), Today, Words.Text), 10);

        Text(q).ShouldContain("Matrix: 2 people of ours × 4 people of theirs; 2 relationships (2 active, 0 planned, 0 dormant); 1 peer to peer.");
        Text(q).ShouldContain("Suggested: Jordi Puig (executive sponsor, executive) is at the same level as María Vidal (CFO, Finance)");
        q.Gaps.ShouldBe(["Ana Ruiz is overdue to contact Luis Gómez: due Oct 31, last contact Oct 1, every 30 days."]);
    }

    [Theory]
    [InlineData("en", "Ana Ruiz is overdue to contact Luis Gómez: due Oct 2, last contact Oct 1, every day.")]
    [InlineData("es", "Ana Ruiz tiene pendiente contactar con Luis Gómez: tocaba el 2 de oct, último contacto el 1 de oct, cada día.")]
    [InlineData("de", "Ana Ruiz ist mit dem Kontakt zu Luis Gómez überfällig: fällig am 2. Okt., letzter Kontakt am 1. Okt., täglich.")]
    public void A_daily_cadence_reads_every_day_not_every_1_days(string culture, string gap)
    {
        using var _ = Words.In(culture);
        var vidal = Vidal();
        var daily = new AccountMap(vidal.Account, vidal.Nodes, [.. vidal.Edges.Select(e => e.Type == EdgeType.TALKS_WITH && e.To == "luis" ? e with { CadenceDays = 1 } : e)]);

        Q(AccountSheet.Build(daily, Today, Words.Text), 10).Gaps.ShouldBe([gap]);
    }

    [Fact]
    public void An_empty_account_says_so_in_every_answer_and_names_what_is_missing()
    {
        var sheet = AccountSheet.Build(new AccountMap(new Account { Id = "x", Name = "Empty SL" }, [], []), Today, Words.Text);

        sheet.Answers.Where(a => a.Number != 9).ShouldAllBe(a => a.Lines.Count == 0 && a.Empty != null);
        Q(sheet, 8).Empty.ShouldStartWith("No meetings logged yet.");
        Q(sheet, 3).Gaps.ShouldBe(["Nobody is marked as decision maker.", "Nobody is marked as signer.", "Nobody is marked as economic buyer."]);
        Q(sheet, 9).Gaps.ShouldContain("Our share of wallet is not known.");
    }
}
